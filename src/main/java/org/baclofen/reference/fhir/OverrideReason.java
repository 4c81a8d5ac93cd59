package org.baclofen.reference.fhir;

/**
 * The reasons the CDS Hooks service offers on a critical card for going ahead anyway (CDS
 * Hooks 2.0 {@code overrideReasons}). Served as a code system of their own, so the codes
 * an EHR sends back with feedback can be looked up; their words are in
 * messages.properties ({@code cds.overrideReason.*}).
 */
public enum OverrideReason {

	BENEFIT_OUTWEIGHS_RISK, ALREADY_MANAGED, RECORD_OUT_OF_DATE, SPECIALIST_ADVICE;

	public String code() {
		return Vocabulary.code(this);
	}

}
