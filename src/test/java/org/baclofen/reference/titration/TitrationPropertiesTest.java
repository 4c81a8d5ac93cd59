package org.baclofen.reference.titration;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The tools agree with themselves: every plan and every taper they generate, over
 * targets, kidney function (every band, its edges and dialysis), products and taper
 * starts, is checked by the checker and comes out OK, and every dose in it is one the
 * chosen product can give.
 */
class TitrationPropertiesTest {

	private final TitrationRules rules = LabelRules.rules();

	@Provide
	Arbitrary<BigDecimal> targets() {
		// Daily doses in 2.5 mg steps from 2.5 to 100 mg: inside and outside the
		// plannable range.
		return Arbitraries.integers()
			.between(1, 40)
			.map((halves) -> new BigDecimal("2.5").multiply(BigDecimal.valueOf(halves)));
	}

	@Provide
	Arbitrary<BigDecimal> anyTargets() {
		// Any daily dose from 0.25 to 100 mg in quarter-milligram steps, most of which no
		// product can make.
		return Arbitraries.integers()
			.between(1, 400)
			.map((quarters) -> BigDecimal.valueOf(quarters).divide(BigDecimal.valueOf(4)));
	}

	@Provide
	Arbitrary<BigDecimal> clearances() {
		// Every band edge and values just beside it, any clearance to a tenth, or none.
		Arbitrary<BigDecimal> edges = Arbitraries
			.of("0", "29.9", "30", "30.1", "49.9", "50", "50.1", "79.9", "80", "80.1", "150")
			.map(BigDecimal::new);
		Arbitrary<BigDecimal> any = Arbitraries.integers()
			.between(0, 2000)
			.map((tenths) -> BigDecimal.valueOf(tenths, 1));
		return Arbitraries.oneOf(edges, any).injectNull(0.2);
	}

	@Provide
	Arbitrary<OralProduct> products() {
		return Arbitraries.of(LabelRules.PRODUCTS);
	}

	private List<PlanStep> generated(BigDecimal target, RenalBandRule band, OralProduct product) {
		try {
			return new PlanGenerator(this.rules, product).generate(target, band);
		}
		catch (PlanRefusedException refused) {
			Assume.that(false);
			return List.of();
		}
	}

	@Property
	void everyGeneratedPlanChecksAsOk(@ForAll("targets") BigDecimal target, @ForAll("clearances") BigDecimal crcl,
			@ForAll boolean dialysis, @ForAll("products") OralProduct product) {
		RenalBandRule band = this.rules.renalBand(crcl, dialysis).orElse(null);
		List<PlanStep> plan = generated(target, band, product);
		PlanChecker.PlanCheck check = new PlanChecker(this.rules).check(plan, crcl, dialysis, false);
		assertThat(check.findings()).isEmpty();
		assertThat(check.verdict()).isEqualTo(Verdict.OK);
		assertThat(plan).allSatisfy((step) -> assertThat(product.canMake(step.doseMg())).isTrue());
		assertThat(plan)
			.allSatisfy((step) -> assertThat(step.dailyMg()).isLessThanOrEqualTo(this.rules.maxDailyMg(band)));
	}

	@Property
	void aRenalPlanEndsAtTheReducedTargetOrTheMostTheProductGivesBelowIt(@ForAll("targets") BigDecimal target,
			@ForAll("clearances") BigDecimal crcl, @ForAll boolean dialysis, @ForAll("products") OralProduct product) {
		RenalBandRule band = this.rules.renalBand(crcl, dialysis).orElse(null);
		Assume.that(band != null);
		List<PlanStep> plan = generated(target, band, product);
		BigDecimal reduced = band.allowedDailyMg(target);
		BigDecimal last = plan.get(plan.size() - 1).dailyMg();
		assertThat(last).isLessThanOrEqualTo(reduced);
		assertThat(reduced.subtract(last))
			.isLessThan(product.unit().multiply(BigDecimal.valueOf(this.rules.maxAdministrationsPerDay())));
	}

	@Property
	void everyTargetIsPlannedExactlyOrRefusedWithAReason(@ForAll("anyTargets") BigDecimal target,
			@ForAll("products") OralProduct product) {
		try {
			List<PlanStep> plan = new PlanGenerator(this.rules, product).generate(target, null);
			assertThat(plan.get(plan.size() - 1).dailyMg()).isEqualByComparingTo(target);
		}
		catch (PlanRefusedException refused) {
			assertThat(refused.getMessage()).isNotBlank();
			assertThat(refused.field()).isEqualTo("targetDailyMg");
		}
	}

	@Property
	void everyTaperChecksAsOkAfterTheCurrentRegimen(@ForAll @IntRange(min = 1, max = 80) int currentQuarterTenMg,
			@ForAll @IntRange(min = 1, max = 4) int timesPerDay, @ForAll @IntRange(min = 14, max = 60) int days,
			@ForAll("products") OralProduct product) {
		BigDecimal current = BigDecimal.valueOf(currentQuarterTenMg).multiply(new BigDecimal("2.5"));
		List<PlanStep> taper;
		try {
			taper = new TaperPlanner(this.rules, product).taper(current, timesPerDay, days);
		}
		catch (PlanRefusedException refused) {
			// Only a daily dose the product cannot go below is refused, and the refusal
			// says what to use.
			assertThat(current.multiply(BigDecimal.valueOf(timesPerDay))).isLessThanOrEqualTo(product.unit());
			assertThat(refused.getMessage()).contains("cannot be reduced further").contains("Choose an oral liquid");
			return;
		}
		List<PlanStep> withCurrent = new ArrayList<>();
		withCurrent.add(new PlanStep(this.rules.intervalDays(), current, timesPerDay));
		withCurrent.addAll(taper);
		PlanChecker.PlanCheck check = new PlanChecker(this.rules).check(withCurrent, null, true);
		BigDecimal currentDaily = current.multiply(BigDecimal.valueOf(timesPerDay));
		if (currentDaily.compareTo(this.rules.maxDailyMg()) <= 0) {
			assertThat(check.findings()).isEmpty();
		}
		else {
			assertThat(check.findings()).extracting(Finding::rule).containsExactly(Rule.DAILY_CAP);
			assertThat(check.findings().get(0).step()).isEqualTo(1);
		}
		for (int i = 1; i < taper.size(); i++) {
			assertThat(taper.get(i).dailyMg()).isLessThanOrEqualTo(taper.get(i - 1).dailyMg());
		}
		assertThat(taper.get(0).dailyMg()).isLessThan(currentDaily).isLessThanOrEqualTo(this.rules.maxDailyMg());
		assertThat(taper.get(taper.size() - 1).isStopped()).isTrue();
		assertThat(taper).filteredOn((step) -> !step.isStopped())
			.allSatisfy((step) -> assertThat(product.canMake(step.doseMg())).isTrue());
		assertThat(taper.stream().filter((step) -> !step.isStopped()).mapToInt(PlanStep::days).sum())
			.isGreaterThanOrEqualTo(days);
	}

}
