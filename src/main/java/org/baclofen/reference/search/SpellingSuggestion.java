package org.baclofen.reference.search;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.baclofen.reference.system.EditDistance;

/**
 * "Did you mean …?" for a search that found nothing: each term that no stored word
 * contains is replaced by the nearest stored word within a small edit distance (one edit
 * for short terms, two for longer ones). The work is bounded: terms longer than
 * {@value #MAX_TERM_LENGTH} characters are left alone, and words whose length differs by
 * more than the allowed distance are never compared.
 */
public final class SpellingSuggestion {

	static final int MIN_TERM_LENGTH = 4;

	static final int MAX_TERM_LENGTH = 30;

	private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}]*");

	/**
	 * Stored words with how often they occur; a tie in distance goes to the more common
	 * word.
	 */
	private final Map<String, Integer> frequencyByWord;

	private SpellingSuggestion(Map<String, Integer> frequencyByWord) {
		this.frequencyByWord = frequencyByWord;
	}

	/**
	 * The vocabulary of the given texts: their words, lower-cased, of at least
	 * {@value #MIN_TERM_LENGTH} letters.
	 */
	public static SpellingSuggestion of(Collection<String> texts) {
		Map<String, Integer> frequency = new HashMap<>();
		for (String text : texts) {
			WORD.matcher(text.toLowerCase(Locale.ROOT))
				.results()
				.map((match) -> match.group())
				.filter((word) -> word.length() >= MIN_TERM_LENGTH && word.length() <= MAX_TERM_LENGTH)
				.forEach((word) -> frequency.merge(word, 1, Integer::sum));
		}
		return new SpellingSuggestion(frequency);
	}

	/**
	 * The query with its unknown terms corrected, or empty when there is nothing to
	 * correct.
	 */
	public Optional<String> suggest(String normalizedQuery) {
		List<String> terms = Arrays.asList(normalizedQuery.split(" "));
		List<String> corrected = terms.stream().map(this::correct).toList();
		if (corrected.equals(terms.stream().map((term) -> term.toLowerCase(Locale.ROOT)).toList())) {
			return Optional.empty();
		}
		return Optional.of(String.join(" ", corrected));
	}

	private String correct(String term) {
		String lower = term.toLowerCase(Locale.ROOT);
		if (lower.length() < MIN_TERM_LENGTH || lower.length() > MAX_TERM_LENGTH || isKnown(lower)) {
			return lower;
		}
		int allowed = (lower.length() <= 5) ? 1 : 2;
		return this.frequencyByWord.keySet()
			.stream()
			.filter((word) -> Math.abs(word.length() - lower.length()) <= allowed)
			.map((word) -> Map.entry(word, EditDistance.distance(lower, word, allowed)))
			.filter((candidate) -> candidate.getValue() <= allowed)
			.min(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
				.thenComparing((candidate) -> -this.frequencyByWord.get(candidate.getKey()))
				.thenComparing(Map.Entry::getKey))
			.map(Map.Entry::getKey)
			.orElse(lower);
	}

	/** A term is known when a stored word contains it, as search matching does. */
	private boolean isKnown(String term) {
		return this.frequencyByWord.keySet().stream().anyMatch((word) -> word.contains(term));
	}

}
