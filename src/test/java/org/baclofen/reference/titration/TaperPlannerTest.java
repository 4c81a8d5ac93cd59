package org.baclofen.reference.titration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class TaperPlannerTest {

	private final TitrationRules rules = LabelRules.rules();

	private final TaperPlanner planner = new TaperPlanner(this.rules);

	@Test
	void tapersFromTheCurrentDoseToZeroInMakeableSteps() {
		List<PlanStep> taper = this.planner.taper(new BigDecimal("20"), 3, 14);
		// Six reductions of 3 days (6/7, 5/7 … 1/7 of 20 mg, rounded down to half tablets), then stop.
		assertThat(taper).containsExactly(PlanStep.of(3, "15", 3), PlanStep.of(3, "12.5", 3), PlanStep.of(3, "10", 3),
				PlanStep.of(3, "7.5", 3), PlanStep.of(3, "5", 3), PlanStep.of(3, "2.5", 3), PlanStep.of(1, "0", 0));
	}

	@Test
	void theTaperChecksOkWhenItsFirstStepIsTheCurrentRegimen() {
		List<PlanStep> taper = this.planner.taper(new BigDecimal("20"), 4, 14);
		assertThat(new PlanChecker(this.rules).check(taper, null, true).verdict()).isEqualTo(Verdict.OK);
	}

	@Test
	void aLongerTaperHasMoreSteps() {
		assertThat(this.planner.taper(new BigDecimal("20"), 3, 30)).hasSizeGreaterThan(
				this.planner.taper(new BigDecimal("20"), 3, 14).size());
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
