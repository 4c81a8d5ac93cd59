package org.baclofen.reference.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.baclofen.reference.ReferenceAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reference pages lead into the tools that act on what they say, and every page carries
 * the favicon, the search shortcut script and the compact menu.
 */
@ReferenceAppTest
class ToolLinksTest {

	@Autowired
	private MockMvc mvc;

	private String html(String path) throws Exception {
		return this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
	}

	@Test
	void anOralIndicationLinksToOralDosingAndAnIntrathecalOneToIntrathecalDosing() throws Exception {
		String oral = html("/indications/multiple-sclerosis-spasticity");
		assertThat(oral).contains("<h2 id=\"dosing\">Dosing</h2>");
		assertThat(oral).contains("href=\"/dosing/oral\">Oral dosing and titration</a>");
		assertThat(oral).doesNotContain("href=\"/dosing/intrathecal\">Intrathecal screening");
		String intrathecal = html("/indications/severe-spasticity-spinal-origin");
		assertThat(intrathecal)
			.contains("href=\"/dosing/intrathecal\">Intrathecal screening, titration and maintenance</a>")
			.doesNotContain("href=\"/dosing/oral\">Oral dosing and titration</a>");
	}

	@Test
	void interactionsLeadToTheMedicationCheck() throws Exception {
		assertThat(html("/interactions")).contains("<p class=\"tool-link\"><a href=\"/check\">");
	}

	@Test
	void discontinuationLeadsToTheTaperTool() throws Exception {
		assertThat(html("/dosing/discontinuation")).contains("<p class=\"tool-link\"><a href=\"/titration/taper\">");
	}

	@Test
	void everyPageLinksTheFaviconAndTheSearchShortcutAndHasACompactMenu() throws Exception {
		String html = html("/safety");
		assertThat(html)
			.containsPattern("<link rel=\"icon\" type=\"image/svg\\+xml\" href=\"/assets/favicon-[0-9a-f]+\\.svg\">")
			.containsPattern("<script src=\"/assets/js/search-shortcut-[0-9a-f]+\\.js\" defer></script>")
			.contains("<details class=\"site-menu\">", "<summary>Menu</summary>", "aria-keyshortcuts=\"/\"");
		this.mvc.perform(get("/assets/favicon.svg")).andExpect(status().isOk());
	}

	@Test
	void aClientAskingForFaviconIcoIsSentToTheIcon() throws Exception {
		this.mvc.perform(get("/favicon.ico"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/assets/favicon.svg"));
	}

}
