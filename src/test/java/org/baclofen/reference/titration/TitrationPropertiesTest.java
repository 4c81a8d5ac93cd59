package org.baclofen.reference.titration;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * The tools agree with themselves: every plan and every taper they generate, over
 * targets, patients (kidney function in every band, at its edges and in kidney failure,
 * dialysis, ages from birth to adulthood with and without a weight), products, and taper
 * starts up to far above the maximum, is checked by the checker and comes out OK, and
 * every dose in it is one the chosen product can give.
 */
class TitrationPropertiesTest {

	/**
	 * What a check may say about the current regimen itself, which a taper does not
	 * choose: above the maximum, a kidney or age ceiling, or the doses a day the protocol
	 * allows, or at an age no source covers.
	 */
	private static final Set<Rule> ABOUT_THE_CURRENT_REGIMEN = Set.of(Rule.DAILY_CAP, Rule.RENAL, Rule.AGE,
			Rule.FREQUENCY);

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
		// Every band edge (kidney failure below 15 included) and values beside it, any
		// clearance to a tenth, or none.
		Arbitrary<BigDecimal> edges = Arbitraries
			.of("0", "5", "12", "14.9", "15", "15.1", "29.9", "30", "30.1", "49.9", "50", "50.1", "79.9", "80", "80.1",
					"150")
			.map(BigDecimal::new);
		Arbitrary<BigDecimal> any = Arbitraries.integers()
			.between(0, 2000)
			.map((tenths) -> BigDecimal.valueOf(tenths, 1));
		return Arbitraries.oneOf(edges, any).injectNull(0.2);
	}

	@Provide
	Arbitrary<Integer> ages() {
		// Every age band and its edges (children 0 to 17), adults, or no age at all.
		Arbitrary<Integer> children = Arbitraries.integers().between(0, 17);
		Arbitrary<Integer> edges = Arbitraries.of(1, 2, 7, 8, 11, 12);
		Arbitrary<Integer> adults = Arbitraries.integers().between(18, 100);
		return Arbitraries.oneOf(children, edges, adults).injectNull(0.25);
	}

	@Provide
	Arbitrary<BigDecimal> weights() {
		// Weights from 5 to 120 kg in half kilograms, the starting-dose edges, or none.
		Arbitrary<BigDecimal> edges = Arbitraries.of("19.9", "20", "20.1", "49.9", "50", "50.1").map(BigDecimal::new);
		Arbitrary<BigDecimal> any = Arbitraries.integers()
			.between(10, 240)
			.map((halves) -> BigDecimal.valueOf(halves).divide(BigDecimal.valueOf(2)));
		return Arbitraries.oneOf(edges, any).injectNull(0.1);
	}

	@Provide
	Arbitrary<Patient> patients() {
		Arbitrary<Boolean> dialysis = Arbitraries.frequency(Tuple.of(1, true), Tuple.of(3, false));
		return Combinators.combine(clearances(), dialysis, ages(), weights()).as(Patient::new);
	}

	@Provide
	Arbitrary<OralProduct> products() {
		return Arbitraries.of(LabelRules.PRODUCTS);
	}

	private List<PlanStep> generated(BigDecimal target, PatientRules patient, OralProduct product) {
		try {
			return new PlanGenerator(patient, product).generate(target);
		}
		catch (PlanRefusedException refused) {
			assertThat(refused.getMessage()).isNotBlank();
			assertThat(refused.field()).isIn("targetDailyMg", "ageYears", "weightKg", "product");
			Assume.that(false);
			return List.of();
		}
	}

	@Property
	void everyGeneratedPlanChecksAsOk(@ForAll("targets") BigDecimal target, @ForAll("patients") Patient patient,
			@ForAll("products") OralProduct product) {
		PatientRules applied = PatientRules.of(this.rules, patient);
		List<PlanStep> plan = generated(target, applied, product);
		assertThat(applied.hasNoSchedule()).as("no plan under the youngest age band").isFalse();
		PlanChecker.PlanCheck check = new PlanChecker(this.rules).check(patient, plan, false);
		assertThat(check.findings()).isEmpty();
		assertThat(check.verdict()).isEqualTo(Verdict.OK);
		assertThat(plan).allSatisfy((step) -> assertThat(product.canMake(step.doseMg())).isTrue());
		assertThat(plan).allSatisfy((step) -> assertThat(step.dailyMg()).isLessThanOrEqualTo(applied.maxDailyMg()));
		assertThat(plan).allSatisfy((step) -> assertThat(step.timesPerDay())
			.isLessThanOrEqualTo(applied.rules().maxAdministrationsPerDay()));
	}

	@Property
	void underTheYoungestAgeBandThePlannerRefusesAndSaysWhy(@ForAll("targets") BigDecimal target,
			@ForAll @IntRange(min = 0, max = 1) int age, @ForAll("products") OralProduct product) {
		PatientRules applied = PatientRules.of(this.rules, new Patient(null, false, age, new BigDecimal("10")));
		try {
			new PlanGenerator(applied, product).generate(target);
		}
		catch (PlanRefusedException refused) {
			assertThat(refused.field()).isEqualTo("ageYears");
			assertThat(refused.getMessage()).contains("No source gives an oral baclofen schedule for children under 2");
			return;
		}
		throw new AssertionError("A plan for a child of " + age + " years");
	}

	@Property
	void aRenalPlanEndsAtTheReducedTargetOrTheMostTheProductGivesBelowIt(@ForAll("targets") BigDecimal target,
			@ForAll("clearances") BigDecimal crcl, @ForAll boolean dialysis, @ForAll("products") OralProduct product) {
		RenalBandRule band = this.rules.renalBand(crcl, dialysis).orElse(null);
		Assume.that(band != null);
		List<PlanStep> plan = generated(target, PatientRules.adult(this.rules, band), product);
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

	@Property(tries = 1500)
	void everyTaperChecksAsOkAfterTheCurrentRegimen(@ForAll @IntRange(min = 1, max = 80) int currentQuarterTenMg,
			@ForAll @IntRange(min = 1, max = 6) int timesPerDay, @ForAll @IntRange(min = 14, max = 60) int days,
			@ForAll("products") OralProduct product, @ForAll("patients") Patient patient) {
		// Current doses from 2.5 to 200 mg, up to 6 times a day: up to 1200 mg/day, far
		// above the maximum.
		BigDecimal current = BigDecimal.valueOf(currentQuarterTenMg).multiply(new BigDecimal("2.5"));
		BigDecimal currentDaily = current.multiply(BigDecimal.valueOf(timesPerDay));
		PatientRules applied = PatientRules.of(this.rules, patient);
		List<PlanStep> taper;
		try {
			taper = new TaperPlanner(applied, product).taper(current, timesPerDay, days);
		}
		catch (PlanRefusedException refused) {
			// Only a daily dose the product cannot go below is refused, and the refusal
			// says what to use.
			assertThat(currentDaily).isLessThanOrEqualTo(product.unit());
			assertThat(refused.getMessage()).contains("cannot be reduced further").contains("Choose an oral liquid");
			return;
		}
		List<PlanStep> withCurrent = new ArrayList<>();
		withCurrent.add(new PlanStep(this.rules.intervalDays(), current, timesPerDay));
		withCurrent.addAll(taper);
		PlanChecker.PlanCheck check = new PlanChecker(this.rules).check(patient, withCurrent, true);
		assertThat(check.findingsFor(1))
			.allSatisfy((finding) -> assertThat(finding.rule()).isIn(ABOUT_THE_CURRENT_REGIMEN));
		assertThat(check.findings()).filteredOn((finding) -> finding.step() > 1)
			.allSatisfy((finding) -> assertThat(finding.severity()).isEqualTo(Rule.Severity.INFO));
		BigDecimal ceiling = applied.ceilingMg();
		for (int i = 0; i < taper.size(); i++) {
			BigDecimal before = (i == 0) ? currentDaily : taper.get(i - 1).dailyMg();
			assertThat(taper.get(i).dailyMg()).isLessThan(before);
			if (ceiling != null) {
				assertThat(taper.get(i).dailyMg()).isLessThanOrEqualTo(ceiling);
			}
		}
		assertThat(taper.get(taper.size() - 1).isStopped()).isTrue();
		assertThat(taper).filteredOn((step) -> !step.isStopped())
			.allSatisfy((step) -> assertThat(product.canMake(step.doseMg())).isTrue());
		assertThat(taper).allSatisfy((step) -> assertThat(step.timesPerDay())
			.isLessThanOrEqualTo(applied.rules().maxAdministrationsPerDay()));
		assertThat(taper.stream().filter((step) -> !step.isStopped()).mapToInt(PlanStep::days).sum())
			.isGreaterThanOrEqualTo(days);
	}

}
