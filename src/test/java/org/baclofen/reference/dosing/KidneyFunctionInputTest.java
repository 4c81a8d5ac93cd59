package org.baclofen.reference.dosing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.baclofen.reference.dosing.CockcroftGault.CreatinineUnit;
import org.baclofen.reference.dosing.CockcroftGault.Sex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The one kidney-function input: its bounds hold whichever unit the creatinine is typed
 * in, and the inputs fit together before any estimate is made.
 */
class KidneyFunctionInputTest {

	private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

	private final Validator validator = FACTORY.getValidator();

	@AfterAll
	static void close() {
		FACTORY.close();
	}

	private static KidneyFunctionInput estimate(String creatinine, CreatinineUnit unit) {
		KidneyFunctionInput input = new KidneyFunctionInput();
		input.setAgeYears(60);
		input.setWeightKg(new BigDecimal("70"));
		input.setSerumCreatinine(new BigDecimal(creatinine));
		input.setCreatinineUnit(unit);
		input.setSex(Sex.MALE);
		return input;
	}

	/** The fields the errors are reported on, in order. */
	private List<String> invalidFields(KidneyFunctionInput input) {
		return this.validator.validate(input)
			.stream()
			.map(ConstraintViolation::getPropertyPath)
			.map(Object::toString)
			.sorted()
			.toList();
	}

	@Test
	void theCreatinineIsBoundedAfterConvertingItsUnit() {
		assertThat(invalidFields(estimate("20", CreatinineUnit.MG_PER_DL))).isEmpty();
		assertThat(invalidFields(estimate("20.01", CreatinineUnit.MG_PER_DL))).containsExactly("serumCreatinine");
		assertThat(invalidFields(estimate("0.09", CreatinineUnit.MG_PER_DL))).containsExactly("serumCreatinine");
		// 1768 µmol/L is 20 mg/dL; 1800 is 20.4 mg/dL; 2000, which the planner used to
		// accept "in the unit chosen", is 22.6 mg/dL.
		assertThat(invalidFields(estimate("1768", CreatinineUnit.UMOL_PER_L))).isEmpty();
		assertThat(invalidFields(estimate("1800", CreatinineUnit.UMOL_PER_L))).containsExactly("serumCreatinine");
		assertThat(invalidFields(estimate("2000", CreatinineUnit.UMOL_PER_L))).containsExactly("serumCreatinine");
		assertThat(invalidFields(estimate("8", CreatinineUnit.UMOL_PER_L))).containsExactly("serumCreatinine");
		assertThat(invalidFields(estimate("88.4", CreatinineUnit.UMOL_PER_L))).isEmpty();
	}

	@Test
	void theSameValueGivesTheSameEstimateInEitherUnit() {
		assertThat(estimate("1.2", CreatinineUnit.MG_PER_DL).resolvedCrclMlPerMin())
			.isEqualByComparingTo(estimate("106.08", CreatinineUnit.UMOL_PER_L).resolvedCrclMlPerMin())
			.isEqualByComparingTo("64.8");
	}

	@Test
	void aClearanceAndAnEstimateAreNotBothGiven() {
		KidneyFunctionInput input = estimate("1.2", CreatinineUnit.MG_PER_DL);
		input.setCrclMlPerMin(new BigDecimal("40"));
		assertThat(invalidFields(input)).containsExactly("crclMlPerMin");
	}

	@Test
	void theEstimateNeedsAnAdultsAgeWeightAndSex() {
		KidneyFunctionInput input = estimate("1.2", CreatinineUnit.MG_PER_DL);
		input.setAgeYears(null);
		input.setWeightKg(null);
		input.setSex(null);
		assertThat(invalidFields(input)).containsExactly("ageYears", "sex", "weightKg");
		KidneyFunctionInput child = estimate("0.5", CreatinineUnit.MG_PER_DL);
		child.setAgeYears(10);
		assertThat(invalidFields(child)).containsExactly("ageYears");
	}

	@Test
	void ageAndWeightAloneAreValidForTheAgeRulesAndSexAloneIsNot() {
		KidneyFunctionInput child = new KidneyFunctionInput();
		child.setAgeYears(5);
		child.setWeightKg(new BigDecimal("18.5"));
		child.setCrclMlPerMin(new BigDecimal("60"));
		assertThat(invalidFields(child)).isEmpty();
		assertThat(child.resolvedCrclMlPerMin()).isEqualByComparingTo("60");
		assertThat(child.hasPatientInputs()).isTrue();
		KidneyFunctionInput sexOnly = new KidneyFunctionInput();
		sexOnly.setSex(Sex.FEMALE);
		assertThat(invalidFields(sexOnly)).containsExactly("sex");
		assertThat(new KidneyFunctionInput().hasPatientInputs()).isFalse();
	}

	@Test
	void fieldBoundsHold() {
		KidneyFunctionInput input = new KidneyFunctionInput();
		input.setAgeYears(121);
		input.setWeightKg(new BigDecimal("1.9"));
		input.setCrclMlPerMin(new BigDecimal("250.01"));
		assertThat(invalidFields(input)).containsExactly("ageYears", "crclMlPerMin", "weightKg");
	}

}
