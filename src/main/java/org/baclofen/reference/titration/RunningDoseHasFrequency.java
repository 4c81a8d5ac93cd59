package org.baclofen.reference.titration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A step with a dose above 0 must be taken at least once a day; only a stopped step may
 * say 0 times. The error is reported on {@code timesPerDay}, where the pharmacist can fix
 * it.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = RunningDoseHasFrequency.Validator.class)
public @interface RunningDoseHasFrequency {

	String message() default "{titration.timesPerDay.forRunningDose}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<RunningDoseHasFrequency, StepInput> {

		@Override
		public boolean isValid(StepInput step, ConstraintValidatorContext context) {
			if (step == null || step.getDoseMg() == null || step.getTimesPerDay() == null
					|| step.getDoseMg().signum() <= 0 || step.getTimesPerDay() > 0) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode("timesPerDay")
				.addConstraintViolation();
			return false;
		}

	}

}
