package org.baclofen.reference.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a visitor typed into the search box, as terms that must all appear in an item.
 * Matching ignores case; highlighting marks every occurrence of every term in the
 * original text.
 */
public final class SearchQuery {

	public static final int MIN_LENGTH = 2;

	public static final int MAX_LENGTH = 100;

	private static final int SNIPPET_LENGTH = 220;

	private final String text;

	private final List<Pattern> terms;

	private final Pattern anyTerm;

	private SearchQuery(String text) {
		this.text = text;
		this.terms = Arrays.stream(text.split(" "))
			.distinct()
			.map((term) -> Pattern.compile(Pattern.quote(term), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
			.toList();
		this.anyTerm = Pattern.compile(this.terms.stream().map(Pattern::pattern).collect(Collectors.joining("|")),
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	/**
	 * Collapses white space; the result may be blank or too short, which {@link #problem}
	 * reports.
	 */
	public static String normalize(String raw) {
		return (raw == null) ? "" : raw.strip().replaceAll("\\s+", " ");
	}

	/** Why a normalized query cannot be run, as a message key, or null when it can. */
	public static String problem(String normalized) {
		if (normalized.length() < MIN_LENGTH) {
			return "search.tooShort";
		}
		if (normalized.length() > MAX_LENGTH) {
			return "search.tooLong";
		}
		return null;
	}

	public static SearchQuery of(String normalized) {
		if (problem(normalized) != null) {
			throw new IllegalArgumentException("Not a runnable query: " + normalized);
		}
		return new SearchQuery(normalized);
	}

	public String text() {
		return this.text;
	}

	/**
	 * @param kindName the name of the entry's kind ("Renal dose bands"), so a search for
	 * a kind finds its items even where their own titles do not repeat it
	 */
	public boolean matches(CatalogueEntry entry, String kindName) {
		String haystack = entry.title() + " " + entry.text() + " " + kindName;
		return this.terms.stream().allMatch((term) -> term.matcher(haystack).find());
	}

	/**
	 * How well a title answers the query, for ranking: 3 when it is the query itself, 2
	 * when it holds every term, 1 when it holds some, 0 when only the text matched.
	 */
	public int titleRank(String title) {
		if (title.strip().equalsIgnoreCase(this.text)) {
			return 3;
		}
		long found = this.terms.stream().filter((term) -> term.matcher(title).find()).count();
		if (found == this.terms.size()) {
			return 2;
		}
		return (found > 0) ? 1 : 0;
	}

	/**
	 * The text split into plain and matching segments, for rendering with every match
	 * marked. A mark always covers whole words: "the" found inside "Intrathecal" marks
	 * the whole word, never "Intra|the|cal".
	 */
	public List<Segment> highlight(String value) {
		List<Segment> segments = new ArrayList<>();
		Matcher matcher = this.anyTerm.matcher(value);
		int start = 0;
		while (start < value.length() && matcher.find(start)) {
			int from = matcher.start();
			while (from > start && isWordCharacter(value.charAt(from - 1))) {
				from--;
			}
			int to = matcher.end();
			while (to < value.length() && isWordCharacter(value.charAt(to))) {
				to++;
			}
			if (to == from) {
				// An empty match cannot occur for a non-empty term; guard against looping
				// anyway.
				break;
			}
			if (from > start) {
				segments.add(new Segment(value.substring(start, from), false));
			}
			segments.add(new Segment(value.substring(from, to), true));
			start = to;
		}
		if (start < value.length()) {
			segments.add(new Segment(value.substring(start), false));
		}
		return segments;
	}

	private static boolean isWordCharacter(char character) {
		return Character.isLetterOrDigit(character);
	}

	/** A stretch of the text around its first match, cut at word boundaries. */
	public String snippet(String value) {
		String flat = value.replaceAll("\\s+", " ").strip();
		if (flat.length() <= SNIPPET_LENGTH) {
			return flat;
		}
		Matcher matcher = this.anyTerm.matcher(flat);
		int center = matcher.find() ? matcher.start() : 0;
		int from = Math.max(0, center - SNIPPET_LENGTH / 3);
		int to = Math.min(flat.length(), from + SNIPPET_LENGTH);
		if (from > 0) {
			int space = flat.indexOf(' ', from);
			from = (space >= 0 && space < center) ? space + 1 : from;
		}
		if (to < flat.length()) {
			int space = flat.lastIndexOf(' ', to);
			to = (space > center) ? space : to;
		}
		return ((from > 0) ? "… " : "") + flat.substring(from, to) + ((to < flat.length()) ? " …" : "");
	}

	public record Segment(String text, boolean match) {
	}

}
