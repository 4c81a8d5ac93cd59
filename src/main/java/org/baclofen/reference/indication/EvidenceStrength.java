package org.baclofen.reference.indication;

/**
 * How strong the evidence for a use is, from regulatory approval down to none found.
 */
public enum EvidenceStrength {

	LABEL, MODERATE, LOW, INSUFFICIENT, NO_EVIDENCE, UNVERIFIED;

	/** True where a reader must not take the use as supported. */
	public boolean isWeak() {
		return this == INSUFFICIENT || this == NO_EVIDENCE || this == UNVERIFIED;
	}

}
