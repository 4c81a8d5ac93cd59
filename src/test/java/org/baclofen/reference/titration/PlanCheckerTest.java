package org.baclofen.reference.titration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class PlanCheckerTest {

	private final PlanChecker checker = new PlanChecker(LabelRules.rules());

	private static List<PlanStep> labelSchedule() {
		return List.of(PlanStep.of(3, "5", 3), PlanStep.of(3, "10", 3), PlanStep.of(3, "15", 3),
				PlanStep.of(3, "20", 3), PlanStep.of(30, "20", 4));
	}

	private PlanChecker.PlanCheck check(PlanStep... steps) {
		return this.checker.check(List.of(steps), null, false);
	}

	@Test
	void theLabelScheduleIsOk() {
		PlanChecker.PlanCheck check = this.checker.check(labelSchedule(), null, false);
		assertThat(check.verdict()).isEqualTo(Verdict.OK);
		assertThat(check.findings()).isEmpty();
	}

	@Test
	void dailyCapAlertsAboveTheMaximum() {
		PlanChecker.PlanCheck check = check(PlanStep.of(3, "5", 3), PlanStep.of(3, "10", 3), PlanStep.of(3, "15", 3),
				PlanStep.of(3, "20", 3), PlanStep.of(3, "20", 4), PlanStep.of(3, "25", 4));
		assertThat(check.findings()).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo(Rule.DAILY_CAP);
			assertThat(finding.step()).isEqualTo(6);
			assertThat(finding.severity()).isEqualTo(Rule.Severity.ALERT);
			assertThat(finding.message())
				.isEqualTo("Step 6: 100 mg/day is above the US label maximum of 80 mg/day. Lower the dose; doses "
						+ "above the label maximum are off-label.");
		});
		assertThat(check.verdict()).isEqualTo(Verdict.ALERT);
	}

	@Test
	void exactlyTheMaximumIsOk() {
		assertThat(this.checker.check(labelSchedule(), null, false).findings())
			.noneMatch((finding) -> finding.rule() == Rule.DAILY_CAP);
	}

	@Test
	void startDoseCautionsWhenTheFirstDoseOrDailyTotalIsAboveTheProtocolStart() {
		assertThat(check(PlanStep.of(3, "10", 3)).findings()).extracting(Finding::rule)
			.containsExactly(Rule.START_DOSE);
		assertThat(check(PlanStep.of(3, "5", 4)).findings()).extracting(Finding::rule).containsExactly(Rule.START_DOSE);
		assertThat(check(PlanStep.of(3, "10", 3)).findings().get(0).message())
			.isEqualTo("Step 1: starts at 10 mg 3 times a day (30 mg/day); the protocol starts at 5 mg 3 times "
					+ "a day (15 mg/day). Start lower, or mark the first step as the patient's current regimen.");
		assertThat(check(PlanStep.of(3, "5", 3)).verdict()).isEqualTo(Verdict.OK);
		assertThat(check(PlanStep.of(3, "2.5", 3)).verdict()).isEqualTo(Verdict.OK);
	}

	@Test
	void aContinuingRegimenIsNotANewStart() {
		assertThat(this.checker.check(List.of(PlanStep.of(3, "20", 3)), null, true).verdict()).isEqualTo(Verdict.OK);
	}

	@Test
	void stepSizeCautionsAboveTheIncrementPerAdministration() {
		PlanChecker.PlanCheck check = check(PlanStep.of(3, "5", 3), PlanStep.of(3, "15", 3));
		assertThat(check.findings()).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo(Rule.STEP_SIZE);
			assertThat(finding.step()).isEqualTo(2);
			assertThat(finding.message())
				.isEqualTo("Step 2: raises each dose by 10 mg (from 5 to 15 mg); the protocol raises by at most 5 "
						+ "mg per administration. Add an intermediate step.");
		});
		assertThat(check.verdict()).isEqualTo(Verdict.CAUTION);
	}

	@Test
	void stepSizeOfExactlyTheIncrementIsOk() {
		assertThat(check(PlanStep.of(3, "5", 3), PlanStep.of(3, "10", 3)).findings()).isEmpty();
	}

	@Test
	void stepSizeAlsoCatchesADailyJumpHiddenInAFrequencyChange() {
		PlanChecker.PlanCheck check = check(PlanStep.of(3, "5", 3), PlanStep.of(3, "10", 3), PlanStep.of(3, "15", 3),
				PlanStep.of(3, "20", 4));
		assertThat(check.findings()).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo(Rule.STEP_SIZE);
			assertThat(finding.message()).contains("raises the daily total by 35 mg (from 45 to 80 mg/day)")
				.contains("at most 20 mg/day more per step");
		});
	}

	@Test
	void stepIntervalCautionsWhenIncreasingTooSoon() {
		PlanChecker.PlanCheck check = check(PlanStep.of(2, "5", 3), PlanStep.of(3, "10", 3));
		assertThat(check.findings()).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo(Rule.STEP_INTERVAL);
			assertThat(finding.step()).isEqualTo(2);
			assertThat(finding.message())
				.isEqualTo("Step 2: increases after only 2 days at the previous dose; the protocol waits at least "
						+ "3 days between increases. Keep the previous step longer.");
		});
	}

	@Test
	void threeDaysThenIncreaseIsOk() {
		assertThat(check(PlanStep.of(3, "5", 3), PlanStep.of(3, "10", 3)).verdict()).isEqualTo(Verdict.OK);
	}

	@Test
	void frequencyCautionsAboveTheMaximumAdministrations() {
		PlanChecker.PlanCheck check = this.checker.check(List.of(PlanStep.of(3, "5", 5)), null, true);
		assertThat(check.findings()).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo(Rule.FREQUENCY);
			assertThat(finding.message())
				.isEqualTo("Step 1: 5 times a day; the protocol divides the daily dose into at most 4 doses a day. "
						+ "Use fewer, larger doses.");
		});
		assertThat(this.checker.check(List.of(PlanStep.of(3, "5", 4)), null, true).findings()).isEmpty();
	}

	@Test
	void abruptStopAlertsWithoutATaper() {
		PlanChecker.PlanCheck check = this.checker.check(List.of(PlanStep.of(14, "20", 3), PlanStep.of(1, "0", 0)),
				null, true);
		assertThat(check.findings()).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo(Rule.ABRUPT_STOP);
			assertThat(finding.step()).isEqualTo(2);
			assertThat(finding.severity()).isEqualTo(Rule.Severity.ALERT);
			assertThat(finding.message()).startsWith("Step 2: stops from 60 mg/day after a taper of only 0 days.")
				.contains("at least 14 days");
		});
	}

	@Test
	void aTaperShorterThanTheMinimumIsStillAbrupt() {
		PlanChecker.PlanCheck check = this.checker.check(List.of(PlanStep.of(14, "20", 3), PlanStep.of(5, "15", 3),
				PlanStep.of(4, "10", 3), PlanStep.of(4, "5", 3), PlanStep.of(1, "0", 0)), null, true);
		assertThat(check.findings()).extracting(Finding::rule).containsExactly(Rule.ABRUPT_STOP);
		assertThat(check.findings().get(0).message()).contains("after a taper of only 13 days");
	}

	@Test
	void aTaperOfExactlyTheMinimumIsOkAndNeverRaisesStepRules() {
		PlanChecker.PlanCheck check = this.checker.check(List.of(PlanStep.of(14, "20", 3), PlanStep.of(3, "15", 3),
				PlanStep.of(4, "10", 3), PlanStep.of(7, "5", 3), PlanStep.of(1, "0", 0)), null, true);
		assertThat(check.findings()).isEmpty();
	}

	@Test
	void holdingANearlyFullDoseForTheMinimumThenStoppingIsAbrupt() {
		PlanChecker.PlanCheck check = this.checker
			.check(List.of(PlanStep.of(14, "20", 3), PlanStep.of(14, "19", 3), PlanStep.of(1, "0", 0)), null, true);
		assertThat(check.findings()).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo(Rule.ABRUPT_STOP);
			assertThat(finding.message())
				.isEqualTo("Step 3: stops from 57 mg/day. A taper from 60 mg/day comes down to at most 15 mg/day "
						+ "before the stop (25% of the daily dose before the taper or 10 mg/day, "
						+ "whichever is higher: this reference's own rule); add lower steps before stopping.");
		});
	}

	@Test
	void theTaperEndIsAQuarterOfTheDoseBeforeItOrTheStoredDailyDose() {
		// From 60 mg/day: at most 15 mg/day before the stop.
		assertThat(this.checker
			.check(List.of(PlanStep.of(14, "20", 3), PlanStep.of(4, "15", 3), PlanStep.of(5, "10", 3),
					PlanStep.of(5, "5", 3), PlanStep.of(1, "0", 0)), null, true)
			.findings()).isEmpty();
		assertThat(this.checker
			.check(List.of(PlanStep.of(14, "20", 3), PlanStep.of(4, "15", 3), PlanStep.of(5, "10", 3),
					PlanStep.of(5, "5.01", 3), PlanStep.of(1, "0", 0)), null, true)
			.findings()).extracting(Finding::rule).containsExactly(Rule.ABRUPT_STOP);
		// From 20 mg/day a quarter is 5, so the stored 10 mg/day applies.
		assertThat(this.checker
			.check(List.of(PlanStep.of(3, "10", 2), PlanStep.of(7, "15", 1), PlanStep.of(7, "10", 1),
					PlanStep.of(1, "0", 0)), null, true)
			.findings()).isEmpty();
		assertThat(this.checker
			.check(List.of(PlanStep.of(3, "10", 2), PlanStep.of(7, "15", 1), PlanStep.of(7, "10.5", 1),
					PlanStep.of(1, "0", 0)), null, true)
			.findings()).extracting(Finding::rule).containsExactly(Rule.ABRUPT_STOP);
	}

	@Test
	void reEscalatingJustBeforeAStopIsStillAbrupt() {
		PlanChecker.PlanCheck check = this.checker.check(List.of(PlanStep.of(20, "20", 3), PlanStep.of(20, "10", 3),
				PlanStep.of(1, "15", 3), PlanStep.of(1, "0", 0)), null, true);
		assertThat(check.findings()).extracting(Finding::rule).contains(Rule.ABRUPT_STOP);
		assertThat(check.findings()
			.stream()
			.filter((finding) -> finding.rule() == Rule.ABRUPT_STOP)
			.findFirst()
			.orElseThrow()
			.message()).startsWith("Step 4: stops from 45 mg/day after a taper of only 0 days.");
	}

	@Test
	void aCrclNoStoredBandCoversIsSaidNotIgnored() {
		TitrationRules withGap = LabelRules.rules(List.of(LabelRules.NORMAL, LabelRules.MODERATE));
		PlanChecker.PlanCheck check = new PlanChecker(withGap).check(List.of(PlanStep.of(3, "5", 3)),
				new BigDecimal("60"), false);
		assertThat(check.findings()).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo(Rule.RENAL);
			assertThat(finding.message()).startsWith("No stored renal band covers a CrCl of 60 mL/min");
		});
		assertThat(new PlanChecker(withGap).check(List.of(PlanStep.of(3, "5", 1)), null, true, false).findings())
			.singleElement()
			.satisfies((finding) -> assertThat(finding.message())
				.startsWith("No stored renal band is marked for dialysis"));
	}

	@Test
	void renalAppliesTheBandToTheStartAndEveryStepNotOnlyTheMaximum() {
		PlanChecker.PlanCheck check = this.checker.check(labelSchedule(), new BigDecimal("45"), false);
		assertThat(check.renalBand()).isEqualTo(LabelRules.MODERATE);
		assertThat(check.findings()).extracting(Finding::step).containsExactly(1, 2, 3, 4, 5);
		assertThat(check.findings()).allSatisfy((finding) -> assertThat(finding.rule()).isEqualTo(Rule.RENAL));
		assertThat(check.findings().get(0).message())
			.isEqualTo("Step 1: 15 mg/day from day 1 is above 7.5 mg/day: the protocol's 15 mg/day for that day "
					+ "with the reduction for a CrCl of 45 mL/min (reduction about 50% of the dose the patient would "
					+ "otherwise take; ceiling 40 mg/day, that reduction applied to the 80 mg/day maximum). The row "
					+ "comes from a published study (S23); the US labels give no kidney bands and only advise caution "
					+ "and a lower dose.");
		assertThat(check.findings().get(2).message())
			.startsWith("Step 3: 45 mg/day is above 40 mg/day, the ceiling for a CrCl of 45 mL/min (reduction "
					+ "about 50% of the dose the patient would otherwise take; ceiling 40 mg/day");
	}

	@Test
	void aFullStartAtCrcl45IsRenalAndTheReducedStartIsNot() {
		assertThat(this.checker.check(List.of(PlanStep.of(3, "5", 3)), new BigDecimal("45"), false).findings())
			.extracting(Finding::rule)
			.containsExactly(Rule.RENAL);
		assertThat(this.checker.check(List.of(PlanStep.of(3, "2.5", 3)), new BigDecimal("45"), false).findings())
			.isEmpty();
		assertThat(this.checker.check(List.of(PlanStep.of(3, "5", 2)), new BigDecimal("45"), false).findings())
			.extracting(Finding::rule)
			.containsExactly(Rule.RENAL);
		assertThat(this.checker.check(List.of(PlanStep.of(3, "5", 1)), new BigDecimal("45"), false).findings())
			.isEmpty();
	}

	@Test
	void aLaterStepIsComparedWithTheProtocolForItsDayReducedByTheBand() {
		// Day 4: the protocol allows 35 mg/day (15 + 5 mg at up to 4 doses); half of that
		// is 17.5.
		assertThat(this.checker
			.check(List.of(PlanStep.of(3, "2.5", 3), PlanStep.of(3, "5", 3)), new BigDecimal("45"), false)
			.findings()).isEmpty();
		assertThat(this.checker
			.check(List.of(PlanStep.of(3, "2.5", 3), PlanStep.of(3, "5", 4)), new BigDecimal("45"), false)
			.findings()).extracting(Finding::rule).containsExactly(Rule.RENAL);
	}

	@Test
	void renalBoundaryIsTheAdjustedMaximumItself() {
		assertThat(this.checker.check(List.of(PlanStep.of(3, "10", 4)), new BigDecimal("45"), true).findings())
			.isEmpty();
		assertThat(this.checker.check(List.of(PlanStep.of(3, "10.5", 4)), new BigDecimal("45"), true).findings())
			.extracting(Finding::rule)
			.containsExactly(Rule.RENAL);
		assertThat(this.checker.check(List.of(PlanStep.of(3, "20", 4)), new BigDecimal("80.1"), true).findings())
			.isEmpty();
		assertThat(this.checker.check(List.of(PlanStep.of(3, "20", 4)), new BigDecimal("80"), true).findings())
			.extracting(Finding::rule)
			.containsExactly(Rule.RENAL);
	}

	@Test
	void bandEdgesFollowTheStudy() {
		TitrationRules rules = LabelRules.rules();
		assertThat(rules.renalBand(new BigDecimal("80.1"))).contains(LabelRules.NORMAL);
		assertThat(rules.renalBand(new BigDecimal("80"))).contains(LabelRules.MILD);
		assertThat(rules.renalBand(new BigDecimal("50.1"))).contains(LabelRules.MILD);
		assertThat(rules.renalBand(new BigDecimal("50"))).contains(LabelRules.MODERATE);
		assertThat(rules.renalBand(new BigDecimal("30"))).contains(LabelRules.MODERATE);
		assertThat(rules.renalBand(new BigDecimal("29.9"))).contains(LabelRules.SEVERE);
		assertThat(rules.renalBand(new BigDecimal("15"))).contains(LabelRules.SEVERE);
		// Below 15 mL/min is kidney failure: the dialysis row, on dialysis or not.
		assertThat(rules.renalBand(new BigDecimal("14.9"))).contains(LabelRules.DIALYSIS);
		assertThat(rules.renalBand(new BigDecimal("0"))).contains(LabelRules.DIALYSIS);
		assertThat(rules.renalBand(new BigDecimal("120"), true)).contains(LabelRules.DIALYSIS);
	}

	@Test
	void onDialysisTheDailyMaximumIsTheBandsWhateverTheClearance() {
		assertThat(this.checker.check(List.of(PlanStep.of(3, "5", 1)), new BigDecimal("100"), true, false).findings())
			.isEmpty();
		PlanChecker.PlanCheck check = this.checker.check(List.of(PlanStep.of(3, "5", 3)), null, true, false);
		assertThat(check.findings()).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo(Rule.RENAL);
			assertThat(finding.message())
				.isEqualTo("Step 1: 15 mg/day is above 5 mg/day, the ceiling for a patient on dialysis or with "
						+ "recorded kidney failure (ceiling about 5 mg/day; use only if the benefit outweighs the "
						+ "risk). The row comes from a national monograph (S20, S47, S64, S69); the US labels give "
						+ "no kidney bands and only advise caution and a lower dose.");
		});
		assertThat(this.checker.check(List.of(PlanStep.of(3, "2.5", 2)), null, true, false).findings()).isEmpty();
		assertThat(this.checker.check(List.of(PlanStep.of(3, "5.5", 1)), null, true, true).findings())
			.extracting(Finding::rule)
			.containsExactly(Rule.RENAL);
	}

	@Test
	void withoutCrclThereIsNoRenalFinding() {
		assertThat(this.checker.check(labelSchedule(), null, false).renalBand()).isNull();
	}

	@Test
	void theVerdictIsTheWorstSeverity() {
		PlanChecker.PlanCheck check = check(PlanStep.of(2, "10", 3), PlanStep.of(3, "30", 3), PlanStep.of(1, "0", 0));
		assertThat(check.findings()).extracting(Finding::rule)
			.contains(Rule.START_DOSE, Rule.STEP_SIZE, Rule.STEP_INTERVAL, Rule.DAILY_CAP, Rule.ABRUPT_STOP);
		assertThat(check.verdict()).isEqualTo(Verdict.ALERT);
		assertThat(check.findingsFor(2)).extracting(Finding::rule)
			.containsExactlyInAnyOrder(Rule.DAILY_CAP, Rule.STEP_SIZE, Rule.STEP_INTERVAL);
	}

	@Test
	void anEmptyPlanIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.checker.check(List.of(), null, false));
	}

}
