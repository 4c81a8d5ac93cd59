package org.baclofen.reference.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.baclofen.reference.ReferenceAppTest;
import org.baclofen.reference.editor.AdminFormPost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Numbers are bounded on their text before they are parsed or echoed: exponents,
 * hexadecimal and more digits than any field uses are field errors, on the public forms,
 * the JSON APIs and the admin forms, and no answer is much larger than the page itself (a
 * 1e999999999 used to print a billion digits).
 */
@ReferenceAppTest
class InputBoundsTest {

	/**
	 * The plan form with its errors is about 30 KB; the expanded numbers were megabytes.
	 */
	private static final int SMALL_PAGE = 100_000;

	private static final String DECIMAL_ERROR = "Enter a number, such as 45 or 12.5";

	@Autowired
	private MockMvc mvc;

	private MockHttpServletResponse posted(String path, String name, String value) throws Exception {
		return this.mvc.perform(post(path).param(name, value)).andReturn().getResponse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1e10000000", "1e999999999", "1e-10000000", "1E+3", "0x10", "Infinity", "NaN",
			"1234567890123", "1.1234567", "1,5" })
	void aDecimalThatIsNotPlainOrTooLongIsAFieldErrorOnASmallPage(String typed) throws Exception {
		MockHttpServletResponse plan = posted("/titration/plan", "crclMlPerMin", typed);
		assertThat(plan.getStatus()).isEqualTo(200);
		assertThat(plan.getContentAsString()).contains("id=\"crclMlPerMin-error\">" + DECIMAL_ERROR)
			.contains("value=\"" + typed + "\"")
			.doesNotContain("Baclofen dose schedule");
		assertThat(plan.getContentAsByteArray().length).isLessThan(SMALL_PAGE);
		MockHttpServletResponse taper = this.mvc
			.perform(get("/titration/taper").param("currentDoseMg", typed).param("timesPerDay", "3"))
			.andReturn()
			.getResponse();
		assertThat(taper.getContentAsString()).contains("id=\"currentDoseMg-error\">" + DECIMAL_ERROR);
		assertThat(taper.getContentAsByteArray().length).isLessThan(SMALL_PAGE);
	}

	@Test
	void theBoundsThemselvesAreAccepted() throws Exception {
		// 12 digits before the point and 6 after parse; the field's own range then
		// speaks.
		this.mvc.perform(post("/titration/plan").param("crclMlPerMin", "123456789012"))
			.andExpect(content().string(containsString("Enter a CrCl (or an eGFR used in its place) from 0 to 250")));
		this.mvc.perform(post("/titration/plan").param("crclMlPerMin", "45.000000").param("start", "2026-12-01"))
			.andExpect(content().string(containsString("Baclofen dose schedule")));
		this.mvc.perform(post("/titration/plan").param("crclMlPerMin", ".5").param("start", "2026-12-01"))
			.andExpect(content().string(not(containsString(DECIMAL_ERROR))));
	}

	@Test
	void wholeNumbersAreDecimalDigitsOnly() throws Exception {
		for (String typed : new String[] { "0x10", "#10", "1e1", "010x", "1234567890" }) {
			this.mvc.perform(post("/titration/plan").param("ageYears", typed))
				.andExpect(content().string(containsString("id=\"ageYears-error\">Enter a whole number<")));
		}
		this.mvc.perform(post("/titration/plan").param("ageYears", "0121"))
			.andExpect(content().string(containsString("Enter an age in whole years, from 0 to 120")));
	}

	@Test
	void theCheckFormBoundsEveryStep() throws Exception {
		this.mvc
			.perform(post("/titration/check").with(csrf())
				.param("steps[0].days", "3")
				.param("steps[0].doseMg", "1e999999999")
				.param("steps[0].timesPerDay", "0x3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"steps0.doseMg-error\">" + DECIMAL_ERROR)))
			.andExpect(content().string(containsString("id=\"steps0.timesPerDay-error\">Enter a whole number<")));
	}

	@Test
	void theJsonApisRefuseExponentsAndLongNumbersNamingTheField() throws Exception {
		this.mvc.perform(get("/api/titration/plan").param("crclMlPerMin", "1e999999999"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("crclMlPerMin"));
		for (String number : new String[] { "1e999999999", "1e-10000000", "1.5E2", "12345678901234567890" }) {
			MockHttpServletResponse response = this.mvc
				.perform(post("/api/titration/check").contentType(MediaType.APPLICATION_JSON)
					.content("{\"steps\": [{\"days\": 3, \"doseMg\": " + number + ", \"timesPerDay\": 3}]}"))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as(number).isEqualTo(400);
			assertThat(response.getContentAsString()).as(number).contains("steps[0].doseMg").doesNotContain("000000");
		}
		// A number longer than any field could use is refused while reading, before
		// anything is built from it.
		this.mvc
			.perform(post("/api/titration/check").contentType(MediaType.APPLICATION_JSON)
				.content("{\"crclMlPerMin\": 1" + ("0".repeat(5000)) + ", \"steps\": []}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	@Transactional
	void theAdminFormsRefuseThemToo() throws Exception {
		Map<String, String> valid = Map.of("crclMinMlPerMin", "50", "crclMaxMlPerMin", "80", "doseReductionPercent",
				"25", "advice", "Test advice for the band.", "sourceKind", "PUBLISHED_STUDY", "sourceIds", "20");
		MockHttpServletResponse response = this.mvc
			.perform(AdminFormPost.asEditor("/admin/renal-bands", valid, "crclMinMlPerMin", "1e999999999",
					"doseReductionPercent", "0x19", "reviewed", "true"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("id=\"crclMinMlPerMin-error\">" + DECIMAL_ERROR)
			.contains("id=\"doseReductionPercent-error\">" + DECIMAL_ERROR);
		assertThat(response.getContentAsByteArray().length).isLessThan(SMALL_PAGE);
	}

}
