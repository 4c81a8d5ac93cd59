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
		// Six reductions of 3 days (6/7, 5/7 … 1/7 of 60 mg/day) in whole 5 mg steps,
		// merged where equal;
		// the last drops to one dose a day because a smaller dose three times a day
		// cannot be given.
		assertThat(taper).containsExactly(PlanStep.of(3, "15", 3), PlanStep.of(6, "10", 3), PlanStep.of(6, "5", 3),
				PlanStep.of(3, "5", 1), PlanStep.of(1, "0", 0));
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
	void aTaperFromAboveTheMaximumStartsAtOrBelowIt() {
		List<PlanStep> taper = this.planner.taper(new BigDecimal("30"), 4, 14);
		assertThat(taper.get(0).dailyMg()).isLessThanOrEqualTo(this.rules.maxDailyMg());
		assertThat(new PlanChecker(this.rules).check(taper, null, true).verdict()).isEqualTo(Verdict.OK);
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
