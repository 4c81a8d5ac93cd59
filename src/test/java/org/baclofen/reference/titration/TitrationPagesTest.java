package org.baclofen.reference.titration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.baclofen.reference.ReferenceAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@ReferenceAppTest
class TitrationPagesTest {

	@Autowired
	private MockMvc mvc;

	private static MockHttpServletRequestBuilder checkPost() {
		return post("/titration/check").with(SecurityMockMvcRequestPostProcessors.csrf());
	}

	@Test
	void theFirstVisitShowsTheLabelScheduleFromToday() throws Exception {
		this.mvc.perform(get("/titration/plan"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Building up to 60 mg a day")))
			.andExpect(content().string(containsString("20 mg, 3 times a day")));
	}

	@Test
	void aDatedPlanShowsDatesTabletsAndDownloads() throws Exception {
		this.mvc.perform(get("/titration/plan").param("start", "2026-12-01").param("targetDailyMg", "80"))
			.andExpect(content().string(containsString("<time datetime=\"2026-12-01\">Tue 1 Dec 2026</time>")))
			.andExpect(content().string(containsString("1 × 10 mg tablet + 1 × 5 mg tablet")))
			.andExpect(content().string(containsString("20 mg, 4 times a day")))
			.andExpect(content().string(containsString(
					"<form class=\"no-print downloads\" method=\"get\" action=\"/titration/plan.csv\">")))
			.andExpect(content().string(containsString("<input type=\"hidden\" name=\"targetDailyMg\" value=\"80\">")))
			.andExpect(
					content().string(containsString("href=\"/titration/plan?start=2026-12-01&amp;targetDailyMg=80\"")))
			.andExpect(content().string(containsString("Do not stop baclofen suddenly")));
	}

	@Test
	void aRenalPlanNamesItsBandAndSource() throws Exception {
		this.mvc
			.perform(post("/titration/plan").param("start", "2026-12-01")
				.param("ageYears", "80")
				.param("weightKg", "60")
				.param("serumCreatinine", "1.5")
				.param("sex", "FEMALE"))
			.andExpect(content().string(containsString("Target reduced from 60 to 20 mg/day for a CrCl of 28.3 mL/min "
					+ "(reduction about 67% of the dose the patient would otherwise take; ceiling 26.67 mg/day, that "
					+ "reduction applied to the 80 mg/day maximum)")))
			.andExpect(content().string(containsString("(S23, S69), not from the US labels")))
			.andExpect(content().string(not(containsString("Building up to"))));
	}

	@Test
	void aRenalPlanWithALiquidShowsMillilitresAndTheReducedTarget() throws Exception {
		this.mvc.perform(
				post("/titration/plan").param("start", "2026-12-01").param("crclMlPerMin", "20").param("product", "4"))
			.andExpect(content().string(containsString("Target reduced from 60 to 20 mg/day for a CrCl of 20 mL/min")))
			.andExpect(content()
				.string(containsString("Doses are given as Ozobax (baclofen oral solution), 5 mg/5 mL (1 mg/mL).")))
			.andExpect(content().string(containsString("\">2.5 mL</td>")))
			.andExpect(content().string(not(containsString("½ × 5 mg"))));
		this.mvc
			.perform(post("/titration/plan.csv").param("start", "2026-12-01")
				.param("crclMlPerMin", "20")
				.param("product", "4"))
			.andExpect(content().string(containsString("1,2026-12-01,2026-12-03,1,3,2.5,2,twice a day,5,\"2.5 mL\"")));
		this.mvc
			.perform(post("/titration/plan.ics").param("start", "2026-12-01")
				.param("crclMlPerMin", "20")
				.param("product", "4"))
			.andExpect(content()
				.string(containsString("DESCRIPTION:Each dose: 2.5 mg = 2.5 mL\\, twice a day. Daily total 5 mg.")));
	}

	@Test
	void aRenalPlanSaysWhyAStepIsHeldAndWhereTheTabletsFallShort() throws Exception {
		this.mvc
			.perform(post("/titration/plan").param("start", "2026-12-01")
				.param("targetDailyMg", "80")
				.param("crclMlPerMin", "20"))
			.andExpect(content().string(containsString("Target reduced from 80 to 20 mg/day for a CrCl of 20 mL/min")))
			.andExpect(content().string(containsString("The kidney row allows up to 26.67 mg/day; Baclofen "
					+ "tablets (generic) reaches 20 mg/day without going over it.")))
			.andExpect(content()
				.string(containsString("Step 4 lasts 6 days: at the reduced doses the product cannot give more")));
	}

	@Test
	void onDialysisThePlanSaysSoAndStaysAtTheBandsMaximum() throws Exception {
		this.mvc.perform(post("/titration/plan").param("start", "2026-12-01").param("dialysis", "true"))
			.andExpect(content()
				.string(containsString("Target reduced from 60 to 5 mg/day for a patient on dialysis or "
						+ "with recorded kidney failure (ceiling about 5 mg/day; use only if the benefit outweighs")))
			.andExpect(content().string(containsString("(S20, S47, S64, S69)")));
		// Kidney failure without dialysis takes the same row, never the lowest band's
		// reduction.
		for (String crcl : new String[] { "5", "12", "14.9" }) {
			this.mvc.perform(post("/titration/plan").param("start", "2026-12-01").param("crclMlPerMin", crcl))
				.andExpect(content().string(containsString("Target reduced from 60 to 5 mg/day for a CrCl of " + crcl
						+ " mL/min, which is kidney failure (ceiling "
						+ "about 5 mg/day; use only if the benefit outweighs the risk")));
		}
		this.mvc.perform(post("/titration/plan").param("start", "2026-12-01").param("crclMlPerMin", "15"))
			.andExpect(content().string(containsString("for a CrCl of 15 mL/min (reduction about 67%")));
	}

	@Test
	void invalidInputIsAnsweredNextToTheFieldKeepingWhatWasTyped() throws Exception {
		this.mvc
			.perform(post("/titration/plan").param("start", "soon")
				.param("targetDailyMg", "lots")
				.param("crclMlPerMin", "-5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a date as YYYY-MM-DD")))
			.andExpect(content().string(containsString("Enter a number, such as 45 or 12.5")))
			.andExpect(content()
				.string(containsString("Enter a CrCl (or an eGFR used in its place) from 0 to 250 mL/min")))
			.andExpect(content().string(containsString("value=\"lots\"")))
			.andExpect(content().string(not(containsString("Baclofen dose schedule"))));
	}

	@Test
	void aTargetAboveTheMaximumIsRefusedOnTheForm() throws Exception {
		this.mvc.perform(get("/titration/plan").param("targetDailyMg", "120"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("above the US label maximum of 80 mg/day")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
	}

	@Test
	void anImplausibleStartDateIsAFieldErrorEverywhere() throws Exception {
		this.mvc.perform(get("/titration/plan").param("start", "9999-12-31"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"start-error\">Choose a start date between")));
		this.mvc.perform(get("/titration/plan.ics").param("start", "9999-12-31")).andExpect(status().isSeeOther());
		this.mvc
			.perform(get("/titration/taper.ics").param("start", "9999-12-31")
				.param("currentDoseMg", "20")
				.param("timesPerDay", "3"))
			.andExpect(status().isSeeOther());
	}

	@Test
	void partialCockcroftGaultInputsAreExplained() throws Exception {
		this.mvc.perform(post("/titration/plan").param("serumCreatinine", "1.2"))
			.andExpect(content().string(containsString("The Cockcroft–Gault estimate needs the age")))
			.andExpect(content().string(containsString("The Cockcroft–Gault estimate needs the weight")))
			.andExpect(content().string(containsString("Choose the sex the Cockcroft–Gault equation uses")));
		this.mvc
			.perform(post("/titration/plan").param("serumCreatinine", "2000")
				.param("creatinineUnit", "UMOL_PER_L")
				.param("ageYears", "70")
				.param("weightKg", "70")
				.param("sex", "MALE"))
			.andExpect(content().string(containsString("Enter a serum creatinine from 0.1 to 20 mg/dL")));
	}

	@Test
	void plansDownloadAsCsvAndCalendar() throws Exception {
		this.mvc.perform(get("/titration/plan.csv").param("start", "2026-12-01"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", containsString("baclofen-plan.csv")))
			.andExpect(content()
				.string(containsString("4,2026-12-10,2026-12-12,10,12,20,3,3 times a day,60,\"1 × 20 mg tablet\"")));
		this.mvc.perform(get("/titration/plan.ics").param("start", "2026-12-01"))
			.andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
			.andExpect(
					content().string(containsString("DTSTART;VALUE=DATE:20261210\r\nDTEND;VALUE=DATE:20261213\r\n")));
	}

	/**
	 * Spreadsheet programs read a CSV as UTF-8 only when it starts with a byte order
	 * mark.
	 */
	@Test
	void theCsvStartsWithAByteOrderMarkSoHalvesAndTimesSignsOpenCleanly() throws Exception {
		byte[] csv = this.mvc.perform(get("/titration/plan.csv").param("start", "2026-12-01"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] tablets = this.mvc
			.perform(get("/titration/taper.csv").param("start", "2026-12-01")
				.param("currentDoseMg", "2.5")
				.param("timesPerDay", "3"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		for (byte[] file : new byte[][] { csv, tablets }) {
			assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
			assertThat(new String(file, 3, 4, StandardCharsets.UTF_8)).isEqualTo("step");
		}
		assertThat(new String(tablets, StandardCharsets.UTF_8)).contains("\"1 × 5 mg tablet\"");
		byte[] calendar = this.mvc.perform(get("/titration/plan.ics").param("start", "2026-12-01"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(calendar, 0, 15, StandardCharsets.US_ASCII)).isEqualTo("BEGIN:VCALENDAR");
	}

	@Test
	void anInvalidDownloadGoesBackToTheForm() throws Exception {
		this.mvc.perform(get("/titration/plan.csv").param("targetDailyMg", "500"))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/titration/plan?targetDailyMg=500"));
	}

	@Test
	void theTaperFormStartsEmptyAndPlansATaper() throws Exception {
		this.mvc.perform(get("/titration/taper"))
			.andExpect(content().string(not(containsString("field__error"))))
			.andExpect(content().string(not(containsString("Baclofen taper schedule"))));
		this.mvc
			.perform(get("/titration/taper").param("start", "2026-12-01")
				.param("currentDoseMg", "20")
				.param("timesPerDay", "3"))
			.andExpect(content().string(containsString("Reducing from 60 mg a day to none")))
			.andExpect(content().string(containsString(">Stop<")));
		this.mvc.perform(
				get("/titration/taper").param("currentDoseMg", "20").param("timesPerDay", "3").param("taperDays", "7"))
			.andExpect(content().string(containsString("at least 14 days")));
		this.mvc
			.perform(get("/titration/taper.ics").param("start", "2026-12-01")
				.param("currentDoseMg", "20")
				.param("timesPerDay", "3"))
			.andExpect(content().string(containsString("SUMMARY:Baclofen: stop (step 5)")));
		this.mvc
			.perform(get("/titration/taper.csv").param("start", "2026-12-01")
				.param("currentDoseMg", "20")
				.param("timesPerDay", "3"))
			.andExpect(header().string("Content-Disposition", containsString("baclofen-taper.csv")))
			.andExpect(content().string(containsString("5,2026-12-19,2026-12-19,19,19,0,0,stop,0,\"\"")));
	}

	@Test
	void theTaperWarnsWhenTheCurrentDoseIsAboveTheMaximumAndTapersLowDosesWithALiquid() throws Exception {
		this.mvc
			.perform(get("/titration/taper").param("start", "2026-12-01")
				.param("currentDoseMg", "30")
				.param("timesPerDay", "4"))
			.andExpect(content()
				.string(containsString("The current dose, 120 mg/day, is above the US label maximum of 80 mg/day")));
		this.mvc
			.perform(get("/titration/taper").param("start", "2026-12-01")
				.param("currentDoseMg", "20")
				.param("timesPerDay", "4"))
			.andExpect(content().string(not(containsString("is above the US label maximum"))));
		this.mvc
			.perform(get("/titration/taper").param("start", "2026-12-01")
				.param("currentDoseMg", "2.5")
				.param("timesPerDay", "3")
				.param("product", "4"))
			.andExpect(content().string(containsString("2.5 mg, twice a day")))
			.andExpect(content().string(containsString("2.5 mg, once a day")))
			.andExpect(content().string(containsString("\">2.5 mL</td>")));
		this.mvc
			.perform(get("/titration/taper").param("start", "2026-12-01")
				.param("currentDoseMg", "5")
				.param("timesPerDay", "1"))
			.andExpect(content().string(containsString("Choose an oral liquid")));
	}

	@Test
	void theCheckFormAddsAndRemovesRowsWithoutJavaScript() throws Exception {
		this.mvc
			.perform(checkPost().param("addRow", "true")
				.param("steps[0].days", "3")
				.param("steps[0].doseMg", "5")
				.param("steps[0].timesPerDay", "3"))
			.andExpect(content().string(containsString("name=\"steps[1].days\"")))
			.andExpect(content().string(containsString("value=\"5\"")))
			.andExpect(content().string(not(containsString("field__error"))));
		this.mvc
			.perform(checkPost().param("removeRow", "0")
				.param("steps[0].days", "3")
				.param("steps[0].doseMg", "5")
				.param("steps[0].timesPerDay", "3")
				.param("steps[1].days", "4")
				.param("steps[1].doseMg", "10")
				.param("steps[1].timesPerDay", "3"))
			.andExpect(content().string(containsString("value=\"4\"")))
			.andExpect(content().string(not(containsString("name=\"steps[1].days\""))));
	}

	@Test
	void theCheckShowsEachFindingNextToItsStepAndTheVerdict() throws Exception {
		this.mvc
			.perform(checkPost().param("steps[0].days", "3")
				.param("steps[0].doseMg", "2.5")
				.param("steps[0].timesPerDay", "3")
				.param("steps[1].days", "3")
				.param("steps[1].doseMg", "15")
				.param("steps[1].timesPerDay", "3")
				.param("crclMlPerMin", "45"))
			.andExpect(content().string(containsString("Verdict: CAUTION")))
			.andExpect(content().string(containsString("Caution · STEP_SIZE")))
			.andExpect(content().string(containsString("Caution · RENAL")))
			.andExpect(content().string(containsString("No findings")));
	}

	@Test
	void badRowsGetFieldErrorsNotAnErrorPage() throws Exception {
		this.mvc
			.perform(checkPost().param("steps[0].days", "x")
				.param("steps[0].doseMg", "-1")
				.param("steps[0].timesPerDay", "99"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a whole number")))
			.andExpect(content().string(containsString("Enter a dose from 0 to 200 mg per administration")))
			.andExpect(content().string(containsString("Enter 0 to 12 administrations a day")))
			.andExpect(content().string(not(containsString("Verdict:"))));
	}

	@Test
	void tooManyRowsAreRefused() throws Exception {
		MockHttpServletRequestBuilder request = checkPost();
		for (int i = 0; i < PlanCheckRequest.MAX_STEPS + 1; i++) {
			request.param("steps[" + i + "].days", "3")
				.param("steps[" + i + "].doseMg", "5")
				.param("steps[" + i + "].timesPerDay", "3");
		}
		this.mvc.perform(request).andExpect(content().string(containsString("A plan can have at most 60 steps")));
	}

	@Test
	void theCheckAsksAboutDialysisAndAppliesItsBand() throws Exception {
		this.mvc.perform(get("/titration/check")).andExpect(content().string(containsString("name=\"dialysis\"")));
		this.mvc
			.perform(checkPost().param("steps[0].days", "3")
				.param("steps[0].doseMg", "5")
				.param("steps[0].timesPerDay", "3")
				.param("dialysis", "true"))
			.andExpect(content().string(containsString("Caution · RENAL")))
			.andExpect(content().string(containsString("the ceiling for a patient on dialysis")));
	}

	/**
	 * The planner's and the checker's posts store nothing, so they need no CSRF token,
	 * and their form pages carry none: every reader gets the same page, which the page
	 * cache can serve.
	 */
	@Test
	void theToolFormsNeedNoTokenSoTheirPagesCarryNone() throws Exception {
		for (String page : new String[] { "/titration/plan", "/titration/check", "/titration/taper" }) {
			this.mvc.perform(get(page)).andExpect(content().string(not(containsString("_csrf"))));
		}
		this.mvc
			.perform(post("/titration/check").param("steps[0].days", "3")
				.param("steps[0].doseMg", "5")
				.param("steps[0].timesPerDay", "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Verdict: OK")));
		this.mvc.perform(post("/titration/plan").param("crclMlPerMin", "45"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Baclofen dose schedule")));
	}

	/**
	 * Kidney inputs go in the form's body; a plan made with them is downloaded by posting
	 * them again.
	 */
	@Test
	void thePlanFormPostsAndARenalPlanHasNoLinkOnlyPostedDownloads() throws Exception {
		this.mvc.perform(get("/titration/plan"))
			.andExpect(content()
				.string(containsString("<form class=\"form\" method=\"post\" action=\"/titration/plan\"")));
		this.mvc.perform(post("/titration/plan").param("start", "2026-12-01").param("crclMlPerMin", "45"))
			.andExpect(content().string(containsString("method=\"post\" action=\"/titration/plan.csv\"")))
			.andExpect(content().string(containsString("<input type=\"hidden\" name=\"crclMlPerMin\" value=\"45\">")))
			.andExpect(content().string(containsString("so it has no link")))
			.andExpect(content().string(not(containsString("href=\"/titration/plan?"))));
		this.mvc.perform(post("/titration/plan.csv").param("start", "2026-12-01").param("crclMlPerMin", "45"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1,2026-12-01,2026-12-03,1,3,5,1,once a day,5,")));
	}

	/**
	 * An old link with kidney inputs makes no plan, and its download goes back to a form
	 * address without them.
	 */
	@Test
	void kidneyInputsInAnAddressMakeNoPlanAndAreNotSentBack() throws Exception {
		this.mvc.perform(get("/titration/plan").param("start", "2026-12-01").param("crclMlPerMin", "45"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Age and kidney function are not taken from a web address")))
			.andExpect(content().string(not(containsString("Baclofen dose schedule"))));
		this.mvc
			.perform(get("/titration/plan.csv").param("start", "2026-12-01")
				.param("crclMlPerMin", "45")
				.param("targetDailyMg", "40"))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/titration/plan?start=2026-12-01&targetDailyMg=40"));
		this.mvc.perform(post("/titration/plan.csv").param("crclMlPerMin", "45").param("targetDailyMg", "500"))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/titration/plan?targetDailyMg=500"));
	}

	/**
	 * A taper says nothing about the patient: its link carries every input, and its
	 * downloads use GET.
	 */
	@Test
	void aTaperHasALinkWithAllItsInputs() throws Exception {
		this.mvc
			.perform(get("/titration/taper").param("start", "2026-12-01")
				.param("currentDoseMg", "20")
				.param("timesPerDay", "3"))
			.andExpect(content().string(containsString(
					"href=\"/titration/taper?start=2026-12-01&amp;currentDoseMg=20&amp;timesPerDay=3\"")))
			.andExpect(content().string(containsString("method=\"get\" action=\"/titration/taper.csv\"")));
	}

}
