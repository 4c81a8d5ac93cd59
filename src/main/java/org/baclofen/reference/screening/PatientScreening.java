package org.baclofen.reference.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.baclofen.reference.interaction.InteractionRepository;
import org.baclofen.reference.interaction.SeverityLevel;
import org.baclofen.reference.interaction.SeverityLevelRepository;
import org.baclofen.reference.interaction.SeverityRanking;
import org.baclofen.reference.overview.Drug;
import org.baclofen.reference.overview.DrugRepository;
import org.baclofen.reference.safety.SafetyItem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screens a patient's medicines and conditions against everything stored about baclofen.
 * The matcher is built from the database on every check, so a member name added by an
 * editor counts at once; nothing about the patient is stored or logged.
 */
@Service
public class PatientScreening {

	private final InteractionRepository interactions;

	private final SeverityLevelRepository severityLevels;

	private final ScreeningConditionRepository conditions;

	private final DrugRepository drugs;

	PatientScreening(InteractionRepository interactions, SeverityLevelRepository severityLevels,
			ScreeningConditionRepository conditions, DrugRepository drugs) {
		this.interactions = interactions;
		this.severityLevels = severityLevels;
		this.conditions = conditions;
		this.drugs = drugs;
	}

	/** Screens a request that has passed validation. */
	@Transactional(readOnly = true)
	public ScreeningResult screen(ScreeningRequest request) {
		List<SeverityLevel> scale = appScale();
		SeverityRanking ranking = new SeverityRanking(scale);
		List<String> entries = request.entries();
		MedicationMatcher.Matching matching = MedicationMatcher.of(this.interactions.findAllBy(), baclofenNames())
			.match(entries);
		// Stable sort: within one interaction the medicines stay in the order typed.
		List<MedicationMatch> worstFirst = matching.matches()
			.stream()
			.sorted(Comparator
				.comparingInt((MedicationMatch match) -> ranking.rankOf(match.interaction().getSeverity()))
				.thenComparingInt((match) -> match.interaction().getSortOrder())
				.thenComparing((match) -> match.interaction().getInteractant(), String.CASE_INSENSITIVE_ORDER))
			.toList();
		List<ScreeningCondition> chosen = request.conditions().isEmpty() ? List.of()
				: this.conditions.findByCodeInOrderBySortOrderAsc(request.conditions().stream().distinct().toList());
		// Loaded here, inside the transaction, for the page and the API to show with each
		// interaction found.
		worstFirst.forEach((match) -> match.interaction().getSafetyItems().forEach(SafetyItem::getSources));
		return new ScreeningResult(entries, chosen, worstFirst, matching.duplicates(), matching.unmatched(), scale);
	}

	/**
	 * The drug's name and its products' brand names: an entry naming any of them is
	 * duplicate therapy.
	 */
	private List<String> baclofenNames() {
		List<String> names = new ArrayList<>();
		for (Drug drug : this.drugs.findAllWithBrandNames()) {
			names.add(drug.getName());
			names.addAll(drug.getBrandNames());
		}
		return names;
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
