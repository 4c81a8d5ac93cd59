package org.baclofen.reference.interaction;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Orders interactions worst first, using the ranks stored for the app's severity scale. A
 * severity the scale does not rank sorts first: an unranked severity must never hide at
 * the bottom.
 */
public class SeverityRanking {

	private final Map<String, Integer> rankByCode;

	public SeverityRanking(List<SeverityLevel> appScaleLevels) {
		this.rankByCode = appScaleLevels.stream()
			.collect(Collectors.toMap(SeverityLevel::getCode, SeverityLevel::getRank, Math::min));
	}

	public int rankOf(Severity severity) {
		return this.rankByCode.getOrDefault(severity.name(), Integer.MIN_VALUE);
	}

	public List<Interaction> worstFirst(List<Interaction> interactions) {
		return interactions.stream()
			.sorted(Comparator.comparingInt((Interaction interaction) -> rankOf(interaction.getSeverity()))
				.thenComparingInt(Interaction::getSortOrder)
				.thenComparing(Interaction::getInteractant, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

}
