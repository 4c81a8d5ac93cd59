package org.baclofen.reference.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds stored names close to a word that matched nothing ("oxycodon", "alprazolm", "Oxy-Contin"), to offer
 * as "Did you mean ...?". A suggestion is only ever shown next to an unmatched entry: it never counts as a
 * match, because a guessed name may be a different drug.
 * <p>
 * Names are compared without spaces or punctuation ("Oxy-Contin" is "oxycontin") by optimal string alignment
 * distance: each inserted, deleted, changed or swapped pair of letters counts one. How many may differ
 * depends on the shorter of the two: none below {@value #ONE_EDIT_FROM} letters, one from
 * {@value #ONE_EDIT_FROM}, two from {@value #TWO_EDITS_FROM}; any more and unrelated drugs start to look alike.
 * The work is bounded: at most {@value #MAX_WORDS} words of an entry are tried, in runs of up to
 * {@value #MAX_RUN} words of at most {@value #MAX_LETTERS} letters, each only against stored names of
 * nearly the same length.
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

	/** Each stored name without spaces or punctuation, keyed by its length, with the name as stored. */
	private final Map<Integer, List<Candidate>> candidatesByLength = new HashMap<>();

	/** @param storedNames the names to suggest; names spelled alike ("Tizanidine", "tizanidine") are offered once */
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
	 * Stored names close to a run of the given words, closest first, at most {@value #MAX_SUGGESTIONS}.
	 *
	 * @param words the words of an entry that matched nothing, without dose and form words
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
				int distance = distance(typed, candidate.letters(), allowed);
				if (distance <= allowed) {
					bestDistance.merge(candidate.name(), distance, Math::min);
				}
			}
		}
	}

	/** How many edits two names of which the shorter has this many letters may differ by. */
	static int allowedEdits(int shorterLength) {
		if (shorterLength >= TWO_EDITS_FROM) {
			return 2;
		}
		return (shorterLength >= ONE_EDIT_FROM) ? 1 : 0;
	}

	/**
	 * The optimal string alignment distance between two words, or {@code limit + 1} as soon as it is known to
	 * be larger than the limit: only cells within {@code limit} of the diagonal are computed.
	 */
	static int distance(String a, String b, int limit) {
		if (Math.abs(a.length() - b.length()) > limit) {
			return limit + 1;
		}
		int over = limit + 1;
		int[][] cost = new int[a.length() + 1][b.length() + 1];
		for (int[] row : cost) {
			Arrays.fill(row, over);
		}
		for (int j = 0; j <= Math.min(b.length(), limit); j++) {
			cost[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			if (i <= limit) {
				cost[i][0] = i;
			}
			int rowMin = cost[i][0];
			for (int j = Math.max(1, i - limit); j <= Math.min(b.length(), i + limit); j++) {
				int change = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				int best = Math.min(cost[i - 1][j - 1] + change, Math.min(cost[i - 1][j] + 1, cost[i][j - 1] + 1));
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					best = Math.min(best, cost[i - 2][j - 2] + 1);
				}
				cost[i][j] = Math.min(best, over);
				rowMin = Math.min(rowMin, cost[i][j]);
			}
			if (rowMin > limit) {
				return over;
			}
		}
		return cost[a.length()][b.length()];
	}

	private record Candidate(String letters, String name) {
	}

}
