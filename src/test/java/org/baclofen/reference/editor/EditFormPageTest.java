package org.baclofen.reference.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;

import org.baclofen.reference.ReferenceAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The edit form as an editor sees it: clinical text first, the address folded under
 * "Advanced", and a failed save answered at the top.
 */
@ReferenceAppTest
@Transactional
class EditFormPageTest {

	private static final String MARKUP_REFUSED = "Remove the HTML: this field takes plain text";

	@Autowired
	private MockMvc mvc;

	@Test
	void theFormOpensWithTheClinicalTextAndFoldsThePageAddress() throws Exception {
		String html = this.mvc.perform(get("/admin/interactions/new").with(user("editor1").roles("EDITOR")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("<details class=\"advanced\">", "<summary>Advanced: the page address</summary>");
		assertThat(html.indexOf("name=\"interactant\"")).isPositive().isLessThan(html.indexOf("name=\"slug\""));
		assertThat(html).contains("<label for=\"changeReason\">Why you are making this change</label>");
		assertThat(html).doesNotContain("error-summary");
	}

	@Test
	void aFailedSaveSaysWhatIsWrongAtTheTopLinkingToEachFieldWithFocusThere() throws Exception {
		String html = this.mvc
			.perform(AdminFormPost.asEditor("/admin/interactions", Map.of(), "slug", "Not A Slug!", "effect",
					"Adds <b>sedation</b>."))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html)
			.containsPattern("<h2 id=\"error-summary-heading\">There are \\d+ problems: fix them below</h2>");
		assertThat(html).contains("<div class=\"error-summary\" id=\"error-summary\" tabindex=\"-1\" autofocus",
				"<a href=\"#slug\">", "<a href=\"#interactant\">", "<a href=\"#effect\">" + MARKUP_REFUSED,
				"<details class=\"advanced\" open=\"open\">");
		assertThat(html.indexOf("error-summary")).isLessThan(html.indexOf("name=\"interactant\""));
	}

	@Test
	void reviewersSeeHowManyDraftsWaitOnEveryPageEditorsDoNot() throws Exception {
		String reviewer = this.mvc.perform(get("/interactions").with(user("reviewer1").roles("REVIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(reviewer)
			.containsPattern("<a href=\"/admin/review\">(No drafts waiting|1 draft waiting|\\d+ drafts waiting)</a>");
		String editor = this.mvc.perform(get("/interactions").with(user("editor1").roles("EDITOR")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(editor).doesNotContain("href=\"/admin/review\"").doesNotContain("Sign in (editors");
	}

}
