package org.baclofen.reference.titration;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Flesch–Kincaid grade level of English prose: 0.39 × words per sentence + 11.8 ×
 * syllables per word − 15.59, with syllables counted as groups of vowels (a silent final
 * e not counted, every word at least one), the usual approximation.
 */
final class Readability {

	private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:'[a-z]+)?");

	private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");

	private Readability() {
	}

	static double fleschKincaidGrade(String text) {
		List<String> sentences = Arrays.stream(text.split("[.!?]+(\\s|$)")).filter((s) -> !s.isBlank()).toList();
		int words = 0;
		int syllables = 0;
		for (String sentence : sentences) {
			Matcher word = WORD.matcher(sentence);
			while (word.find()) {
				words++;
				syllables += syllables(word.group());
			}
		}
		return 0.39 * words / sentences.size() + 11.8 * syllables / words - 15.59;
	}

	static int syllables(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		if (lower.length() > 2 && lower.endsWith("e") && !lower.endsWith("le")) {
			lower = lower.substring(0, lower.length() - 1);
		}
		Matcher groups = VOWELS.matcher(lower);
		int count = 0;
		while (groups.find()) {
			count++;
		}
		return Math.max(1, count);
	}

}
