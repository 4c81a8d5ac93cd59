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
			.hasMessage("A target of 90 mg/day is above the US label maximum of 80 mg/day. Doses above it "
					+ "are off-label, and this tool does not plan them.")
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
			.hasMessageContaining("nearest targets that can are 45 and 60 mg/day");
	}

	private PlanChecker.PlanCheck check(List<PlanStep> plan, String crcl) {
		return new PlanChecker(this.rules).check(plan, new BigDecimal(crcl), false, false);
	}

	@Test
	void aRenalBandLowersEachDaysTotalWithFewerTabletDosesWhereWholeDosesCannotReachIt() {
		List<PlanStep> plan = this.generator.generate(new BigDecimal("60"), LabelRules.MODERATE);
		// 7.5 mg/day cannot be three whole tablet doses: one 5 mg dose a day instead,
		// never 2.5 mg of a 5 mg tablet.
		assertThat(plan).containsExactly(PlanStep.of(3, "5", 1), PlanStep.of(3, "5", 3), PlanStep.of(3, "10", 2),
				PlanStep.of(3, "10", 3));
		assertThat(check(plan, "45").verdict()).isEqualTo(Verdict.OK);
	}

	@Test
	void aLiquidGivesTheReducedDosesThreeTimesADay() {
		List<PlanStep> plan = new PlanGenerator(this.rules, LabelRules.SOLUTION).generate(new BigDecimal("60"),
				LabelRules.MODERATE);
		assertThat(plan).containsExactly(PlanStep.of(3, "2.5", 3), PlanStep.of(3, "5", 3), PlanStep.of(3, "7.5", 3),
				PlanStep.of(3, "10", 3));
		assertThat(LabelRules.SOLUTION.perDose(new BigDecimal("2.5"))).isEqualTo("2.5 mL");
		assertThat(LabelRules.SUSPENSION.perDose(new BigDecimal("2.5"))).isEqualTo("0.5 mL");
		assertThat(check(plan, "45").verdict()).isEqualTo(Verdict.OK);
	}

	@Test
	void twoThirdsOfSixtyIsTwenty() {
		List<PlanStep> plan = this.generator.generate(new BigDecimal("60"), LabelRules.SEVERE);
		assertThat(LabelRules.SEVERE.allowedDailyMg(new BigDecimal("60"))).isEqualByComparingTo("20");
		assertThat(plan).containsExactly(PlanStep.of(3, "5", 1), PlanStep.of(3, "5", 2), PlanStep.of(3, "5", 3),
				PlanStep.of(3, "10", 2));
		assertThat(check(plan, "20").verdict()).isEqualTo(Verdict.OK);
	}

	@Test
	void onDialysisThePlanStaysAtTheBandsDailyMaximum() {
		List<PlanStep> plan = this.generator.generate(new BigDecimal("60"), LabelRules.DIALYSIS);
		assertThat(plan).containsExactly(PlanStep.of(3, "5", 1));
		assertThat(
				new PlanGenerator(this.rules, LabelRules.SOLUTION).generate(new BigDecimal("60"), LabelRules.DIALYSIS))
			.containsExactly(PlanStep.of(3, "2.5", 2));
		assertThat(new PlanChecker(this.rules).check(plan, null, true, false).verdict()).isEqualTo(Verdict.OK);
	}

	@Test
	void aStepThatCannotRiseAtTheNextIntervalIsHeldLonger() {
		// 60% less, at most 7.5 mg/day: 6 mg/day at the start, then 7.5, which whole 5 mg
		// packets cannot reach.
		RenalBandRule capped = new RenalBandRule(null, false, null, false, new BigDecimal("60"), new BigDecimal("7.5"),
				false, "published study", "S23");
		List<PlanStep> plan = new PlanGenerator(this.rules, LabelRules.GRANULES).generate(new BigDecimal("60"), capped);
		assertThat(plan).containsExactly(PlanStep.of(6, "5", 1));
	}

	@Test
	void aBandWithoutReductionLeavesThePlanAsTheProtocolHasIt() {
		assertThat(this.generator.generate(new BigDecimal("60"), LabelRules.NORMAL))
			.isEqualTo(this.generator.generate(new BigDecimal("60"), null));
	}

	@Test
	void scheduledStepsCarryDatesAndTablets() {
		List<ScheduledStep> schedule = ScheduledStep.schedule(this.generator.generate(new BigDecimal("80"), null),
				LocalDate.of(2026, 12, 1), LabelRules.TABLETS);
		assertThat(schedule.get(0).fromDate()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(schedule.get(0).toDate()).isEqualTo(LocalDate.of(2026, 12, 3));
		assertThat(schedule.get(1).fromDay()).isEqualTo(4);
		ScheduledStep last = schedule.get(schedule.size() - 1);
		assertThat(last.dailyMg()).isEqualByComparingTo("80");
		assertThat(last.perDose()).isEqualTo("1 × 20 mg tablet");
		assertThat(last.volumeMlPerDose()).isNull();
	}

}
