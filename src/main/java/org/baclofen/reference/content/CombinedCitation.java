package org.baclofen.reference.content;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The citation of a statement drawn from several items, such as a one-line summary of a
 * table: every source any of them cites, in citation order and once each, and the item
 * reviewed longest ago, whose date (and change log) the statement can claim at best.
 *
 * @param sources the sources the items cite, each once
 * @param oldest the item with the oldest review date
 */
public record CombinedCitation(List<Source> sources, CitedContent oldest) {

	public static CombinedCitation of(Collection<? extends CitedContent> items) {
		if (items.isEmpty()) {
			throw new IllegalArgumentException("A combined citation draws on at least one item");
		}
		Set<Source> sources = new TreeSet<>();
		items.forEach((item) -> sources.addAll(item.getSources()));
		CitedContent oldest = items.stream().min(Comparator.comparing(CitedContent::getLastReviewed)).orElseThrow();
		return new CombinedCitation(List.copyOf(sources), oldest);
	}

}
