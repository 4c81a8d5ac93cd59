package org.baclofen.reference.system;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.baclofen.reference.PublicPage;
import org.baclofen.reference.ReferenceAppTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@ReferenceAppTest
class PublicPagesTest {

	@Autowired
	private MockMvc mvc;

	@ParameterizedTest
	@FieldSource("org.baclofen.reference.PublicPage#ALL")
	void everyPageShowsItsContentWithSourcesAndReviewDates(PublicPage page) throws Exception {
		this.mvc.perform(get(page.path()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString(page.expectedText())))
			.andExpect(content().string(containsString("A reference, not medical advice.")))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")));
	}

	@Test
	void contentPagesCiteSourcesAndReviewDates() throws Exception {
		this.mvc.perform(get("/interactions"))
			.andExpect(content().string(containsString("href=\"/sources#source-S20\"")))
			.andExpect(content().string(containsString("<time datetime=\"2026-12-01\">1 December 2026</time>")));
	}

	@Test
	void adverseEffectsAreGroupedByFrequencyWithWhatAGroupSharesSaidOnce() throws Exception {
		String html = this.mvc.perform(get("/adverse-effects")).andReturn().getResponse().getContentAsString();
		int over10 = html.indexOf("<h3 id=\"oral-over_10_percent\">More than 10% (5)</h3>");
		int common = html.indexOf("<h3 id=\"oral-from_1_to_10_percent\">1 to 10% (6)</h3>");
		int notKnown = html.indexOf("<h3 id=\"oral-not_known\">Frequency not known (48)</h3>");
		org.assertj.core.api.Assertions.assertThat(over10).isPositive().isLessThan(common);
		org.assertj.core.api.Assertions.assertThat(common).isLessThan(notKnown);
		org.assertj.core.api.Assertions.assertThat(html).contains("href=\"#oral-not_known\"");
		// The 48 rarely reported reactions share one note and one source: said once, not
		// 48 times.
		org.assertj.core.api.Assertions.assertThat(html.split("Rare; no frequency given", -1).length - 1)
			.isBetween(1, 5);
	}

	@Test
	void oralScheduleListsEachStepOnce() throws Exception {
		String html = this.mvc.perform(get("/dosing/oral")).andReturn().getResponse().getContentAsString();
		org.assertj.core.api.Assertions.assertThat(html.split("<th scope=\"row\">1–3</th>", -1)).hasSize(2);
		org.assertj.core.api.Assertions.assertThat(html).contains("From day 13");
	}

	@Test
	void offLabelWithoutEvidenceIsUnmistakable() throws Exception {
		this.mvc.perform(get("/indications/fibromyalgia"))
			.andExpect(content().string(containsString("badge--status-off_label\">Off-label<")))
			.andExpect(content().string(containsString("badge--evidence-no_evidence\">No supporting evidence found<")));
	}

	@Test
	void intrathecalIsDescribedAsSpinalFluidAndCarriesTheBoxedWarning() throws Exception {
		this.mvc.perform(get("/dosing/intrathecal"))
			.andExpect(content().string(containsString("cerebrospinal fluid")))
			.andExpect(content().string(containsString("Boxed warning")));
	}

	@Test
	void unknownIndicationIsAFriendly404() throws Exception {
		this.mvc.perform(get("/indications/no-such-use").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error/404"))
			.andExpect(content().string(containsString("We could not find that page")))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void unknownPathIsAFriendly404() throws Exception {
		this.mvc.perform(get("/no/such/page").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
	}

	@Test
	void searchEscapesWhatTheVisitorTyped() throws Exception {
		this.mvc.perform(get("/search").param("q", "<script>alert(1)</script>"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
	}

	@Test
	void searchHighlightsMatchesAndGroupsByKind() throws Exception {
		this.mvc.perform(get("/search").param("q", "oxycodone"))
			.andExpect(content().string(containsString("<mark>oxycodone</mark>")))
			.andExpect(content().string(containsString("id=\"results-interaction\"")));
	}

	@Test
	void searchExplainsAQueryThatIsTooShort() throws Exception {
		this.mvc.perform(get("/search").param("q", " a "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Type at least 2 characters to search.")));
	}

	@Test
	void searchWithoutQueryShowsTheForm() throws Exception {
		this.mvc.perform(get("/search"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"search-q\"")))
			.andExpect(content().string(not(containsString("results for"))));
	}

	@Test
	void onlyHealthAndInfoAreExposed() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"db\":{\"status\":\"UP\"}")));
		this.mvc.perform(get("/actuator/info")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/env"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
		this.mvc.perform(get("/actuator/beans").with(user("admin").roles("ADMIN"))).andExpect(status().isForbidden());
	}

	@Test
	void stylesheetIsServedWithAVersionedAddress() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(content()
				.string(org.hamcrest.Matchers.matchesPattern("(?s).*href=\"/assets/css/app-[0-9a-f]{32}\\.css\".*")));
	}

}
