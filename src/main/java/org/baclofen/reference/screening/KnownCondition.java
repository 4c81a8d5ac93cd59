package org.baclofen.reference.screening;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The code of a stored screening condition. Conditions are content, so the check reads
 * the database rather than an enum; used on list elements it reports the element's own
 * path ({@code conditions[0]}).
 */
@Documented
@Target({ ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownConditionValidator.class)
public @interface KnownCondition {

	String message() default "{screening.condition.unknown}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
