package org.baclofen.reference.titration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class PlanGeneratorTest {

	private final TitrationRules rules = LabelRules.rules();

	private final PlanGenerator generator = new PlanGenerator(this.rules);

	@Test
	void theDefaultTargetFollowsTheLabelSchedule() {
		assertThat(this.generator.generate(new BigDecimal("60"), null)).containsExactly(PlanStep.of(3, "5", 3),
				PlanStep.of(3, "10", 3), PlanStep.of(3, "15", 3), PlanStep.of(3, "20", 3));
	}

	@Test
	void theMaximumIsReachedAsTwentyMilligramsFourTimesDaily() {
		List<PlanStep> plan = this.generator.generate(new BigDecimal("80"), null);
		assertThat(plan).endsWith(PlanStep.of(3, "20", 3), PlanStep.of(3, "20", 4));
		assertThat(new PlanChecker(this.rules).check(plan, null, false).verdict()).isEqualTo(Verdict.OK);
	}

	@Test
	void aTargetBetweenRungsChangesFrequency() {
		assertThat(this.generator.generate(new BigDecimal("40"), null)).containsExactly(PlanStep.of(3, "5", 3),
				PlanStep.of(3, "10", 3), PlanStep.of(3, "10", 4));
	}

	@Test
	void theStartingDoseAloneIsAPlan() {
		assertThat(this.generator.generate(new BigDecimal("15"), null)).containsExactly(PlanStep.of(3, "5", 3));
	}

	@Test
	void refusesATargetAboveTheMaximum() {
		assertThatThrownBy(() -> this.generator.generate(new BigDecimal("90"), null))
			.isInstanceOf(PlanRefusedException.class)
			.hasMessage("A target of 90 mg/day is above the US label maximum of 80 mg/day. Doses above it are off-label, and this tool does not plan them.")
			.extracting("field")
			.isEqualTo("targetDailyMg");
	}

	@Test
	void refusesATargetBelowTheStart() {
		assertThatThrownBy(() -> this.generator.generate(new BigDecimal("10"), null))
			.isInstanceOf(PlanRefusedException.class)
			.hasMessageContaining("below the protocol's starting dose of 15 mg/day");
	}

	@Test
	void refusesATargetTheTabletsCannotSplitAndSuggestsNeighbours() {
		assertThatThrownBy(() -> this.generator.generate(new BigDecimal("55"), null))
			.isInstanceOf(PlanRefusedException.class)
			.hasMessageContaining("55 mg/day cannot be split")
			.hasMessageContaining("nearest targets that can are 52.5 and 60 mg/day");
	}

	@Test
	void aRenalBandReducesEveryDoseToWhatTheTabletsCanMake() {
		List<PlanStep> plan = this.generator.generate(new BigDecimal("60"), LabelRules.MODERATE);
		assertThat(plan).containsExactly(PlanStep.of(3, "2.5", 3), PlanStep.of(3, "5", 3), PlanStep.of(3, "7.5", 3),
				PlanStep.of(3, "10", 3));
		assertThat(new PlanChecker(this.rules).check(plan, new BigDecimal("45"), false).verdict()).isEqualTo(Verdict.OK);
	}

	@Test
	void stepsThatARenalReductionMakesEqualAreMerged() {
		List<PlanStep> plan = this.generator.generate(new BigDecimal("60"), LabelRules.SEVERE);
		assertThat(plan).containsExactly(PlanStep.of(9, "2.5", 3), PlanStep.of(3, "5", 3));
	}

	@Test
	void scheduledStepsCarryDatesAndTablets() {
		List<ScheduledStep> schedule = ScheduledStep.schedule(this.generator.generate(new BigDecimal("80"), null),
				LocalDate.of(2026, 12, 1), this.rules.tablets());
		assertThat(schedule.get(0).fromDate()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(schedule.get(0).toDate()).isEqualTo(LocalDate.of(2026, 12, 3));
		assertThat(schedule.get(1).fromDay()).isEqualTo(4);
		ScheduledStep last = schedule.get(schedule.size() - 1);
		assertThat(last.dailyMg()).isEqualByComparingTo("80");
		assertThat(last.tablets()).containsExactly(new TabletStrengths.TabletCount(new BigDecimal("20"), BigDecimal.ONE));
	}

}
