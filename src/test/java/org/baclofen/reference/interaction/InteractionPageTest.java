package org.baclofen.reference.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.baclofen.reference.ReferenceAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The interactions page states its ratings as this reference's own and shows the rubric
 * behind them, from the stored severity levels, before the list; vendors' scales appear
 * only for comparison.
 */
@ReferenceAppTest
class InteractionPageTest {

	@Autowired
	private MockMvc mvc;

	private String page() throws Exception {
		return this.mvc.perform(get("/interactions")).andReturn().getResponse().getContentAsString();
	}

	@Test
	void theRubricIsShownAboveTheRatedInteractions() throws Exception {
		String html = page();
		int rubric = html.indexOf("<h2 id=\"severity-scale\">How this reference rates interactions</h2>");
		int major = html.indexOf("puts the combination under a boxed warning");
		int moderate = html.indexOf("asks for caution, monitoring or a dose adjustment");
		int list = html.indexOf("<h2 id=\"interaction-list\">");
		assertThat(rubric).isPositive();
		assertThat(major).isGreaterThan(rubric).isLessThan(list);
		assertThat(moderate).isGreaterThan(rubric).isLessThan(list);
		assertThat(html).contains("The ratings are this reference&#39;s own");
	}

	@Test
	void everyListedInteractionShowsItsRating() throws Exception {
		String html = page();
		String list = html.substring(html.indexOf("<h2 id=\"interaction-list\">"));
		assertThat(list).contains("Severity: Major", "Severity: Moderate");
		int opioids = list.indexOf("<h3>Opioids</h3>");
		int tizanidine = list.indexOf("<h3>Tizanidine</h3>");
		int lithium = list.indexOf("<h3>Lithium</h3>");
		assertThat(opioids).isPositive().isLessThan(lithium);
		assertThat(tizanidine).isPositive().isLessThan(lithium);
	}

	@Test
	void drugsComAndLexicompScalesAreOfferedOnlyForComparison() throws Exception {
		assertThat(page()).contains("Another scale you may meet: Drugs.com severity",
				"Another scale you may meet: Lexicomp risk rating (A–X)");
	}

}
