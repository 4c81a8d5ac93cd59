package org.baclofen.reference.cdshooks;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The prefetch templates this service asks for. The kidney-function query names the
 * stored LOINC codes, so an editor adding a code changes what is asked for.
 */
public enum Prefetch {

	ACTIVE_MEDICATIONS("activeMedications", "the patient's active medicines"),

	CONDITIONS("conditions", "the patient's conditions"),

	ALLERGIES("allergies", "the patient's allergies"),

	KIDNEY_FUNCTION("kidneyFunction", "the latest kidney function (CrCl or eGFR)"),

	/** Its birth date chooses the oral rules for the patient's age. */
	PATIENT("patient", "the patient's birth date (so the adult rules were used)");

	private final String key;

	private final String description;

	Prefetch(String key, String description) {
		this.key = key;
		this.description = description;
	}

	public String key() {
		return this.key;
	}

	/** What a clinician reads in a card when this could not be checked. */
	public String description() {
		return this.description;
	}

	/**
	 * The FHIR query, with {{context.patientId}} for the client (or this service) to fill
	 * in.
	 */
	public String template(List<KidneyFunctionCode> kidneyCodes) {
		return switch (this) {
			case ACTIVE_MEDICATIONS -> "MedicationRequest?patient={{context.patientId}}&status=active";
			case CONDITIONS -> "Condition?patient={{context.patientId}}&clinical-status=active";
			case ALLERGIES -> "AllergyIntolerance?patient={{context.patientId}}&clinical-status=active";
			case KIDNEY_FUNCTION -> "Observation?patient={{context.patientId}}&code=" + kidneyCodes.stream()
				.map((code) -> code.getSystem() + "|" + code.getCode())
				.collect(Collectors.joining(",")) + "&_sort=-date&_count=1";
			case PATIENT -> "Patient/{{context.patientId}}";
		};
	}

}
