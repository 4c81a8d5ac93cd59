package org.baclofen.reference.titration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class TaperPlannerTest {

	private final TitrationRules rules = LabelRules.rules();

	private final TaperPlanner planner = new TaperPlanner(this.rules);

	private Verdict checkAfterCurrent(String doseMg, int timesPerDay, List<PlanStep> taper) {
		List<PlanStep> plan = new java.util.ArrayList<>(List.of(PlanStep.of(3, doseMg, timesPerDay)));
		plan.addAll(taper);
		return new PlanChecker(this.rules).check(plan, null, true).verdict();
	}

	@Test
	void tapersFromTheCurrentDoseToZeroInStepsTheTabletsCanGive() {
		List<PlanStep> taper = this.planner.taper(new BigDecimal("20"), 3, 14);
		// Six reductions of 3 days aiming at 6/7, 5/7 … 1/7 of 60 mg/day, each the tablet
		// total nearest its aim within a quarter of 60 mg/day of the step before, merged
		// where equal; the last drops a dose a day because a smaller dose three times a
		// day cannot be given.
		assertThat(taper).containsExactly(PlanStep.of(3, "15", 3), PlanStep.of(6, "10", 3), PlanStep.of(6, "5", 3),
				PlanStep.of(3, "5", 2), PlanStep.of(1, "0", 0));
		assertThat(checkAfterCurrent("20", 3, taper)).isEqualTo(Verdict.OK);
	}

	@Test
	void aLowDoseIsTaperedByDroppingDosesADay() {
		List<PlanStep> taper = new TaperPlanner(this.rules, LabelRules.SOLUTION).taper(new BigDecimal("2.5"), 3, 14);
		assertThat(taper).containsExactly(PlanStep.of(6, "2.5", 2), PlanStep.of(12, "2.5", 1), PlanStep.of(1, "0", 0));
		assertThat(checkAfterCurrent("2.5", 3, taper)).isEqualTo(Verdict.OK);
		List<PlanStep> withTablets = this.planner.taper(new BigDecimal("2.5"), 3, 14);
		assertThat(withTablets).containsExactly(PlanStep.of(18, "5", 1), PlanStep.of(1, "0", 0));
		assertThat(checkAfterCurrent("2.5", 3, withTablets)).isEqualTo(Verdict.OK);
	}

	@Test
	void theSmallestDoseAProductGivesCannotBeTaperedFurtherWithIt() {
		assertThatThrownBy(() -> this.planner.taper(new BigDecimal("5"), 1, 14))
			.isInstanceOf(PlanRefusedException.class)
			.hasMessage("5 mg/day is already the smallest daily dose Baclofen tablets (generic) can give, "
					+ "so it cannot be reduced further in steps. Choose an oral liquid, which can be "
					+ "measured in smaller doses.");
		assertThat(new TaperPlanner(this.rules, LabelRules.SOLUTION).taper(new BigDecimal("5"), 1, 14))
			.startsWith(PlanStep.of(18, "2.5", 1));
	}

	@Test
	void aTaperFromAboveTheMaximumKeepsToTheStepRule() {
		// 160 mg/day: no step removes more than a quarter (40 mg/day), so the taper never
		// drops straight to the 80 mg/day maximum or below.
		List<PlanStep> taper = this.planner.taper(new BigDecimal("40"), 4, 14);
		assertThat(taper.get(0).dailyMg()).isGreaterThanOrEqualTo(new BigDecimal("120"));
		for (int i = 1; i < taper.size() - 1; i++) {
			assertThat(taper.get(i - 1).dailyMg().subtract(taper.get(i).dailyMg()))
				.isLessThanOrEqualTo(new BigDecimal("40"));
		}
		List<PlanStep> plan = new java.util.ArrayList<>(List.of(PlanStep.of(3, "40", 4)));
		plan.addAll(taper);
		PlanChecker.PlanCheck check = new PlanChecker(this.rules).check(plan, null, true);
		// The current regimen is above the maximum (an alert about step 1); the steps
		// down
		// through doses above it are information only.
		assertThat(check.findingsFor(1)).extracting(Finding::rule).containsExactly(Rule.DAILY_CAP);
		assertThat(check.findings()).filteredOn((finding) -> finding.step() > 1)
			.isNotEmpty()
			.allSatisfy((finding) -> assertThat(finding.rule()).isEqualTo(Rule.TAPER_ABOVE_MAXIMUM));
	}

	@Test
	void fromAboveTheKidneyCeilingTheFirstStepComesDownToItAndTheCheckerSaysWhy() {
		// CrCl 20 mL/min: ceiling 26.67 mg/day. From 60 mg/day the first step comes down
		// to
		// it at once; the later steps follow the step rule measured from the ceiling.
		PatientRules patient = PatientRules.of(this.rules, Patient.kidney(new BigDecimal("20"), false));
		List<PlanStep> taper = new TaperPlanner(patient, LabelRules.TABLETS).taper(new BigDecimal("20"), 3, 14);
		assertThat(taper.get(0)).isEqualTo(PlanStep.of(6, "10", 2));
		assertThat(taper).allSatisfy((step) -> assertThat(step.dailyMg()).isLessThanOrEqualTo(new BigDecimal("26.67")));
		List<PlanStep> plan = new java.util.ArrayList<>(List.of(PlanStep.of(3, "20", 3)));
		plan.addAll(taper);
		PlanChecker.PlanCheck check = new PlanChecker(this.rules).check(patient.patient(), plan, true);
		assertThat(check.findingsFor(1)).extracting(Finding::rule).containsExactly(Rule.RENAL);
		assertThat(check.findingsFor(2)).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo(Rule.CEILING_STEP);
			assertThat(finding.severity()).isEqualTo(Rule.Severity.INFO);
			assertThat(finding.message()).contains("comes down from 60 to 20 mg/day in one step",
					"the kidney ceiling for a CrCl of 20 mL/min", "one exception");
		});
		assertThat(check.findings()).filteredOn((finding) -> finding.step() > 2).isEmpty();
	}

	@Test
	void aStepDownLargerThanAQuarterIsAFindingWithoutACeiling() {
		PlanChecker.PlanCheck check = new PlanChecker(this.rules)
			.check(List.of(PlanStep.of(3, "40", 4), PlanStep.of(14, "15", 4), PlanStep.of(1, "0", 0)), null, true);
		assertThat(check.findingsFor(2)).extracting(Finding::rule).contains(Rule.TAPER_STEP);
		assertThat(check.findingsFor(2)).filteredOn((finding) -> finding.rule() == Rule.TAPER_STEP)
			.singleElement()
			.satisfies((finding) -> assertThat(finding.message())
				.startsWith("Step 2: lowers the daily dose by 100 mg (from 160 to 60 mg/day), more than the 40 mg/day "
						+ "one step may remove"));
	}

	@Test
	void aLongerTaperLastsLonger() {
		List<PlanStep> longer = this.planner.taper(new BigDecimal("20"), 3, 30);
		assertThat(longer.stream().mapToInt(PlanStep::days).sum())
			.isGreaterThan(this.planner.taper(new BigDecimal("20"), 3, 14).stream().mapToInt(PlanStep::days).sum());
		assertThat(longer.stream().filter((step) -> !step.isStopped()).mapToInt(PlanStep::days).sum())
			.isGreaterThanOrEqualTo(30);
	}

	@Test
	void refusesATaperShorterThanTheStoredMinimum() {
		assertThatThrownBy(() -> this.planner.taper(new BigDecimal("20"), 3, 7))
			.isInstanceOf(PlanRefusedException.class)
			.hasMessage("A taper must last at least 14 days (the minimum this app's rules use); 7 days is too short.");
	}

	@Test
	void refusesNothingToTaper() {
		assertThatThrownBy(() -> this.planner.taper(BigDecimal.ZERO, 3, 14)).isInstanceOf(PlanRefusedException.class);
	}

}
