package org.baclofen.reference.screening;

import java.util.Comparator;
import java.util.List;

import org.baclofen.reference.interaction.InteractionRepository;
import org.baclofen.reference.interaction.SeverityLevel;
import org.baclofen.reference.interaction.SeverityLevelRepository;
import org.baclofen.reference.interaction.SeverityRanking;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screens a patient's medicines and conditions against everything stored about baclofen. The matcher is
 * built from the database on every check, so a member name added by an editor counts at once; nothing
 * about the patient is stored or logged.
 */
@Service
public class PatientScreening {

	private final InteractionRepository interactions;

	private final SeverityLevelRepository severityLevels;

	private final ScreeningConditionRepository conditions;

	PatientScreening(InteractionRepository interactions, SeverityLevelRepository severityLevels,
			ScreeningConditionRepository conditions) {
		this.interactions = interactions;
		this.severityLevels = severityLevels;
		this.conditions = conditions;
	}

	/** Screens a request that has passed validation. */
	@Transactional(readOnly = true)
	public ScreeningResult screen(ScreeningRequest request) {
		List<SeverityLevel> scale = appScale();
		SeverityRanking ranking = new SeverityRanking(scale);
		MedicationMatcher.Matching matching = MedicationMatcher.of(this.interactions.findAllBy())
			.match(request.medications());
		// Stable sort: within one interaction the medicines stay in the order typed.
		List<MedicationMatch> worstFirst = matching.matches()
			.stream()
			.sorted(Comparator.comparingInt((MedicationMatch match) -> ranking.rankOf(match.interaction().getSeverity()))
				.thenComparingInt((match) -> match.interaction().getSortOrder())
				.thenComparing((match) -> match.interaction().getInteractant(), String.CASE_INSENSITIVE_ORDER))
			.toList();
		List<ScreeningCondition> chosen = request.conditions().isEmpty() ? List.of()
				: this.conditions.findByCodeInOrderBySortOrderAsc(request.conditions().stream().distinct().toList());
		return new ScreeningResult(request.medications(), chosen, worstFirst, matching.unmatched(), scale);
	}

	/** The conditions a clinician can choose from, in display order. */
	@Transactional(readOnly = true)
	public List<ScreeningCondition> conditions() {
		return this.conditions.findAllByOrderBySortOrderAsc();
	}

	private List<SeverityLevel> appScale() {
		return this.severityLevels.findAllByOrderByScaleAscRankAsc()
			.stream()
			.filter((level) -> SeverityLevel.APP_SCALE.equals(level.getScale()))
			.toList();
	}

}
