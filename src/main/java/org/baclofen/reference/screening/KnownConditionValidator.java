package org.baclofen.reference.screening;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks a condition code against the published conditions. Spring creates it, so the
 * index is injected; blank and missing codes are left to {@code @NotBlank}.
 */
class KnownConditionValidator implements ConstraintValidator<KnownCondition, String> {

	private final ScreeningIndexSource index;

	KnownConditionValidator(ScreeningIndexSource index) {
		this.index = index;
	}

	@Override
	public boolean isValid(String code, ConstraintValidatorContext context) {
		return code == null || code.isBlank() || this.index.load().isCondition(code);
	}

}
