package org.baclofen.reference.fhir;

import java.util.Locale;

import org.baclofen.reference.system.PlainNumbers;

/**
 * The code systems and extensions the published resources use: the standard terminologies
 * by their official URIs, and this reference's own code systems under its canonical base.
 */
public final class Vocabulary {

	public static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";

	public static final String ATC = "http://www.whocc.no/atc";

	public static final String SNOMED_CT = "http://snomed.info/sct";

	public static final String UCUM = "http://unitsofmeasure.org";

	public static final String LOINC = "http://loinc.org";

	public static final String PUBLICATION_STATUS = "http://hl7.org/fhir/publication-status";

	/**
	 * The date an artifact was last reviewed against its sources: R5's
	 * {@code lastReviewDate} for resources that, like ClinicalUseDefinition and
	 * MedicationKnowledge, have no such element of their own.
	 */
	public static final String LAST_REVIEW_DATE = "http://hl7.org/fhir/StructureDefinition/artifact-lastReviewDate";

	/** Citations for resources that have no relatedArtifact element of their own. */
	public static final String RELATED_ARTIFACT = "http://hl7.org/fhir/StructureDefinition/artifact-relatedArtifact";

	/** SNOMED CT routes of administration. */
	public static final String ORAL_ROUTE = "26643006";

	public static final String INTRATHECAL_ROUTE = "72607000";

	private final String canonicalBase;

	/**
	 * @param canonicalBase where this reference's own code systems live, without a
	 * trailing slash
	 */
	public Vocabulary(String canonicalBase) {
		this.canonicalBase = canonicalBase.replaceAll("/+$", "");
	}

	public String codeSystem(OwnCodeSystem system) {
		return this.canonicalBase + "/CodeSystem/" + system.id();
	}

	/** This reference's own code systems. */
	public enum OwnCodeSystem {

		/**
		 * The interaction severity scale, with each level's meaning (the rubric) as
		 * stored.
		 */
		INTERACTION_SEVERITY,

		/** Where a use stands against the US label. */
		INDICATION_STATUS,

		/** How strong the evidence for a use is. */
		EVIDENCE_STRENGTH,

		/** Which part of the safety information an item belongs to. */
		SAFETY_KIND,

		/**
		 * Why a clinician overrode a critical CDS Hooks card ({@link OverrideReason}).
		 */
		CDS_OVERRIDE_REASON;

		public String id() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	/**
	 * An enum constant as a code: LABELED becomes labeled, OFF_LABEL becomes off-label.
	 */
	public static String code(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * How often a dose is taken, in the words the pages, handouts and calendar use ("once
	 * a day", "3 times a day").
	 */
	public static String timesDaily(int timesPerDay) {
		return PlainNumbers.timesADay(timesPerDay);
	}

}
