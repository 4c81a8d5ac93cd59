package org.baclofen.reference.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.baclofen.reference.ReferenceAppTest;
import org.baclofen.reference.editor.AdminFormPost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Form input the pages cannot use is answered on the page, next to its field, or as a
 * friendly 400 when the form itself was tampered with; never a 500 or a stack trace in
 * the log.
 */
@ReferenceAppTest
@ExtendWith(OutputCaptureExtension.class)
class FormInputTest {

	private static final String CONTROL_ERROR = "Remove the control characters (such as NUL) from this text";

	private static final Map<String, String> INTERACTION = Map.of("slug", "test-interaction", "interactant",
			"Test drug", "interactantKind", "DRUG", "effect", "An effect.", "management", "Some management.",
			"severity", "MODERATE", "sortOrder", "100", "sourceIds", "20", "reviewed", "true");

	@Autowired
	private MockMvc mvc;

	@Test
	void controlCharactersInTheScreeningFormAreAFieldError() throws Exception {
		this.mvc.perform(post("/check").with(csrf()).param("medications", "oxycodone\nmor\u0000phine"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<li>" + CONTROL_ERROR + "</li>")));
		this.mvc.perform(post("/check").with(csrf()).param("medications", "oxycodone\r\n\tmorphine"))
			.andExpect(content().string(not(containsString(CONTROL_ERROR))));
	}

	@Test
	void controlCharactersInAQueryParameterAreABadRequest() throws Exception {
		this.mvc.perform(get("/search").param("q", "oxy\u0000codone")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/search").param("q", "oxycodone")).andExpect(status().isOk());
	}

	@Test
	@Transactional
	void controlCharactersInAnAdminFormAreAFieldError() throws Exception {
		this.mvc
			.perform(AdminFormPost.asEditor("/admin/interactions", INTERACTION, "effect", "An\u0000 effect.",
					"interactant", "Bell\u0007"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"effect-error\">" + CONTROL_ERROR)))
			.andExpect(content().string(containsString("id=\"interactant-error\">" + CONTROL_ERROR)));
	}

	@Test
	@Transactional
	void aTooLongBrandNameIsReportedOnTheBrandField() throws Exception {
		String html = this.mvc
			.perform(AdminFormPost.asEditor("/admin/interactions", INTERACTION, "brandNames", "B".repeat(121)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"brandNames-error\">A drug name is at most 120 characters")
			.doesNotContain("id=\"genericNames-error\"");
	}

	@Test
	@Transactional
	void aFieldSentTwiceTakesTheFirstValueNeverBoth() throws Exception {
		String html = this.mvc
			.perform(AdminFormPost.asEditor("/admin/interactions", INTERACTION, "slug", "Not A Slug")
				.param("interactant", "Second drug"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("value=\"Test drug\"").doesNotContain("Test drug,Second drug");
		this.mvc.perform(post("/titration/plan").param("ageYears", "70").param("ageYears", "0x10"))
			.andExpect(content().string(containsString("value=\"70\"")));
	}

	@Test
	void anUnknownCreatinineUnitIsAFieldError() throws Exception {
		this.mvc
			.perform(post("/titration/plan").param("ageYears", "70")
				.param("weightKg", "70")
				.param("serumCreatinine", "1")
				.param("sex", "MALE")
				.param("creatinineUnit", "GRAINS"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Choose mg/dL or µmol/L<")))
			.andExpect(content().string(not(containsString("Baclofen dose schedule"))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "steps[1000].days", "steps[-1].days", "steps[abc].days", "steps[99999999999].days" })
	void aMalformedRowIndexIsAFriendly400AndOneLogLine(String field, CapturedOutput output) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(post("/titration/check").with(csrf()).param("steps[0].days", "3").param(field, "3"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("Something went wrong").contains("status 400");
		assertThat(output.getOut()).contains("Refused a request with a form field the page does not have")
			.doesNotContain("\tat org.springframework");
	}

	@Test
	void rowsBeyondTheFormsLimitButWithinTheBoundAreAFieldError() throws Exception {
		this.mvc.perform(post("/titration/check").with(csrf()).param("steps[0].days", "3").param("steps[99].days", "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A plan can have at most 60 steps")));
	}

}
