package org.baclofen.reference.titration;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import org.baclofen.reference.ReferenceAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

/**
 * The intrathecal dose check as a page and as an API, against the stored content.
 */
@ReferenceAppTest
class IntrathecalCheckApiTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private EntityManager entityManager;

	private ResultActions check(String json) throws Exception {
		return this.mvc.perform(post("/api/intrathecal/check").contentType(MediaType.APPLICATION_JSON).content(json));
	}

	@Test
	void aChangeWithinTheLimitAndRangeIsSaidSo() throws Exception {
		check("""
				{"origin": "SPINAL", "ageGroup": "ADULT", "phase": "POST_IMPLANT", "currentMcgPerDay": 400, "proposedMcgPerDay": 520}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.changePercent").value(30))
			.andExpect(jsonPath("$.direction").value("INCREASE"))
			.andExpect(jsonPath("$.withinLimit").value(true))
			.andExpect(jsonPath("$.limit.maxChangePercent").value(30))
			.andExpect(jsonPath("$.limit.perInterval").value("per 24 h"))
			.andExpect(jsonPath("$.outsideRange").value(false))
			.andExpect(jsonPath("$.rangeStatus").value("WITHIN_TYPICAL"))
			.andExpect(jsonPath("$.limitedExperience").doesNotExist())
			.andExpect(jsonPath("$.screeningDoses", hasSize(3)))
			.andExpect(jsonPath("$.screeningDoses[0].doseMcg").value(50))
			.andExpect(jsonPath("$.screeningDoses[2].doseMcg").value(100))
			.andExpect(jsonPath("$.screeningDoses[0].note", containsString("25 mcg")));
	}

	@Test
	void aChangeTooLargeAndADoseAboveAThousandAreFlagged() throws Exception {
		check("""
				{"origin": "CEREBRAL", "ageGroup": "ADULT", "phase": "POST_IMPLANT", "currentMcgPerDay": 900, "proposedMcgPerDay": 1100}""")
			.andExpect(jsonPath("$.withinLimit").value(false))
			.andExpect(jsonPath("$.changeStatus").value("ABOVE_LIMIT"))
			.andExpect(jsonPath("$.changeMessage",
					startsWith("An increase of 22.2% (900 to 1100 mcg/day) is more than the 5–15% per 24 h")))
			.andExpect(jsonPath("$.outsideRange").value(true))
			.andExpect(jsonPath("$.range.observedMaxMcgPerDay").value(1400))
			.andExpect(
					jsonPath("$.limitedExperience", startsWith("Limited experience: the Lioresal Intrathecal label")));
	}

	@Test
	void badInputIsAnsweredInTheApiErrorShape() throws Exception {
		check("""
				{"origin": "SPINAL", "ageGroup": "ADULT", "phase": "MAINTENANCE", "currentMcgPerDay": 0, "proposedMcgPerDay": 100}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("currentMcgPerDay"))
			.andExpect(jsonPath("$.errors[0].message").value("Enter a daily dose above 0 and up to 5000 mcg."));
		check("""
				{"origin": "SIDEWAYS", "ageGroup": "ADULT", "phase": "MAINTENANCE", "currentMcgPerDay": 10, "proposedMcgPerDay": 100}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("origin"));
		check("{}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors", hasSize(5)));
		check("{not json").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("body"));
	}

	@Test
	@Transactional
	void anEditToTheStoredLimitChangesTheCheck() throws Exception {
		String thirtyPercent = """
				{"origin": "SPINAL", "ageGroup": "ADULT", "phase": "POST_IMPLANT", "currentMcgPerDay": 400, "proposedMcgPerDay": 520}""";
		check(thirtyPercent).andExpect(jsonPath("$.withinLimit").value(true));
		this.jdbc
			.sql("update intrathecal_titration_limit set max_change_percent = 25 where origin = "
					+ "'SPINAL' and phase = 'POST_IMPLANT'")
			.update();
		this.jdbc
			.sql("update intrathecal_maintenance_range set limited_experience_above_mcg_per_day = 500 "
					+ "where origin = 'SPINAL'")
			.update();
		this.entityManager.clear();
		check(thirtyPercent).andExpect(jsonPath("$.withinLimit").value(false))
			.andExpect(jsonPath("$.limitedExperience").exists());
	}

	@Test
	void thePageChecksAChangeAndShowsTheScreeningDoses() throws Exception {
		this.mvc.perform(get("/titration/intrathecal"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Check an intrathecal dose change</h1>")))
			.andExpect(content().string(containsString("Bolus 1: 50 mcg")))
			.andExpect(content().string(containsString("Bolus 3: 100 mcg")))
			.andExpect(content().string(not(containsString("field__error"))));
		this.mvc
			.perform(get("/titration/intrathecal").param("origin", "SPINAL")
				.param("ageGroup", "ADULT")
				.param("phase", "MAINTENANCE")
				.param("currentMcgPerDay", "900")
				.param("proposedMcgPerDay", "1050"))
			.andExpect(content().string(containsString("Result: review before changing the dose")))
			.andExpect(
					content().string(containsString("<p class=\"verdict verdict--ok\">Within the titration limit</p>")))
			.andExpect(content().string(
					containsString("<p class=\"verdict verdict--caution\">Outside the typical maintenance range</p>")))
			.andExpect(content().string(containsString("Limited experience: the Lioresal Intrathecal label")));
		this.mvc
			.perform(get("/titration/intrathecal").param("origin", "SPINAL")
				.param("ageGroup", "ADULT")
				.param("phase", "MAINTENANCE")
				.param("currentMcgPerDay", "lots")
				.param("proposedMcgPerDay", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"lots\"")))
			.andExpect(content().string(containsString("Enter the daily dose in mcg")))
			.andExpect(content().string(not(containsString("Result:"))));
	}

	@Test
	void theIntrathecalDosingPageLinksToTheCheck() throws Exception {
		this.mvc.perform(get("/dosing/intrathecal"))
			.andExpect(content().string(containsString("href=\"/titration/intrathecal\"")));
	}

}
