package org.baclofen.reference.titration;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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

@ReferenceAppTest
class TitrationApiTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private EntityManager entityManager;

	private ResultActions check(String json) throws Exception {
		return this.mvc.perform(post("/api/titration/check").contentType(MediaType.APPLICATION_JSON).content(json));
	}

	@Test
	void aPlanFollowingTheLabelIsOk() throws Exception {
		check("""
				{"steps": [{"days": 3, "doseMg": 5, "timesPerDay": 3}, {"days": 3, "doseMg": 10, "timesPerDay": 3},
				           {"days": 3, "doseMg": 15, "timesPerDay": 3}, {"days": 30, "doseMg": 20, "timesPerDay": 3}]}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.verdict").value("OK"))
			.andExpect(jsonPath("$.findings", hasSize(0)))
			.andExpect(jsonPath("$.steps[3].step").value(4))
			.andExpect(jsonPath("$.steps[3].fromDay").value(10))
			.andExpect(jsonPath("$.steps[3].toDay").value(39))
			.andExpect(jsonPath("$.steps[3].dailyMg").value(60))
			.andExpect(jsonPath("$.steps[0].fromDate").doesNotExist());
	}

	@Test
	void findingsNameTheirStepRuleSeverityAndMessage() throws Exception {
		check("""
				{"crclMlPerMin": 45, "steps": [{"days": 3, "doseMg": 5, "timesPerDay": 3}, {"days": 3, "doseMg": 15, "timesPerDay": 3}]}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.verdict").value("CAUTION"))
			.andExpect(jsonPath("$.findings[0].step").value(1))
			.andExpect(jsonPath("$.findings[0].rule").value("RENAL"))
			.andExpect(jsonPath("$.findings[1].step").value(2))
			.andExpect(jsonPath("$.findings[1].rule").value("STEP_SIZE"))
			.andExpect(jsonPath("$.findings[1].severity").value("CAUTION"))
			.andExpect(jsonPath("$.findings[1].message", startsWith("Step 2: raises each dose by 10 mg")))
			.andExpect(jsonPath("$.findings[2].rule").value("RENAL"));
	}

	@Test
	void aContinuingTaperIsCheckedWithoutTheStartRule() throws Exception {
		check("""
				{"continuing": true, "steps": [{"days": 7, "doseMg": 20, "timesPerDay": 3}, {"days": 5, "doseMg": 15, "timesPerDay": 3},
				                               {"days": 5, "doseMg": 10, "timesPerDay": 3}, {"days": 5, "doseMg": 5, "timesPerDay": 3},
				                               {"days": 1, "doseMg": 0, "timesPerDay": 0}]}""")
			.andExpect(jsonPath("$.verdict").value("OK"));
		// Halving the dose in one step removes more than a quarter of it: a taper-step
		// finding, this reference's own rule.
		check("""
				{"continuing": true, "steps": [{"days": 7, "doseMg": 20, "timesPerDay": 3}, {"days": 7, "doseMg": 10, "timesPerDay": 3},
				                               {"days": 7, "doseMg": 5, "timesPerDay": 3}, {"days": 1, "doseMg": 0, "timesPerDay": 0}]}""")
			.andExpect(jsonPath("$.verdict").value("CAUTION"))
			.andExpect(jsonPath("$.findings[0].rule").value("TAPER_STEP"))
			.andExpect(jsonPath("$.findings[0].message", containsString("(this reference's own rule)")));
		check("""
				{"continuing": true, "steps": [{"days": 7, "doseMg": 20, "timesPerDay": 3}, {"days": 1, "doseMg": 0, "timesPerDay": 0}]}""")
			.andExpect(jsonPath("$.verdict").value("ALERT"))
			.andExpect(jsonPath("$.findings[0].rule").value("ABRUPT_STOP"));
	}

	@Test
	void badInputNamesTheJsonField() throws Exception {
		check("""
				{"steps": [{"days": 0, "doseMg": 5, "timesPerDay": 0}]}""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("steps[0].days"))
			.andExpect(jsonPath("$.errors[0].message").value("Enter a whole number of days from 1 to 365"))
			.andExpect(jsonPath("$.errors[1].field").value("steps[0].timesPerDay"));
		check("""
				{"steps": [{"days": 3, "doseMg": "five", "timesPerDay": 3}]}""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("steps[0].doseMg"));
		check("""
				{"steps": []}""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("steps"));
		check("{not json").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("body"));
		this.mvc.perform(post("/api/titration/check").contentType(MediaType.TEXT_PLAIN).content("5 mg tid"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
	}

	@Test
	void theApiGeneratesADatedPlan() throws Exception {
		this.mvc.perform(get("/api/titration/plan").param("start", "2026-12-01").param("targetDailyMg", "60"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.steps", hasSize(4)))
			.andExpect(jsonPath("$.steps[0].fromDate").value("2026-12-01"))
			.andExpect(jsonPath("$.steps[3].toDate").value("2026-12-12"))
			.andExpect(jsonPath("$.steps[3].doseMg").value(20))
			.andExpect(jsonPath("$.renal").doesNotExist());
	}

	@Test
	void theApiPlanAppliesAndNamesTheRenalBand() throws Exception {
		this.mvc.perform(get("/api/titration/plan").param("start", "2026-12-01").param("crclMlPerMin", "45"))
			.andExpect(jsonPath("$.renal.reductionPercent").value(50))
			.andExpect(jsonPath("$.renal.sourceKind").value("published study"))
			.andExpect(jsonPath("$.renal.maxDailyMg").value(40))
			.andExpect(jsonPath("$.renal.reducedTargetDailyMg").value(30))
			.andExpect(jsonPath("$.finalDailyMg").value(30))
			.andExpect(jsonPath("$.steps[0].doseMg").value(5))
			.andExpect(jsonPath("$.steps[0].timesPerDay").value(1))
			.andExpect(jsonPath("$.steps[0].perDose").value("1 × 5 mg tablet"));
	}

	@Test
	void theApiPlanGivesMillilitresForALiquidAndAppliesDialysis() throws Exception {
		this.mvc
			.perform(get("/api/titration/plan").param("start", "2026-12-01")
				.param("crclMlPerMin", "45")
				.param("product", "4"))
			.andExpect(jsonPath("$.product.kind").value("ORAL_SOLUTION"))
			.andExpect(jsonPath("$.steps[0].doseMg").value(2.5))
			.andExpect(jsonPath("$.steps[0].timesPerDay").value(3))
			.andExpect(jsonPath("$.steps[0].perDose").value("2.5 mL"))
			.andExpect(jsonPath("$.steps[0].volumeMlPerDose").value(2.5));
		this.mvc.perform(get("/api/titration/plan").param("start", "2026-12-01").param("dialysis", "true"))
			.andExpect(jsonPath("$.renal.dialysis").value(true))
			.andExpect(jsonPath("$.renal.bandMaxDailyMg").value(5))
			.andExpect(jsonPath("$.renal.sources").value("S20, S47, S64, S69"))
			.andExpect(jsonPath("$.renal.ceilingMg").value(5))
			.andExpect(jsonPath("$.renal.meaning", startsWith("ceiling about 5 mg/day; use only if the benefit")))
			.andExpect(jsonPath("$.finalDailyMg").value(5))
			.andExpect(jsonPath("$.steps", hasSize(1)));
		this.mvc.perform(get("/api/titration/plan").param("start", "2026-12-01").param("product", "999"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("product"));
	}

	@Test
	void theCheckerAppliesDialysis() throws Exception {
		check("""
				{"dialysis": true, "steps": [{"days": 3, "doseMg": 5, "timesPerDay": 3}]}""")
			.andExpect(jsonPath("$.verdict").value("CAUTION"))
			.andExpect(jsonPath("$.findings[0].rule").value("RENAL"))
			.andExpect(jsonPath("$.findings[0].message", startsWith(
					"Step 1: 15 mg/day is above 5 mg/day, the ceiling for a patient on dialysis or with recorded kidney")));
		check("""
				{"dialysis": true, "steps": [{"days": 3, "doseMg": 5, "timesPerDay": 1}]}""")
			.andExpect(jsonPath("$.verdict").value("OK"));
	}

	@Test
	@Transactional
	void anEditToTheStoredTaperEndChangesTheChecker() throws Exception {
		String downToFifteen = """
				{"continuing": true, "steps": [{"days": 14, "doseMg": 20, "timesPerDay": 3}, {"days": 4, "doseMg": 15, "timesPerDay": 3},
				                               {"days": 5, "doseMg": 10, "timesPerDay": 3}, {"days": 5, "doseMg": 5, "timesPerDay": 3},
				                               {"days": 1, "doseMg": 0, "timesPerDay": 0}]}""";
		check(downToFifteen).andExpect(jsonPath("$.verdict").value("OK"));
		this.jdbc.sql("update discontinuation_guidance set taper_end_fraction = 0.2 where rule_basis = true").update();
		this.entityManager.clear();
		check(downToFifteen).andExpect(jsonPath("$.verdict").value("ALERT"))
			.andExpect(jsonPath("$.findings[0].rule").value("ABRUPT_STOP"))
			.andExpect(jsonPath("$.findings[0].message", startsWith(
					"Step 5: stops from 15 mg/day. A taper from 60 mg/day comes down to at most 12 mg/day")));
	}

	@Test
	@Transactional
	void anEditToAStoredRenalBandChangesThePlanAndTheChecker() throws Exception {
		this.mvc.perform(get("/api/titration/plan").param("start", "2026-12-01").param("crclMlPerMin", "45"))
			.andExpect(jsonPath("$.finalDailyMg").value(30));
		String reducedStart = """
				{"crclMlPerMin": 45, "steps": [{"days": 3, "doseMg": 2.5, "timesPerDay": 3}]}""";
		check(reducedStart).andExpect(jsonPath("$.verdict").value("OK"));
		this.jdbc.sql("update renal_band set dose_reduction_percent = 60 where crcl_min_ml_per_min = 30").update();
		this.entityManager.clear();
		this.mvc.perform(get("/api/titration/plan").param("start", "2026-12-01").param("crclMlPerMin", "45"))
			.andExpect(jsonPath("$.renal.reducedTargetDailyMg").value(24))
			.andExpect(jsonPath("$.finalDailyMg").value(20));
		check(reducedStart).andExpect(jsonPath("$.verdict").value("CAUTION"));
		// 75% less allows 3.75 mg/day at the start: no tablet dose is that small, so
		// tablets are refused, never rounded up.
		this.jdbc.sql("update renal_band set dose_reduction_percent = 75 where crcl_min_ml_per_min = 30").update();
		this.entityManager.clear();
		this.mvc.perform(get("/api/titration/plan").param("start", "2026-12-01").param("crclMlPerMin", "45"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message",
					startsWith("The kidney band allows at most 3.75 mg/day at the start")));
		this.mvc
			.perform(get("/api/titration/plan").param("start", "2026-12-01")
				.param("crclMlPerMin", "45")
				.param("product", "4"))
			.andExpect(jsonPath("$.steps[0].doseMg").value(2.5))
			.andExpect(jsonPath("$.steps[0].timesPerDay").value(1));
	}

	@Test
	@Transactional
	void anEditToTabletScoringChangesWhatThePlanCanGive() throws Exception {
		this.mvc.perform(get("/api/titration/plan").param("start", "2026-12-01").param("crclMlPerMin", "45"))
			.andExpect(jsonPath("$.steps[0].doseMg").value(5));
		this.jdbc.sql("update dosage_form set may_be_halved = true where form = 'TABLET' and amount = 5").update();
		this.entityManager.clear();
		this.mvc.perform(get("/api/titration/plan").param("start", "2026-12-01").param("crclMlPerMin", "45"))
			.andExpect(jsonPath("$.steps[0].doseMg").value(2.5))
			.andExpect(jsonPath("$.steps[0].perDose").value("½ × 5 mg tablet"));
	}

	@Test
	void theApiRefusesATargetAboveTheMaximum() throws Exception {
		this.mvc.perform(get("/api/titration/plan").param("start", "2026-12-01").param("targetDailyMg", "90"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("targetDailyMg"));
		this.mvc.perform(get("/api/titration/plan").param("start", "tomorrow"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("start"));
	}

	@Test
	@Transactional
	void anEditToTheStoredProtocolChangesTheChecker() throws Exception {
		String eightyAsFourDoses = """
				{"continuing": true, "steps": [{"days": 3, "doseMg": 20, "timesPerDay": 4}]}""";
		check(eightyAsFourDoses).andExpect(jsonPath("$.verdict").value("OK"));

		this.jdbc
			.sql("update titration_protocol set max_daily_mg = 70, usual_max_daily_mg = 70 where code "
					+ "= 'ORAL_US_LABEL'")
			.update();
		// A real edit commits in its own transaction; here the test's persistence context
		// must forget the old row.
		this.entityManager.clear();

		check(eightyAsFourDoses).andExpect(jsonPath("$.verdict").value("ALERT"))
			.andExpect(jsonPath("$.findings[0].rule").value("DAILY_CAP"))
			.andExpect(jsonPath("$.findings[0].message",
					startsWith("Step 1: 80 mg/day is above the US label maximum of 70 mg/day")));
	}

	private ResultActions taper(String json) throws Exception {
		return this.mvc.perform(post("/api/titration/taper").contentType(MediaType.APPLICATION_JSON).content(json));
	}

	@Test
	void theTaperApiKeepsToTheStepRuleFromAboveTheMaximum() throws Exception {
		taper("""
				{"currentDoseMg": 40, "timesPerDay": 4, "start": "2026-12-01"}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.currentDailyMg").value(160))
			.andExpect(jsonPath("$.firstStepToCeiling").value(false))
			.andExpect(jsonPath("$.age.statement").value("No age was given, so the US label's adult rules were used."))
			// 160 mg/day: no step removes more than 40 mg/day, so the first is at least
			// 120.
			.andExpect(jsonPath("$.steps[0].dailyMg").value(140))
			.andExpect(jsonPath("$.steps[-1:].doseMg").value(0));
	}

	@Test
	void theTaperApiTakesKidneyFunctionAndAgeAndComesDownToTheCeilingFirst() throws Exception {
		taper("""
				{"currentDoseMg": 20, "timesPerDay": 3, "start": "2026-12-01", "crclMlPerMin": 20}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ceilingMg").value(26.67))
			.andExpect(jsonPath("$.firstStepToCeiling").value(true))
			.andExpect(jsonPath("$.ceiling", startsWith("the kidney ceiling for a CrCl of 20 mL/min")))
			.andExpect(jsonPath("$.renal.meaning", startsWith("reduction about 67% of the dose the patient would")))
			.andExpect(jsonPath("$.steps[0].dailyMg").value(20));
		taper("""
				{"currentDoseMg": 20, "timesPerDay": 3, "start": "2026-12-01", "ageYears": 80, "weightKg": 60,
				 "serumCreatinine": 3, "sex": "FEMALE"}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.renal.crclMlPerMin").value(14.2))
			.andExpect(jsonPath("$.ceilingMg").value(5))
			.andExpect(jsonPath("$.steps[0].dailyMg").value(5));
		taper("""
				{"currentDoseMg": 20, "timesPerDay": 4, "start": "2026-12-01", "ageYears": 5}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.age.ceilingMg").value(60))
			.andExpect(jsonPath("$.age.offLabel").value(true))
			.andExpect(jsonPath("$.ceiling", startsWith("the age ceiling, 60 mg/day for 2 to under 8 years")))
			.andExpect(jsonPath("$.steps[0].dailyMg").value(60));
		taper("""
				{"currentDoseMg": 20, "timesPerDay": 3, "serumCreatinine": 2000, "creatinineUnit": "UMOL_PER_L",
				 "ageYears": 70, "weightKg": 70, "sex": "MALE"}""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("serumCreatinine"));
	}

	@Test
	void theCheckerAndThePlanApplyTheAgeRules() throws Exception {
		check("""
				{"continuing": true, "ageYears": 5, "steps": [{"days": 30, "doseMg": 20, "timesPerDay": 4}]}""")
			.andExpect(jsonPath("$.verdict").value("ALERT"))
			.andExpect(jsonPath("$.findings[0].rule").value("AGE"))
			.andExpect(jsonPath("$.age.ages").value("2 to under 8 years"));
		this.mvc.perform(
				get("/api/titration/plan").param("start", "2026-12-01").param("ageYears", "6").param("weightKg", "24"))
			.andExpect(jsonPath("$.age.startDoseMg").value(5))
			.andExpect(jsonPath("$.steps[0].timesPerDay").value(1))
			.andExpect(jsonPath("$.steps[1].timesPerDay").value(2))
			.andExpect(jsonPath("$.finalDailyMg").value(60));
		this.mvc.perform(get("/api/titration/plan").param("start", "2026-12-01").param("ageYears", "1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("ageYears"))
			.andExpect(jsonPath("$.errors[0].message", containsString("under 2 years")));
	}

}
