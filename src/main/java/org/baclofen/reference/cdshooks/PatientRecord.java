package org.baclofen.reference.cdshooks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hl7.fhir.r5.model.AllergyIntolerance;
import org.hl7.fhir.r5.model.CodeableConcept;
import org.hl7.fhir.r5.model.Condition;
import org.hl7.fhir.r5.model.MedicationRequest;
import org.hl7.fhir.r5.model.Observation;

/**
 * What one hook call knows about the patient, read from its prefetch (or what was
 * fetched): the other medicines (drafts and active orders), each identified; the
 * screening conditions the recorded conditions and allergies are about; whether the
 * record says end-stage kidney disease or dialysis; the latest kidney function. Entries
 * that were recorded but could not be read are kept, so a card can say so.
 *
 * @param others every other order (draft or active), identified
 * @param conditionCodes the screening conditions found, in first-found order
 * @param endStageKidney true when a condition is end-stage kidney disease, CKD stage 5 or
 * dialysis: the dosing rules' dialysis / end-stage row applies
 * @param baclofenAllergies the recorded allergies to baclofen, as shown
 * @param unreadableAllergies the recorded allergies whose substance could not be told
 */
record PatientRecord(List<OtherMedicine> others, List<String> conditionCodes, boolean endStageKidney,
		List<String> baclofenAllergies, List<String> unreadableAllergies, KidneyFunction.Reading kidney) {

	/** Another order, draft or active, and what it is. */
	record OtherMedicine(MedicationRequest order, MedicineIdentifier.Identified identified, boolean draft) {

		String reference() {
			return "MedicationRequest/" + this.order.getIdPart();
		}

	}

	/**
	 * Reads the record.
	 * @param otherDrafts the draft orders not being checked, already identified
	 */
	static PatientRecord read(List<OtherMedicine> otherDrafts, List<MedicationRequest> active,
			List<Condition> conditions, List<AllergyIntolerance> allergies, List<Observation> kidneyObservations,
			List<KidneyFunctionCode> kidneyCodes, MedicineIdentifier identifier, ConditionMatcher matcher) {
		List<OtherMedicine> others = new ArrayList<>(otherDrafts);
		for (MedicationRequest order : active) {
			if (isActive(order)) {
				others.add(new OtherMedicine(order, identifier.identify(Medicines.concept(order, List.of())), false));
			}
		}
		Set<String> codes = new LinkedHashSet<>();
		boolean endStage = false;
		for (Condition condition : conditions) {
			if (isCurrent(condition)) {
				ConditionMatcher.Found found = matcher.find(condition.getCode());
				codes.addAll(found.codes());
				endStage |= found.endStageKidney();
			}
		}
		List<String> baclofenAllergies = new ArrayList<>();
		List<String> unreadable = new ArrayList<>();
		for (AllergyIntolerance allergy : allergies) {
			if (!isCurrent(allergy)) {
				continue;
			}
			CodeableConcept substance = allergy.getCode();
			MedicineIdentifier.Identified identified = identifier.identify(substance);
			if (identified.baclofen()) {
				baclofenAllergies.add(identified.isUnreadable() ? "baclofen" : identified.shownName());
			}
			else if (identified.isUnreadable() || (!identified.coded() && !identified.problems().isEmpty())) {
				unreadable.add(identified.problems().isEmpty() ? "an allergy with neither a name nor a code"
						: String.join("; ", identified.problems()));
			}
		}
		if (!baclofenAllergies.isEmpty()) {
			codes.add(HYPERSENSITIVITY_TO_BACLOFEN);
		}
		return new PatientRecord(others, List.copyOf(codes), endStage, baclofenAllergies, unreadable,
				KidneyFunction.read(kidneyObservations, kidneyCodes));
	}

	/** The screening condition of the label's only contraindication. */
	static final String HYPERSENSITIVITY_TO_BACLOFEN = "HYPERSENSITIVITY_TO_BACLOFEN";

	/** Active, or with no status (an active-orders search returns only active ones). */
	private static boolean isActive(MedicationRequest order) {
		return !order.hasStatus() || order.getStatus() == MedicationRequest.MedicationrequestStatus.ACTIVE
				|| order.getStatus() == MedicationRequest.MedicationrequestStatus.ONHOLD;
	}

	/**
	 * Active (or unstated) and not refuted: a resolved or ruled-out condition raises no
	 * warning.
	 */
	private static boolean isCurrent(Condition condition) {
		return hasCode(condition.getClinicalStatus(), Set.of("active", "recurrence", "relapse"), true)
				&& !hasCode(condition.getVerificationStatus(), Set.of("refuted", "entered-in-error"), false);
	}

	private static boolean isCurrent(AllergyIntolerance allergy) {
		return hasCode(allergy.getClinicalStatus(), Set.of("active"), true)
				&& !hasCode(allergy.getVerificationStatus(), Set.of("refuted", "entered-in-error"), false);
	}

	private static boolean hasCode(CodeableConcept concept, Set<String> codes, boolean whenAbsent) {
		if (concept == null || !concept.hasCoding()) {
			return whenAbsent;
		}
		return concept.getCoding().stream().anyMatch((coding) -> codes.contains(coding.getCode()));
	}

	/** The other orders that are baclofen. */
	List<OtherMedicine> otherBaclofen() {
		return this.others.stream().filter((other) -> other.identified().baclofen()).toList();
	}

	/** The other orders that are not baclofen: the medicines to screen. */
	List<OtherMedicine> otherMedicines() {
		return this.others.stream().filter((other) -> !other.identified().baclofen()).toList();
	}

}
