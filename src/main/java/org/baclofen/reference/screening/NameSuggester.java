package org.baclofen.reference.screening;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.baclofen.reference.system.EditDistance;

/**
 * Finds stored names close to a word that matched nothing ("oxycodon", "alprazolm",
 * "Oxy-Contin"), to offer as "Did you mean ...?". A suggestion is only ever shown next to
 * an unmatched entry: it never counts as a match, because a guessed name may be a
 * different drug.
 * <p>
 * Names are compared without spaces or punctuation ("Oxy-Contin" is "oxycontin") by
 * optimal string alignment distance: each inserted, deleted, changed or swapped pair of
 * letters counts one. How many may differ depends on the shorter of the two: none below
 * {@value #ONE_EDIT_FROM} letters, one from {@value #ONE_EDIT_FROM}, two from
 * {@value #TWO_EDITS_FROM}; any more and unrelated drugs start to look alike. The work is
 * bounded: at most {@value #MAX_WORDS} words of an entry are tried, in runs of up to
 * {@value #MAX_RUN} words of at most {@value #MAX_LETTERS} letters, each only against
 * stored names of nearly the same length.
 */
final class NameSuggester {

	static final int ONE_EDIT_FROM = 5;

	static final int TWO_EDITS_FROM = 9;

	static final int MAX_WORDS = 8;

	static final int MAX_RUN = 3;

	static final int MAX_LETTERS = 40;

	/** Suggestions offered for one unmatched entry. */
	static final int MAX_SUGGESTIONS = 3;

	private static final int MAX_EDITS = 2;

	/**
	 * Each stored name without spaces or punctuation, keyed by its length, with the name
	 * as stored.
	 */
	private final Map<Integer, List<Candidate>> candidatesByLength = new HashMap<>();

	/**
	 * @param storedNames the names to suggest; names spelled alike ("Tizanidine",
	 * "tizanidine") are offered once
	 */
	NameSuggester(Collection<String> storedNames) {
		Set<String> seen = new HashSet<>();
		for (String name : storedNames) {
			String letters = String.join("", MedicationMatcher.words(name));
			if (!letters.isEmpty() && seen.add(letters)) {
				this.candidatesByLength.computeIfAbsent(letters.length(), (length) -> new ArrayList<>())
					.add(new Candidate(letters, name));
			}
		}
	}

	/**
	 * Stored names close to a run of the given words, closest first, at most
	 * {@value #MAX_SUGGESTIONS}.
	 * @param words the words of an entry that matched nothing, without dose and form
	 * words
	 */
	List<String> suggest(List<String> words) {
		Map<String, Integer> bestDistance = new LinkedHashMap<>();
		List<String> tried = words.subList(0, Math.min(words.size(), MAX_WORDS));
		for (int start = 0; start < tried.size(); start++) {
			StringBuilder run = new StringBuilder();
			for (int end = start; end < Math.min(tried.size(), start + MAX_RUN); end++) {
				run.append(tried.get(end));
				if (run.length() > MAX_LETTERS) {
					break;
				}
				collect(run.toString(), bestDistance);
			}
		}
		return bestDistance.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue()
				.thenComparing(Map.Entry.comparingByKey(String.CASE_INSENSITIVE_ORDER)))
			.limit(MAX_SUGGESTIONS)
			.map(Map.Entry::getKey)
			.toList();
	}

	private void collect(String typed, Map<String, Integer> bestDistance) {
		for (int length = typed.length() - MAX_EDITS; length <= typed.length() + MAX_EDITS; length++) {
			for (Candidate candidate : this.candidatesByLength.getOrDefault(length, List.of())) {
				int allowed = allowedEdits(Math.min(typed.length(), length));
				int distance = EditDistance.distance(typed, candidate.letters(), allowed);
				if (distance <= allowed) {
					bestDistance.merge(candidate.name(), distance, Math::min);
				}
			}
		}
	}

	/**
	 * How many edits two names of which the shorter has this many letters may differ by.
	 */
	static int allowedEdits(int shorterLength) {
		if (shorterLength >= TWO_EDITS_FROM) {
			return 2;
		}
		return (shorterLength >= ONE_EDIT_FROM) ? 1 : 0;
	}

	private record Candidate(String letters, String name) {
	}

}
