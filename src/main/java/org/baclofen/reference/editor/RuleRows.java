package org.baclofen.reference.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.baclofen.reference.content.EditableContent;
import org.baclofen.reference.dosing.DiscontinuationGuidance;
import org.baclofen.reference.dosing.DosageForm;
import org.baclofen.reference.dosing.IntrathecalMaintenanceRange;
import org.baclofen.reference.dosing.IntrathecalTitrationLimit;
import org.baclofen.reference.dosing.OralAgeRule;
import org.baclofen.reference.dosing.RenalBand;
import org.baclofen.reference.dosing.TitrationProtocol;
import org.baclofen.reference.dosing.WeightStartDose;
import org.baclofen.reference.titration.IntrathecalChecker;
import org.baclofen.reference.titration.TitrationRules;
import org.baclofen.reference.titration.TitrationRulesSource;

/**
 * The rows of every rule kind the titration tools read, as published or with one draft's
 * change in place: one method per rule kind replaces, adds or removes its row, and the
 * rules are built from the result by the tools' own plain-Java code. Nothing is written;
 * a row a draft would make is an entity built only for this and never saved.
 */
record RuleRows(List<TitrationProtocol> protocols, List<DiscontinuationGuidance> discontinuation,
		List<RenalBand> renalBands, List<DosageForm> dosageForms, List<IntrathecalTitrationLimit> intrathecalLimits,
		List<IntrathecalMaintenanceRange> intrathecalRanges, List<OralAgeRule> ageRules,
		List<WeightStartDose> weightStarts) {

	RuleRows {
		protocols = List.copyOf(protocols);
		discontinuation = List.copyOf(discontinuation);
		renalBands = List.copyOf(renalBands);
		dosageForms = List.copyOf(dosageForms);
		intrathecalLimits = List.copyOf(intrathecalLimits);
		intrathecalRanges = List.copyOf(intrathecalRanges);
		ageRules = List.copyOf(ageRules);
		weightStarts = List.copyOf(weightStarts);
	}

	/**
	 * @param id the published row the draft changes or deletes; null for a new row
	 * @param drafted the row as the draft would make it; null for a deletion
	 */
	RuleRows withProtocol(Long id, TitrationProtocol drafted) {
		return new RuleRows(overlaid(this.protocols, id, drafted), this.discontinuation, this.renalBands,
				this.dosageForms, this.intrathecalLimits, this.intrathecalRanges, this.ageRules, this.weightStarts);
	}

	RuleRows withDiscontinuation(Long id, DiscontinuationGuidance drafted) {
		return new RuleRows(this.protocols, overlaid(this.discontinuation, id, drafted), this.renalBands,
				this.dosageForms, this.intrathecalLimits, this.intrathecalRanges, this.ageRules, this.weightStarts);
	}

	RuleRows withRenalBand(Long id, RenalBand drafted) {
		return new RuleRows(this.protocols, this.discontinuation, overlaid(this.renalBands, id, drafted),
				this.dosageForms, this.intrathecalLimits, this.intrathecalRanges, this.ageRules, this.weightStarts);
	}

	RuleRows withDosageForm(Long id, DosageForm drafted) {
		return new RuleRows(this.protocols, this.discontinuation, this.renalBands,
				overlaid(this.dosageForms, id, drafted), this.intrathecalLimits, this.intrathecalRanges, this.ageRules,
				this.weightStarts);
	}

	RuleRows withIntrathecalLimit(Long id, IntrathecalTitrationLimit drafted) {
		return new RuleRows(this.protocols, this.discontinuation, this.renalBands, this.dosageForms,
				overlaid(this.intrathecalLimits, id, drafted), this.intrathecalRanges, this.ageRules,
				this.weightStarts);
	}

	RuleRows withIntrathecalRange(Long id, IntrathecalMaintenanceRange drafted) {
		return new RuleRows(this.protocols, this.discontinuation, this.renalBands, this.dosageForms,
				this.intrathecalLimits, overlaid(this.intrathecalRanges, id, drafted), this.ageRules,
				this.weightStarts);
	}

	RuleRows withAgeRule(Long id, OralAgeRule drafted) {
		return new RuleRows(this.protocols, this.discontinuation, this.renalBands, this.dosageForms,
				this.intrathecalLimits, this.intrathecalRanges, overlaid(this.ageRules, id, drafted),
				this.weightStarts);
	}

	RuleRows withWeightStart(Long id, WeightStartDose drafted) {
		return new RuleRows(this.protocols, this.discontinuation, this.renalBands, this.dosageForms,
				this.intrathecalLimits, this.intrathecalRanges, this.ageRules,
				overlaid(this.weightStarts, id, drafted));
	}

	/**
	 * The oral rules these rows make.
	 * @throws IllegalStateException when the rows lack what the rules need (the oral
	 * protocol, the taper rule), or IllegalArgumentException when their numbers do not
	 * make rules
	 */
	TitrationRules titrationRules() {
		return TitrationRulesSource
			.rulesOf(this.protocols, this.discontinuation, this.renalBands, this.dosageForms, this.ageRules,
					this.weightStarts)
			.rules();
	}

	IntrathecalChecker intrathecalChecker() {
		return new IntrathecalChecker(
				this.intrathecalLimits.stream()
					.sorted(Comparator.comparingInt(IntrathecalTitrationLimit::getSortOrder))
					.toList(),
				this.intrathecalRanges.stream()
					.sorted(Comparator.comparingInt(IntrathecalMaintenanceRange::getSortOrder))
					.toList());
	}

	private static <E extends EditableContent> List<E> overlaid(List<E> rows, Long id, E drafted) {
		List<E> result = new ArrayList<>(rows.size() + 1);
		for (E row : rows) {
			if (id == null || !Objects.equals(row.getId(), id)) {
				result.add(row);
			}
			else if (drafted != null) {
				result.add(drafted);
			}
		}
		if (id == null && drafted != null) {
			result.add(drafted);
		}
		return result;
	}

}
