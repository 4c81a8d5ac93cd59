package org.baclofen.reference.titration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The oral rules by age: the US label from 12 years, the weight-based schedule (Harriet
 * Lane, off-label in the US) from 2 to under 12 with its ceilings, none under 2, and the
 * adult rules, said so, when no age is given.
 */
class AgeRulesTest {

	private final TitrationRules rules = LabelRules.rules();

	private PatientRules child(int age, String weightKg) {
		return PatientRules.of(this.rules,
				new Patient(null, false, age, (weightKg == null) ? null : new BigDecimal(weightKg)));
	}

	@Test
	void aFiveYearOldOnTwentyMilligramsFourTimesADayIsAboveTheAgeCeiling() {
		PlanChecker.PlanCheck check = new PlanChecker(this.rules).check(new Patient(null, false, 5, null),
				List.of(PlanStep.of(30, "20", 4)), true);
		assertThat(check.verdict()).isEqualTo(Verdict.ALERT);
		assertThat(check.findings()).extracting(Finding::rule).containsExactly(Rule.AGE);
		assertThat(check.findings().get(0).message()).isEqualTo("Step 1: 80 mg/day is above the age ceiling of 60 "
				+ "mg/day for 2 to under 8 years (off-label in the US; S19), for a child of 5 years.");
		// The same dose passes the adult rules, which is why the age matters.
		assertThat(new PlanChecker(this.rules).check(List.of(PlanStep.of(30, "20", 4)), null, true).findings())
			.isEmpty();
	}

	@Test
	void aChildsPlanStartsByWeightAtOnceADayThenAddsDosesThenRaisesThem() {
		List<PlanStep> plan = new PlanGenerator(child(5, "25"), LabelRules.TABLETS).generate(new BigDecimal("30"));
		assertThat(plan).containsExactly(PlanStep.of(3, "5", 1), PlanStep.of(3, "5", 2), PlanStep.of(3, "5", 3),
				PlanStep.of(3, "10", 3));
		assertThat(new PlanChecker(this.rules).check(new Patient(null, false, 5, new BigDecimal("25")), plan, false)
			.findings()).isEmpty();
		// Under 20 kg the start is 2.5 mg, which only a liquid gives.
		assertThat(new PlanGenerator(child(3, "14"), LabelRules.SOLUTION).generate(new BigDecimal("7.5")))
			.containsExactly(PlanStep.of(3, "2.5", 1), PlanStep.of(3, "2.5", 2), PlanStep.of(3, "2.5", 3));
		assertThatThrownBy(() -> new PlanGenerator(child(3, "14"), LabelRules.TABLETS).generate(new BigDecimal("7.5")))
			.isInstanceOf(PlanRefusedException.class)
			.hasMessageContaining("2.5 mg, cannot be given with Baclofen tablets (generic)");
	}

	@Test
	void theAgeCeilingCapsTheTargetAndTheAdultStartIsAFindingForAChild() {
		assertThatThrownBy(() -> new PlanGenerator(child(5, "25"), LabelRules.TABLETS).generate(new BigDecimal("80")))
			.isInstanceOf(PlanRefusedException.class)
			.hasMessage("A target of 80 mg/day is above the ceiling of 60 mg/day for 2 to under 8 years "
					+ "(off-label in the US; S19).");
		PlanChecker.PlanCheck adultStart = new PlanChecker(this.rules)
			.check(new Patient(null, false, 5, new BigDecimal("25")), List.of(PlanStep.of(3, "5", 3)), false);
		assertThat(adultStart.findings()).extracting(Finding::rule).containsExactly(Rule.START_DOSE);
		assertThat(adultStart.findings().get(0).message())
			.contains("the weight-based schedule for this child (off-label in the US) starts at 5 mg once a day");
	}

	@Test
	void underTwoThePlannerRefusesAndTheCheckerSaysTheDosesCannotBeChecked() {
		assertThatThrownBy(() -> new PlanGenerator(child(1, "9"), LabelRules.SOLUTION).generate(new BigDecimal("5")))
			.isInstanceOf(PlanRefusedException.class)
			.hasMessage("No source gives an oral baclofen schedule for children under 2 years (S19), so this tool "
					+ "does not plan one.")
			.extracting((refused) -> ((PlanRefusedException) refused).field())
			.isEqualTo("ageYears");
		assertThat(new PlanChecker(this.rules)
			.check(new Patient(null, false, 1, null), List.of(PlanStep.of(3, "2.5", 1)), false)
			.findings()).extracting(Finding::rule).containsExactly(Rule.AGE);
	}

	@Test
	void aChildWithoutAWeightHasNoStartingDose() {
		assertThatThrownBy(() -> new PlanGenerator(child(9, null), LabelRules.TABLETS).generate(new BigDecimal("30")))
			.isInstanceOf(PlanRefusedException.class)
			.hasMessageContaining("the starting dose depends on weight")
			.extracting((refused) -> ((PlanRefusedException) refused).field())
			.isEqualTo("weightKg");
	}

	@Test
	void fromTwelveTheLabelAppliesAndWithoutAnAgeTheToolsSaySo() {
		assertThat(child(12, "40").rules()).isSameAs(this.rules);
		assertThat(child(12, "40").ageStatement()).isEqualTo("Age 12: the US label's rules (12 years and over).");
		assertThat(PlanRules.noAge(this.rules).ageStatement())
			.isEqualTo("No age was given, so the US label's adult rules were used.");
		assertThat(child(7, "22").ageStatement()).startsWith("Age 7: off-label in the US for 2 to under 8 years")
			.contains("starts at 5 mg once a day for 22 kg", "to at most 60 mg/day");
	}

	@Test
	void kidneyReductionsApplyOnTopForAChild() {
		PatientRules renalChild = PatientRules.of(this.rules,
				new Patient(new BigDecimal("40"), false, 10, new BigDecimal("35")));
		assertThat(renalChild.ceilingMg()).isEqualByComparingTo("40");
		List<PlanStep> plan = new PlanGenerator(renalChild, LabelRules.SOLUTION).generate(new BigDecimal("60"));
		assertThat(plan.get(0)).isEqualTo(PlanStep.of(3, "2.5", 1));
		assertThat(plan.get(plan.size() - 1).dailyMg()).isLessThanOrEqualTo(new BigDecimal("30"));
		assertThat(new PlanChecker(this.rules).check(renalChild.patient(), plan, false).findings()).isEmpty();
	}

	/** The adult rules as a patient without an age gets them. */
	private static final class PlanRules {

		static PatientRules noAge(TitrationRules rules) {
			return PatientRules.of(rules, Patient.UNKNOWN);
		}

	}

}
