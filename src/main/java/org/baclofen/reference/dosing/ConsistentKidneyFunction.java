package org.baclofen.reference.dosing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The kidney inputs fit together: either a clearance or a serum creatinine, not both; a
 * serum creatinine (bounded in mg/dL after converting its unit) comes with the age,
 * weight and sex the Cockcroft–Gault estimate needs, for an adult; sex is only asked for
 * that estimate. Each error is reported on the field to correct, in the words of
 * messages.properties.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentKidneyFunction.Validator.class)
public @interface ConsistentKidneyFunction {

	String message() default "{kidney.inconsistent}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<ConsistentKidneyFunction, KidneyFunctionInput> {

		@Override
		public boolean isValid(KidneyFunctionInput input, ConstraintValidatorContext context) {
			if (input == null) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			boolean valid = true;
			if (input.getSerumCreatinine() == null) {
				if (input.getSex() != null) {
					valid = reject(context, "sex", "{kidney.sex.onlyForEstimate}");
				}
				return valid;
			}
			if (input.getCrclMlPerMin() != null) {
				valid = reject(context, "crclMlPerMin", "{kidney.crclOrEstimate}");
			}
			BigDecimal mgPerDl = input.serumCreatinineMgPerDl();
			if (mgPerDl.signum() > 0 && (mgPerDl.compareTo(KidneyFunctionInput.MIN_CREATININE_MG_PER_DL) < 0
					|| mgPerDl.compareTo(KidneyFunctionInput.MAX_CREATININE_MG_PER_DL) > 0)) {
				valid = reject(context, "serumCreatinine", "{kidney.serumCreatinine.range}");
			}
			if (input.getAgeYears() == null) {
				valid = reject(context, "ageYears", "{kidney.estimate.needsAge}");
			}
			else if (input.getAgeYears() < KidneyFunctionInput.MIN_ESTIMATE_AGE_YEARS) {
				valid = reject(context, "ageYears", "{kidney.estimate.adultsOnly}");
			}
			if (input.getWeightKg() == null) {
				valid = reject(context, "weightKg", "{kidney.estimate.needsWeight}");
			}
			if (input.getSex() == null) {
				valid = reject(context, "sex", "{kidney.estimate.needsSex}");
			}
			return valid;
		}

		private static boolean reject(ConstraintValidatorContext context, String field, String message) {
			context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
			return false;
		}

	}

}
