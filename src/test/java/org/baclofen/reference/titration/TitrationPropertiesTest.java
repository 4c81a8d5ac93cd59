package org.baclofen.reference.titration;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of generated plans and tapers, over every target and renal band the rules allow.
 */
class TitrationPropertiesTest {

	private final TitrationRules rules = LabelRules.rules();

	@Provide
	Arbitrary<BigDecimal> targets() {
		// Daily doses in half-tablet steps from 2.5 to 100 mg: inside and outside the plannable range.
		return Arbitraries.integers().between(1, 40).map((halves) -> new BigDecimal("2.5").multiply(BigDecimal.valueOf(halves)));
	}

	@Provide
	Arbitrary<BigDecimal> anyTargets() {
		// Any daily dose from 0.25 to 100 mg in quarter-milligram steps, most of which tablets cannot make.
		return Arbitraries.integers().between(1, 400).map((quarters) -> BigDecimal.valueOf(quarters).divide(BigDecimal.valueOf(4)));
	}

	@Provide
	Arbitrary<RenalBandRule> bands() {
		return Arbitraries.of(LabelRules.NORMAL, LabelRules.MILD, LabelRules.MODERATE, LabelRules.SEVERE)
			.injectNull(0.3);
	}

	private List<PlanStep> generated(BigDecimal target, RenalBandRule band) {
		try {
			return new PlanGenerator(this.rules).generate(target, band);
		}
		catch (PlanRefusedException refused) {
			Assume.that(false);
			return List.of();
		}
	}

	@Property
	void aGeneratedPlanNeverExceedsTheCap(@ForAll("targets") BigDecimal target, @ForAll("bands") RenalBandRule band) {
		BigDecimal cap = this.rules.maxDailyMg(band);
		assertThat(generated(target, band)).allSatisfy((step) -> assertThat(step.dailyMg()).isLessThanOrEqualTo(cap));
	}

	@Property
	void aGeneratedPlanNeverIncreasesFasterThanTheProtocol(@ForAll("targets") BigDecimal target,
			@ForAll("bands") RenalBandRule band) {
		List<PlanStep> plan = generated(target, band);
		for (int i = 1; i < plan.size(); i++) {
			assertThat(plan.get(i).doseMg().subtract(plan.get(i - 1).doseMg()))
				.isLessThanOrEqualTo(this.rules.incrementMg());
			assertThat(plan.get(i - 1).days()).isGreaterThanOrEqualTo(this.rules.intervalDays());
		}
	}

	@Property
	void aGeneratedPlanChecksAsOk(@ForAll("targets") BigDecimal target, @ForAll("bands") RenalBandRule band) {
		List<PlanStep> plan = generated(target, band);
		BigDecimal crcl = (band == null) ? null : (band.minMlPerMin() == null ? BigDecimal.ZERO : band.minMlPerMin());
		PlanChecker.PlanCheck check = new PlanChecker(this.rules).check(plan, crcl, false);
		assertThat(check.findings()).isEmpty();
		assertThat(check.verdict()).isEqualTo(Verdict.OK);
	}

	@Property
	void everyTargetIsPlannedExactlyOrRefusedWithAReason(@ForAll("anyTargets") BigDecimal target) {
		try {
			List<PlanStep> plan = new PlanGenerator(this.rules).generate(target, null);
			assertThat(plan.get(plan.size() - 1).dailyMg()).isEqualByComparingTo(target);
		}
		catch (PlanRefusedException refused) {
			assertThat(refused.getMessage()).isNotBlank();
			assertThat(refused.field()).isEqualTo("targetDailyMg");
		}
	}

	@Property
	void aTaperNeverIncreasesAndEndsAtZero(@ForAll @IntRange(min = 1, max = 32) int currentQuarterTablets,
			@ForAll @IntRange(min = 1, max = 4) int timesPerDay, @ForAll @IntRange(min = 14, max = 60) int days) {
		BigDecimal current = BigDecimal.valueOf(currentQuarterTablets).multiply(new BigDecimal("2.5"));
		List<PlanStep> taper = new TaperPlanner(this.rules).taper(current, timesPerDay, days);
		for (int i = 1; i < taper.size(); i++) {
			assertThat(taper.get(i).dailyMg()).isLessThanOrEqualTo(taper.get(i - 1).dailyMg());
		}
		assertThat(taper.get(0).doseMg()).isLessThanOrEqualTo(current);
		assertThat(taper.get(taper.size() - 1).isStopped()).isTrue();
		assertThat(taper.stream().filter((step) -> !step.isStopped()).mapToInt(PlanStep::days).sum())
			.isGreaterThanOrEqualTo(days);
	}

}
