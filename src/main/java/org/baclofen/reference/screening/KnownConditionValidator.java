package org.baclofen.reference.screening;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks a condition code against the stored conditions. Spring creates it, so the
 * repository is injected; blank and missing codes are left to {@code @NotBlank}.
 */
class KnownConditionValidator implements ConstraintValidator<KnownCondition, String> {

	private final ScreeningConditionRepository conditions;

	KnownConditionValidator(ScreeningConditionRepository conditions) {
		this.conditions = conditions;
	}

	@Override
	public boolean isValid(String code, ConstraintValidatorContext context) {
		return code == null || code.isBlank() || this.conditions.existsByCode(code);
	}

}
