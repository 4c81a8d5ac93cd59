package org.baclofen.reference.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.regex.Pattern;

import org.baclofen.reference.ReferenceAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Search forgives spelling, finds table rows by what they are about, and speaks in words,
 * not codes.
 */
@ReferenceAppTest
class SearchPageTest {

	/** Enum-style codes such as INTRATHECAL_INJECTION or PARTLY_SUPPORTED. */
	private static final Pattern CODE = Pattern.compile("\\b[A-Z]+_[A-Z_]+\\b");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ContentCatalogue catalogue;

	private String search(String q) throws Exception {
		return this.mvc.perform(get("/search").param("q", q)).andReturn().getResponse().getContentAsString();
	}

	@Test
	void aMisspellingOffersTheRightWord() throws Exception {
		String html = search("baclophen");
		assertThat(html).contains("No results for “baclophen”", "Did you mean",
				"<a href=\"/search?q=baclofen\">baclofen</a>?");
	}

	@Test
	void aTitleThatAnswersTheQueryComesFirstWithoutRepeatingItself() throws Exception {
		String html = search("pregnancy");
		int pregnancy = html.indexOf("><mark>Pregnancy</mark></a>");
		assertThat(pregnancy).as("the item titled Pregnancy, not repeated in brackets").isPositive();
		assertThat(pregnancy).isLessThan(html.indexOf(">Neonatal withdrawal (warning)</a>"));
		assertThat(html).doesNotContain("Pregnancy</mark> (");
		// Its group comes first too.
		assertThat(html.indexOf("<h2 id=\"results-safety_item\">")).isPositive()
			.isLessThan(html.indexOf("<h2 id=\"results-guidance_note\">"));
	}

	@Test
	void theSearchPageHasOneSearchBox() throws Exception {
		String html = search("pregnancy");
		assertThat(html.split("type=\"search\"", -1)).hasSize(2);
		assertThat(html).contains("id=\"search-q\"").doesNotContain("id=\"site-search-q\"");
	}

	@Test
	void aSearchWithResultsOffersNoCorrection() throws Exception {
		assertThat(search("baclofen")).doesNotContain("Did you mean");
	}

	@Test
	void renalFindsTheDoseBandRows() throws Exception {
		String html = search("renal");
		// Worded as the renal page and the admin list word each band, under the kind's
		// heading.
		assertThat(html).contains("<h2 id=\"results-renal_band\">Renal dose bands (5)</h2>",
				">CrCl 30 to 50 mL/min</a>", ">CrCl above 50 to 80 mL/min</a>", ">CrCl 15 to under 30 mL/min</a>",
				">CrCl above 80 mL/min</a>", ">On dialysis, or kidney failure (CrCl under 15 mL/min)</a>");
	}

	@Test
	void oneResultIsSingularAndMoreArePlural() throws Exception {
		assertThat(search("tizanidine steady")).contains("1 result for “tizanidine steady”")
			.doesNotContain("1 results");
		assertThat(search("renal")).containsPattern("\\d+ results for “renal”");
	}

	@Test
	void resultsSayWhichKindAndPageTheyAreOn() throws Exception {
		assertThat(search("intrathecal")).contains("Forms and strengths, on the Intrathecal page",
				"Guidance notes, on the Pharmacology page");
	}

	@Test
	void noCodesAppearInTitlesOrText() {
		assertThat(this.catalogue.entries()).allSatisfy((entry) -> {
			assertThat(CODE.matcher(entry.title()).find()).as("code in title %s", entry.title()).isFalse();
			assertThat(entry.title() + entry.text()).doesNotContain(CatalogueWording.TOKEN_START);
		});
		assertThat(this.catalogue.entries())
			.anySatisfy((entry) -> assertThat(entry.text()).contains("Intrathecal injection"));
		assertThat(this.catalogue.entries())
			.anySatisfy((entry) -> assertThat(entry.title()).startsWith("spinal origin, post implant, increase"));
		assertThat(this.catalogue.entries())
			.anySatisfy((entry) -> assertThat(entry.title()).isEqualTo("Drugs.com severity: Major"));
	}

	@Test
	void aCodeWithoutAMessageIsStillShownAsWords() {
		assertThat(CatalogueWording.plainWords("DRUGS_COM")).isEqualTo("Drugs com");
	}

}
