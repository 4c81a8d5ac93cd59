package org.baclofen.reference.dosing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.baclofen.reference.ReferenceAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The Cockcroft–Gault calculator on the renal page: formula and units shown, the estimate
 * computed on the server (so it works without JavaScript), the matching dose band marked,
 * and every input bounded.
 */
@ReferenceAppTest
class RenalCalculatorTest {

	@Autowired
	private MockMvc mvc;

	private static MockHttpServletRequestBuilder estimate(String age, String weight, String creatinine, String unit,
			String sex) {
		return post("/dosing/renal").with(csrf())
			.param("ageYears", age)
			.param("weightKg", weight)
			.param("serumCreatinine", creatinine)
			.param("creatinineUnit", unit)
			.param("sex", sex);
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/**
	 * The calculator stores nothing, so it needs no CSRF token, and the renal page stays
	 * shareable and cached.
	 */
	@Test
	void theCalculatorNeedsNoTokenSoTheRenalPageCarriesNone() throws Exception {
		assertThat(html(get("/dosing/renal"))).doesNotContain("_csrf");
		assertThat(html(post("/dosing/renal").param("ageYears", "60")
			.param("weightKg", "72")
			.param("serumCreatinine", "1")
			.param("creatinineUnit", "MG_PER_DL")
			.param("sex", "MALE"))).contains("calculator__result");
	}

	@Test
	void theRenalPageShowsTheFormulaWithUnitsAndLinksToThePlanner() throws Exception {
		String html = html(get("/dosing/renal"));
		assertThat(html).contains("<h2 id=\"calculator\">Estimate creatinine clearance (Cockcroft–Gault)</h2>",
				"CrCl = [(140 − age) × weight] ÷ (72 × serum creatinine)", "× 0.85 if female", "mL/min",
				"kg (actual body weight)", "divided by 88.4", "method=\"post\"", "href=\"/titration/plan\"");
		assertThat(html).doesNotContain("calculator__result");
	}

	@Test
	void aWomanOfSixtyAtSeventyKilogramsAndOnePointFiveMgPerDlHasAboutFortyFourMlPerMin() throws Exception {
		String html = html(estimate("60", "70", "1.5", "MG_PER_DL", "FEMALE"));
		assertThat(html).contains("Estimated creatinine clearance: 44.1 mL/min",
				"a reduction of about 50% of the dose the patient would otherwise take",
				"and a ceiling of 40 mg/day (that reduction applied to the 80 mg/day maximum)", "class=\"row--match\"");
		// What was typed is kept in the form.
		assertThat(html).contains("value=\"60\"", "value=\"70\"", "value=\"1.5\"");
	}

	@Test
	void belowFifteenTheDialysisAndKidneyFailureRowIsHighlighted() throws Exception {
		String html = html(estimate("80", "50", "5", "MG_PER_DL", "FEMALE"));
		assertThat(html).contains("Estimated creatinine clearance: 7.1 mL/min",
				"the dialysis and kidney-failure row, highlighted in the table below", "a ceiling of about 5 mg/day");
	}

	@Test
	void micromolesPerLitreAreConvertedFirst() throws Exception {
		assertThat(html(estimate("60", "70", "132.6", "UMOL_PER_L", "MALE")))
			.contains("Estimated creatinine clearance: 51.9 mL/min", "about 33%");
	}

	@Test
	void ageIsBoundedToAdults() throws Exception {
		assertThat(html(estimate("17", "70", "1", "MG_PER_DL", "MALE")))
			.contains("The Cockcroft–Gault estimate applies to adults (18 and over)")
			.doesNotContain("Estimated creatinine clearance");
		assertThat(html(estimate("18", "70", "1", "MG_PER_DL", "MALE")))
			.contains("Estimated creatinine clearance: 118.6 mL/min");
	}

	@Test
	void creatinineIsBoundedInItsUnitSoAWrongUnitIsCaught() throws Exception {
		String outOfRange = "Enter a serum creatinine from 0.1 to 20 mg/dL";
		assertThat(html(estimate("60", "70", "132", "MG_PER_DL", "MALE"))).contains(outOfRange);
		assertThat(html(estimate("60", "70", "20", "MG_PER_DL", "MALE"))).doesNotContain(outOfRange);
		assertThat(html(estimate("60", "70", "8.8", "UMOL_PER_L", "MALE"))).contains(outOfRange);
		assertThat(html(estimate("60", "70", "9", "UMOL_PER_L", "MALE"))).doesNotContain(outOfRange);
	}

	@Test
	void overlongNumbersAreRefusedBeforeParsing() throws Exception {
		String twelve = "000000000070";
		assertThat(html(estimate("60", twelve, "1", "MG_PER_DL", "MALE"))).contains("Estimated creatinine clearance");
		assertThat(html(estimate("60", "7".repeat(100_000), "1", "MG_PER_DL", "MALE")))
			.contains("Enter a number, such as 45 or 12.5")
			.doesNotContain("7777777777777");
	}

	@Test
	void missingChoicesAreReportedNextToTheirFields() throws Exception {
		String html = html(post("/dosing/renal").with(csrf()).param("ageYears", "60"));
		assertThat(html).contains("The Cockcroft–Gault estimate needs the weight", "Enter the serum creatinine",
				"Choose the sex the Cockcroft–Gault equation uses");
	}

}
