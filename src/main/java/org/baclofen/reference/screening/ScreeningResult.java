package org.baclofen.reference.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.baclofen.reference.interaction.Interaction;
import org.baclofen.reference.interaction.Severity;
import org.baclofen.reference.interaction.SeverityLevel;
import org.baclofen.reference.safety.SafetyItem;

/**
 * Everything one check found, ready to show: the interactions matched, worst first; the
 * entries that are baclofen itself; the warnings for the chosen conditions; and every
 * medicine that matched nothing, with the stored names close to it. Nothing of it is
 * stored.
 *
 * @param medications the medicines checked, as typed and split into entries
 * @param conditions the conditions checked, with their warnings, in display order
 * @param matches every (medicine, interaction) match, worst first on the app's severity
 * scale
 * @param duplicates the entries that name baclofen or one of its products
 * @param unmatched the medicines for which no interaction is on record
 * @param scale the levels of the app's severity scale, worst first
 */
public record ScreeningResult(List<String> medications, List<ScreeningCondition> conditions,
		List<MedicationMatch> matches, List<MedicationMatcher.DuplicateTherapy> duplicates,
		List<MedicationMatcher.Unmatched> unmatched, List<SeverityLevel> scale) {

	/** One warning or precaution that applies because of a chosen condition. */
	public record ConditionWarning(ScreeningCondition condition, SafetyItem item) {
	}

	/** An interaction found, with every medicine of the list that belongs to it. */
	public record InteractionHit(Interaction interaction, List<MedicationMatch> matches) {
	}

	/** The interactions found at one severity. */
	public record SeverityGroup(Severity severity, List<InteractionHit> hits) {
	}

	public List<ConditionWarning> conditionWarnings() {
		List<ConditionWarning> warnings = new ArrayList<>();
		for (ScreeningCondition condition : this.conditions) {
			condition.getSafetyItems().forEach((item) -> warnings.add(new ConditionWarning(condition, item)));
		}
		return warnings;
	}

	/**
	 * Chosen conditions with no stored warning: said out loud rather than silently left
	 * out.
	 */
	public List<ScreeningCondition> conditionsWithoutWarnings() {
		return this.conditions.stream().filter((condition) -> condition.getSafetyItems().isEmpty()).toList();
	}

	/**
	 * The matches grouped by severity and then by interaction, keeping the worst-first
	 * order, so each interaction's effect and management are shown once with all the
	 * medicines that led to it.
	 */
	public List<SeverityGroup> severityGroups() {
		Map<Severity, Map<Interaction, List<MedicationMatch>>> grouped = new LinkedHashMap<>();
		for (MedicationMatch match : this.matches) {
			grouped.computeIfAbsent(match.interaction().getSeverity(), (severity) -> new LinkedHashMap<>())
				.computeIfAbsent(match.interaction(), (interaction) -> new ArrayList<>())
				.add(match);
		}
		return grouped.entrySet()
			.stream()
			.map((group) -> new SeverityGroup(group.getKey(),
					group.getValue()
						.entrySet()
						.stream()
						.map((hit) -> new InteractionHit(hit.getKey(), List.copyOf(hit.getValue())))
						.toList()))
			.toList();
	}

	/**
	 * One count in the summary line: interactions at a severity (severity set), or
	 * entries of another kind ("unmatched", "duplicates", "noInteractions").
	 */
	public record Tally(String kind, Severity severity, int count) {
	}

	/**
	 * What the summary line counts, in the order it says it: the interactions by
	 * severity, worst first (or that there were none), then the entries not matched and
	 * those that are baclofen itself.
	 */
	public List<Tally> tallies() {
		List<Tally> tallies = new ArrayList<>();
		severityGroups().forEach((group) -> tallies.add(new Tally("severity", group.severity(), group.hits().size())));
		if (tallies.isEmpty()) {
			tallies.add(new Tally("noInteractions", null, 0));
		}
		if (!this.unmatched.isEmpty()) {
			tallies.add(new Tally("unmatched", null, this.unmatched.size()));
		}
		if (!this.duplicates.isEmpty()) {
			tallies.add(new Tally("duplicates", null, this.duplicates.size()));
		}
		return tallies;
	}

	/**
	 * The list as checked, one entry a line, with one unmatched entry corrected to a
	 * suggestion: what "check again with ..." sends.
	 */
	public String correctedList(MedicationMatcher.Unmatched unmatched, String suggestion) {
		return this.medications.stream()
			.map((entry) -> entry.equals(unmatched.entry()) ? unmatched.corrected(suggestion) : entry)
			.collect(Collectors.joining("\n"));
	}

	public int interactionCount() {
		return this.severityGroups().stream().mapToInt((group) -> group.hits().size()).sum();
	}

}
