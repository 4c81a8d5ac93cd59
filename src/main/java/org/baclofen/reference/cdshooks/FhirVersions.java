package org.baclofen.reference.cdshooks;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The FHIR R4 elements this service reads whose names or shapes R5 changed, moved to
 * their R5 places before HAPI's R5 parser reads the JSON (and back, for a suggestion to
 * an R4 client). An element left in its R4 place would be dropped by the R5 parser
 * without a word: an as-needed order would be read as a fixed schedule.
 * <ul>
 * <li>MedicationRequest {@code medicationCodeableConcept}/{@code medicationReference}: R5
 * {@code medication} (a CodeableReference);</li>
 * <li>Dosage {@code asNeededBoolean}: R5 {@code asNeeded};
 * {@code asNeededCodeableConcept}: {@code asNeeded} true and {@code asNeededFor};</li>
 * <li>Dosage {@code maxDosePerPeriod}: one Ratio in R4, a list in R5;</li>
 * <li>AllergyIntolerance {@code type}: a code in R4, a CodeableConcept in R5.</li>
 * </ul>
 */
final class FhirVersions {

	static final String ALLERGY_INTOLERANCE_TYPE = "http://hl7.org/fhir/allergy-intolerance-type";

	private FhirVersions() {
	}

	/** True when any MedicationRequest in the JSON names its medicine the R4 way. */
	static boolean usesR4Medication(JsonNode node) {
		if (node instanceof ObjectNode object
				&& (object.has("medicationCodeableConcept") || object.has("medicationReference"))) {
			return true;
		}
		if (node != null && node.isContainer()) {
			for (JsonNode element : node) {
				if (usesR4Medication(element)) {
					return true;
				}
			}
		}
		return false;
	}

	/** R4 elements moved to their R5 places, wherever they are in the JSON. */
	static JsonNode r4ToR5(JsonNode node) {
		if (node instanceof ObjectNode object) {
			String type = text(object, "resourceType");
			if ("MedicationRequest".equals(type) && !object.has("medication")) {
				JsonNode concept = object.remove("medicationCodeableConcept");
				JsonNode reference = object.remove("medicationReference");
				if (concept != null) {
					object.putObject("medication").set("concept", concept);
				}
				else if (reference != null) {
					object.putObject("medication").set("reference", reference);
				}
			}
			if ("MedicationRequest".equals(type) && object.get("dosageInstruction") instanceof ArrayNode dosages) {
				dosages.forEach(FhirVersions::dosageToR5);
			}
			if ("AllergyIntolerance".equals(type) && object.get("type") != null && object.get("type").isString()) {
				String code = object.remove("type").asString();
				ObjectNode coding = object.putObject("type").putArray("coding").addObject();
				coding.put("system", ALLERGY_INTOLERANCE_TYPE);
				coding.put("code", code);
			}
			object.forEach(FhirVersions::r4ToR5);
		}
		else if (node != null && node.isArray()) {
			node.forEach(FhirVersions::r4ToR5);
		}
		return node;
	}

	private static void dosageToR5(JsonNode node) {
		if (!(node instanceof ObjectNode dosage)) {
			return;
		}
		JsonNode asNeededBoolean = dosage.remove("asNeededBoolean");
		if (asNeededBoolean != null) {
			dosage.set("asNeeded", asNeededBoolean);
		}
		JsonNode asNeededFor = dosage.remove("asNeededCodeableConcept");
		if (asNeededFor != null) {
			dosage.put("asNeeded", true);
			dosage.putArray("asNeededFor").add(asNeededFor);
		}
		JsonNode max = dosage.get("maxDosePerPeriod");
		if (max != null && max.isObject()) {
			dosage.putArray("maxDosePerPeriod").add(max);
		}
	}

	/** R5 dosage JSON in the R4 shape. */
	static JsonNode dosageToR4(JsonNode node) {
		if (!(node instanceof ObjectNode dosage)) {
			return node;
		}
		JsonNode asNeeded = dosage.remove("asNeeded");
		JsonNode asNeededFor = dosage.remove("asNeededFor");
		if (asNeededFor != null && asNeededFor.isArray() && !asNeededFor.isEmpty()) {
			dosage.set("asNeededCodeableConcept", asNeededFor.get(0));
		}
		else if (asNeeded != null) {
			dosage.set("asNeededBoolean", asNeeded);
		}
		JsonNode max = dosage.get("maxDosePerPeriod");
		if (max != null && max.isArray()) {
			if (max.isEmpty()) {
				dosage.remove("maxDosePerPeriod");
			}
			else {
				dosage.set("maxDosePerPeriod", max.get(0));
			}
		}
		return dosage;
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value != null && value.isString()) ? value.asString() : null;
	}

}
