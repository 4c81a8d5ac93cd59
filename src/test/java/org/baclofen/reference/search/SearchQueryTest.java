package org.baclofen.reference.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.baclofen.reference.search.SearchQuery.Segment;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

	private static CatalogueEntry entry(String title, String text) {
		return new CatalogueEntry(ContentKind.INDICATION, 1, title, text, "/indications/x");
	}

	@Test
	void normalizesWhiteSpace() {
		assertThat(SearchQuery.normalize("  spinal \n  fluid ")).isEqualTo("spinal fluid");
		assertThat(SearchQuery.normalize(null)).isEmpty();
	}

	@Test
	void reportsQueriesThatAreTooShortOrTooLong() {
		assertThat(SearchQuery.problem("a")).isEqualTo("search.tooShort");
		assertThat(SearchQuery.problem("ab")).isNull();
		assertThat(SearchQuery.problem("x".repeat(101))).isEqualTo("search.tooLong");
		assertThatIllegalArgumentException().isThrownBy(() -> SearchQuery.of("a"));
	}

	@Test
	void matchesWhenEveryTermAppearsIgnoringCase() {
		SearchQuery query = SearchQuery.of("Spinal FLUID");
		assertThat(query.matches(entry("Intrathecal", "into the cerebrospinal fluid"), "")).isTrue();
		assertThat(query.matches(entry("Spinal cord injury", "oral use"), "")).isFalse();
	}

	/**
	 * Titles come from each kind's own description and need not repeat the kind: "renal"
	 * finds the bands.
	 */
	@Test
	void matchesTheNameOfTheEntrysKind() {
		SearchQuery query = SearchQuery.of("renal");
		assertThat(query.matches(entry("CrCl 30 to 50 mL/min", "Lower the dose"), "Renal dose bands")).isTrue();
		assertThat(query.matches(entry("CrCl 30 to 50 mL/min", "Lower the dose"), "Indications")).isFalse();
	}

	@Test
	void treatsRegexCharactersLiterally() {
		SearchQuery query = SearchQuery.of("(S20)");
		assertThat(query.matches(entry("Canadian monograph (S20)", ""), "")).isTrue();
		assertThat(query.matches(entry("S20", ""), "")).isFalse();
	}

	@Test
	void highlightsEveryOccurrenceKeepingTheOriginalCase() {
		assertThat(SearchQuery.of("gaba").highlight("GABA-B agonist, not a GABA releaser")).containsExactly(
				new Segment("GABA", true), new Segment("-B agonist, not a ", false), new Segment("GABA", true),
				new Segment(" releaser", false));
	}

	@Test
	void highlightOfTextWithoutMatchIsOnePlainSegment() {
		assertThat(SearchQuery.of("lithium").highlight("opioids")).containsExactly(new Segment("opioids", false));
	}

	@Test
	void snippetCentresOnTheFirstMatchAndMarksCuts() {
		String text = "word ".repeat(100) + "hiccups " + ("more ".repeat(100));
		String snippet = SearchQuery.of("hiccups").snippet(text);
		assertThat(snippet).startsWith("… ").endsWith(" …").contains("hiccups").hasSizeLessThan(240);
	}

	@Test
	void shortTextIsItsOwnSnippet() {
		assertThat(SearchQuery.of("dose").snippet("A  short\ndose note")).isEqualTo("A short dose note");
	}

	@Test
	void highlightSegmentsJoinBackToTheText() {
		String text = "Opioids and benzodiazepines add to the sedation of opioids";
		List<Segment> segments = SearchQuery.of("opioids sedation").highlight(text);
		assertThat(String.join("", segments.stream().map(Segment::text).toList())).isEqualTo(text);
		assertThat(segments.stream().filter(Segment::match).map(Segment::text)).containsExactly("Opioids", "sedation",
				"opioids");
	}

	@Test
	void highlightingMarksWholeWordsNeverPartOfOne() {
		assertThat(SearchQuery.of("the").highlight("Intrathecal: the dose")).containsExactly(
				new Segment("Intrathecal", true), new Segment(": ", false), new Segment("the", true),
				new Segment(" dose", false));
		assertThat(SearchQuery.of("spinal").highlight("cerebrospinal fluid"))
			.containsExactly(new Segment("cerebrospinal", true), new Segment(" fluid", false));
	}

	@Test
	void twoTermsInOneWordMarkTheWordOnce() {
		assertThat(SearchQuery.of("intra cal").highlight("Intrathecal use"))
			.containsExactly(new Segment("Intrathecal", true), new Segment(" use", false));
	}

}
