package org.baclofen.reference.cdshooks;

import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import ca.uhn.fhir.context.FhirContext;
import org.baclofen.reference.fhir.Vocabulary;
import org.baclofen.reference.system.PlainNumbers;
import org.baclofen.reference.titration.OralProduct;
import org.baclofen.reference.titration.PlanStep;
import org.baclofen.reference.titration.TabletStrengths;
import org.hl7.fhir.r5.model.Dosage;
import org.hl7.fhir.r5.model.MedicationRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Replacements for the draft orders of one hook call. The replacement is the order's JSON
 * exactly as the client sent it (R4 or R5), with new dosage instructions in the same FHIR
 * version; a stopped order becomes a draft again, since its taper is still to be given.
 * When the ordered tablets cannot make a suggested dose, the medicine becomes the stored
 * tablet strength that makes every dose, and the label says so.
 */
final class DraftReplacement implements OrderReplacement {

	private final HookCall call;

	private final Map<MedicationRequest, OrderedTablet> ordered;

	private final List<TabletStrengths.Strength> storedTablets;

	private final FhirContext fhir;

	private final ObjectMapper json;

	private final String baclofenRxnorm;

	/**
	 * The tablet an order names: its strength, and whether the stored tablet may be
	 * halved.
	 */
	record OrderedTablet(String name, BigDecimal strengthMg, boolean mayBeHalved) {

		OralProduct asProduct() {
			return OralProduct.solid(0, this.name, OralProduct.Kind.TABLETS,
					List.of(new TabletStrengths.Strength(this.strengthMg, this.mayBeHalved)));
		}

	}

	/**
	 * @param ordered the tablet each order names, where it names one
	 * @param storedTablets the stored tablet strengths, smallest first
	 * @param baclofenRxnorm baclofen's stored RxNorm ingredient code
	 */
	DraftReplacement(HookCall call, Map<MedicationRequest, OrderedTablet> ordered,
			List<TabletStrengths.Strength> storedTablets, String baclofenRxnorm, FhirContext fhir, ObjectMapper json) {
		this.call = call;
		this.ordered = new IdentityHashMap<>(ordered);
		this.storedTablets = List.copyOf(storedTablets);
		this.fhir = fhir;
		this.json = json;
		this.baclofenRxnorm = baclofenRxnorm;
	}

	@Override
	public OralProduct orderedProduct(MedicationRequest order) {
		OrderedTablet tablet = this.ordered.get(order);
		return (tablet != null) ? tablet.asProduct() : null;
	}

	@Override
	public Replaced replace(MedicationRequest order, List<PlanStep> steps, List<Dosage> dosages) {
		JsonNode original = this.call.originalOf(order);
		ObjectNode copy = (original instanceof ObjectNode object) ? object.deepCopy() : encode(order);
		boolean r4 = copy.has("medicationCodeableConcept") || copy.has("medicationReference");
		ArrayNode dosageJson = dosageJson(dosages, r4);
		copy.set("dosageInstruction", dosageJson);
		if (order.getStatus() == MedicationRequest.MedicationrequestStatus.STOPPED) {
			copy.put("status", "draft");
		}
		OrderedTablet tablet = this.ordered.get(order);
		if (tablet == null || makes(tablet.asProduct(), steps)) {
			return new Replaced(copy, "");
		}
		for (TabletStrengths.Strength strength : this.storedTablets) {
			OralProduct candidate = OralProduct.solid(0, "tablets", OralProduct.Kind.TABLETS, List.of(strength));
			if (makes(candidate, steps)) {
				setMedication(copy, r4, "baclofen " + PlainNumbers.text(strength.mg()) + " mg oral tablet");
				return new Replaced(copy,
						", with baclofen " + PlainNumbers.text(strength.mg()) + " mg tablets (the ordered "
								+ PlainNumbers.text(tablet.strengthMg()) + " mg tablets cannot make every dose)");
			}
		}
		return new Replaced(copy, ", with doses the ordered " + PlainNumbers.text(tablet.strengthMg())
				+ " mg tablets cannot make: choose another product");
	}

	private static boolean makes(OralProduct product, List<PlanStep> steps) {
		return steps.stream()
			.filter((step) -> step.doseMg().signum() > 0)
			.allMatch((step) -> product.canMake(step.doseMg()));
	}

	/**
	 * The new medicine: baclofen by its RxNorm ingredient, the tablet strength in the
	 * text.
	 */
	private void setMedication(ObjectNode order, boolean r4, String text) {
		ObjectNode concept = this.json.createObjectNode();
		ObjectNode coding = concept.putArray("coding").addObject();
		coding.put("system", Vocabulary.RXNORM);
		coding.put("code", this.baclofenRxnorm);
		coding.put("display", "baclofen");
		concept.put("text", text);
		order.remove("medicationReference");
		if (r4) {
			order.set("medicationCodeableConcept", concept);
		}
		else {
			order.putObject("medication").set("concept", concept);
		}
	}

	private ArrayNode dosageJson(List<Dosage> dosages, boolean r4) {
		MedicationRequest carrier = new MedicationRequest();
		carrier.setDosageInstruction(dosages);
		JsonNode encoded = this.json.readTree(this.fhir.newJsonParser().encodeResourceToString(carrier));
		ArrayNode array = (encoded.get("dosageInstruction") instanceof ArrayNode list) ? list
				: this.json.createArrayNode();
		if (r4) {
			array.forEach(FhirVersions::dosageToR4);
		}
		return array;
	}

	private ObjectNode encode(MedicationRequest order) {
		return (ObjectNode) this.json.readTree(this.fhir.newJsonParser().encodeResourceToString(order));
	}

}
