package org.baclofen.reference.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two versions of a text field compared word by word, so a reviewer sees which words an
 * edit removed and which it added instead of two whole paragraphs side by side.
 *
 * @param before the old text in parts, the removed ones marked changed
 * @param after the new text in parts, the added ones marked changed
 */
public record WordDiff(List<Part> before, List<Part> after) {

	/**
	 * Above this many word pairs the comparison would cost more than a page should; both
	 * texts are then marked changed whole.
	 */
	static final long MAX_PAIRS = 1_000_000;

	private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

	/** A run of text, changed or common to both versions. */
	public record Part(String text, boolean changed) {
	}

	public static WordDiff of(String before, String after) {
		List<String> old = tokens(before);
		List<String> now = tokens(after);
		if ((long) old.size() * now.size() > MAX_PAIRS) {
			return new WordDiff(whole(before), whole(after));
		}
		// Longest common subsequence of the tokens, filled from the end so the walk below
		// goes forwards.
		int[][] common = new int[old.size() + 1][now.size() + 1];
		for (int i = old.size() - 1; i >= 0; i--) {
			for (int j = now.size() - 1; j >= 0; j--) {
				common[i][j] = old.get(i).equals(now.get(j)) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		Parts removed = new Parts();
		Parts added = new Parts();
		int i = 0;
		int j = 0;
		while (i < old.size() || j < now.size()) {
			if (i < old.size() && j < now.size() && old.get(i).equals(now.get(j))) {
				removed.add(old.get(i++), false);
				added.add(now.get(j++), false);
			}
			else if (j < now.size() && (i == old.size() || common[i][j + 1] >= common[i + 1][j])) {
				added.add(now.get(j++), true);
			}
			else {
				removed.add(old.get(i++), true);
			}
		}
		return new WordDiff(removed.parts, added.parts);
	}

	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		if (text != null) {
			Matcher token = TOKEN.matcher(text);
			while (token.find()) {
				tokens.add(token.group());
			}
		}
		return tokens;
	}

	private static List<Part> whole(String text) {
		return (text == null || text.isEmpty()) ? List.of() : List.of(new Part(text, true));
	}

	/** Parts in order, neighbours of the same kind joined. */
	private static final class Parts {

		private final List<Part> parts = new ArrayList<>();

		void add(String text, boolean changed) {
			int last = this.parts.size() - 1;
			if (last >= 0 && this.parts.get(last).changed() == changed) {
				this.parts.set(last, new Part(this.parts.get(last).text() + text, changed));
			}
			else {
				this.parts.add(new Part(text, changed));
			}
		}

	}

}
