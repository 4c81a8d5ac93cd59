package org.baclofen.reference.screening;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.baclofen.reference.interaction.SeverityLevel;
import org.baclofen.reference.interaction.SeverityRanking;

/**
 * What a screening checks against, built once per published revision from the stored
 * content and shared by every check: the medication matcher's index (member, brand, other
 * and class names, with the spelling candidates), the app's severity scale, and the
 * screening conditions with their warnings. Immutable once built.
 *
 * @param matcher the interactions' and baclofen's names, indexed
 * @param scale the levels of the app's severity scale, worst first
 * @param conditions every screening condition in display order, with its warnings and
 * their sources loaded
 */
public record ScreeningIndex(MedicationMatcher matcher, List<SeverityLevel> scale,
		List<ScreeningCondition> conditions) {

	public ScreeningIndex {
		scale = List.copyOf(scale);
		conditions = List.copyOf(conditions);
	}

	SeverityRanking ranking() {
		return new SeverityRanking(this.scale);
	}

	/** The conditions with these codes, in display order; unknown codes are left out. */
	List<ScreeningCondition> conditions(Collection<String> codes) {
		Set<String> wanted = Set.copyOf(codes);
		return this.conditions.stream().filter((condition) -> wanted.contains(condition.getCode())).toList();
	}

	boolean isCondition(String code) {
		return this.conditions.stream().anyMatch((condition) -> condition.getCode().equals(code));
	}

}
