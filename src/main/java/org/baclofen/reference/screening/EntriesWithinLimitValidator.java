package org.baclofen.reference.screening;

import java.util.Objects;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Counts the entries of a request after splitting. A list that is already too long, or
 * has missing elements, is reported by the field's own constraints, so it is not reported
 * twice.
 */
class EntriesWithinLimitValidator implements ConstraintValidator<EntriesWithinLimit, ScreeningRequest> {

	private int max;

	@Override
	public void initialize(EntriesWithinLimit annotation) {
		this.max = annotation.max();
	}

	@Override
	public boolean isValid(ScreeningRequest request, ConstraintValidatorContext context) {
		if (request == null || request.medications() == null || request.medications().size() > this.max
				|| request.medications().stream().anyMatch(Objects::isNull) || request.entries().size() <= this.max) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
			.addPropertyNode("medications")
			.addConstraintViolation();
		return false;
	}

}
