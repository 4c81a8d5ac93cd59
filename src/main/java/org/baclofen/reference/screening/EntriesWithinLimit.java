package org.baclofen.reference.screening;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A request's medicines, once each element is split as the check page splits its box
 * ("oxycodone and Xanax" is two), are at most {@link #max()} entries. Reported on
 * {@code medications}, like the limit on the list itself.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EntriesWithinLimitValidator.class)
public @interface EntriesWithinLimit {

	String message() default "{screening.medications.tooMany}";

	int max() default MedicationMatcher.MAX_ENTRIES;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
