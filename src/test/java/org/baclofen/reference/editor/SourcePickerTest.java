package org.baclofen.reference.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.baclofen.reference.ReferenceAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The source picker works without JavaScript: the ticked sources are named in a summary
 * and listed first, then every other source; the filter box is only offered to browsers
 * that run the script.
 */
@ReferenceAppTest
class SourcePickerTest {

	private static final Pattern CHECKBOX = Pattern.compile("<input type=\"checkbox\"[^>]*name=\"sourceIds\"[^>]*>");

	@Autowired
	private MockMvc mvc;

	@Test
	void tickedSourcesComeFirstAndAreSummarised() throws Exception {
		String page = this.mvc.perform(get("/admin/interactions/1").with(user("editor1").roles("EDITOR")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Boolean> ticked = new ArrayList<>();
		Matcher checkbox = CHECKBOX.matcher(page);
		while (checkbox.find()) {
			ticked.add(checkbox.group().contains("checked"));
		}
		int cited = (int) ticked.stream().filter(Boolean::booleanValue).count();
		assertThat(cited).isEqualTo(6);
		assertThat(ticked.subList(0, cited)).containsOnly(true);
		assertThat(ticked.subList(cited, ticked.size())).isNotEmpty().containsOnly(false);
		assertThat(page).contains("Cites 6 sources: S20, S22, S27, S60, S61, S62.")
			.contains("<p class=\"field sources-filter\" hidden>")
			.contains("src=\"/assets/js/source-filter");
	}

	@Test
	void aNewItemSaysNothingIsTickedYetAndListsEverySource() throws Exception {
		String page = this.mvc.perform(get("/admin/interactions/new").with(user("editor1").roles("EDITOR")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("No source is ticked yet.").doesNotContain("Ticked</p>");
		assertThat(CHECKBOX.matcher(page).results()).noneMatch((box) -> box.group().contains("checked"));
		assertThat(CHECKBOX.matcher(page).results().count()).isGreaterThan(60);
	}

}
