package org.baclofen.reference.adverse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The adverse effects of one frequency band, with what most of them say in common (the
 * same note, sources and review date) said once for the group rather than on every row.
 *
 * @param band how often the effects are reported
 * @param effects the effects, in page order
 * @param usual an effect whose note and citation most of the group shares, or null when
 * no two effects share them
 */
public record FrequencyGroup(FrequencyBand band, List<AdverseEffect> effects, AdverseEffect usual) {

	/** The effects grouped by band, most frequent first; bands with none are left out. */
	public static List<FrequencyGroup> of(List<AdverseEffect> effects) {
		Map<FrequencyBand, List<AdverseEffect>> byBand = new EnumMap<>(FrequencyBand.class);
		effects.forEach(
				(effect) -> byBand.computeIfAbsent(FrequencyBand.of(effect), (band) -> new ArrayList<>()).add(effect));
		List<FrequencyGroup> groups = new ArrayList<>();
		byBand.forEach((band, members) -> groups.add(new FrequencyGroup(band, List.copyOf(members), usual(members))));
		return groups;
	}

	/**
	 * Whether the effect's own note or citation differs from what the group says once.
	 */
	public boolean saysMore(AdverseEffect effect) {
		return this.usual == null || !annotation(effect).equals(annotation(this.usual));
	}

	private static AdverseEffect usual(List<AdverseEffect> members) {
		Map<Annotation, List<AdverseEffect>> byAnnotation = new LinkedHashMap<>();
		members.forEach(
				(effect) -> byAnnotation.computeIfAbsent(annotation(effect), (key) -> new ArrayList<>()).add(effect));
		return byAnnotation.values()
			.stream()
			.filter((sharing) -> sharing.size() > 1)
			.max((left, right) -> Integer.compare(left.size(), right.size()))
			.map((sharing) -> sharing.get(0))
			.orElse(null);
	}

	private static Annotation annotation(AdverseEffect effect) {
		return new Annotation(Objects.toString(effect.getNote(), ""),
				effect.getSources().stream().map((source) -> source.getCode()).toList(), effect.getLastReviewed());
	}

	/** What is printed beside an effect besides its name: its note and its citation. */
	private record Annotation(String note, List<String> sources, Object lastReviewed) {
	}

}
