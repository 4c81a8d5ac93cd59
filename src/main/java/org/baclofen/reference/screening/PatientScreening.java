package org.baclofen.reference.screening;

import java.util.Comparator;
import java.util.List;

import org.baclofen.reference.interaction.SeverityRanking;
import org.springframework.stereotype.Service;

/**
 * Screens a patient's medicines and conditions against everything stored about baclofen,
 * with the {@link ScreeningIndex} of the published revision, so a member name added by an
 * editor counts on the next check; nothing about the patient is stored or logged.
 */
@Service
public class PatientScreening {

	private final ScreeningIndexSource index;

	PatientScreening(ScreeningIndexSource index) {
		this.index = index;
	}

	/** Screens a request that has passed validation. */
	public ScreeningResult screen(ScreeningRequest request) {
		ScreeningIndex index = this.index.load();
		SeverityRanking ranking = index.ranking();
		List<String> entries = request.entries();
		MedicationMatcher.Matching matching = index.matcher().match(entries);
		// Stable sort: within one interaction the medicines stay in the order typed.
		List<MedicationMatch> worstFirst = matching.matches()
			.stream()
			.sorted(Comparator
				.comparingInt((MedicationMatch match) -> ranking.rankOf(match.interaction().getSeverity()))
				.thenComparingInt((match) -> match.interaction().getSortOrder())
				.thenComparing((match) -> match.interaction().getInteractant(), String.CASE_INSENSITIVE_ORDER))
			.toList();
		List<ScreeningCondition> chosen = index.conditions(request.conditions());
		return new ScreeningResult(entries, chosen, worstFirst, matching.duplicates(), matching.unmatched(),
				index.scale());
	}

	/** The conditions a clinician can choose from, in display order. */
	public List<ScreeningCondition> conditions() {
		return this.index.load().conditions();
	}

}
