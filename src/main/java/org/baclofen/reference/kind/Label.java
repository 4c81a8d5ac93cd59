package org.baclofen.reference.kind;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How an editor knows a form field: the message its edit page labels it with, and for a
 * choice among enum values the prefix of their labels ({@code values.NAME}). History and
 * conflict tables use it to show the field and its value the way the form does.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Label {

	/** The label's message key, such as {@code admin.field.route}. */
	String value();

	/**
	 * For an enum field, the message prefix of its values' labels, such as {@code route};
	 * empty otherwise.
	 */
	String values() default "";

	/**
	 * For a field holding ids of other items, their entity type, so history and conflict
	 * tables name the items rather than give their ids; {@code Void} for any other field.
	 */
	Class<?> linked() default Void.class;

	/**
	 * Editor-only provenance (such as where a source was read): shown in admin history,
	 * never in public logs.
	 */
	boolean editorOnly() default false;

}
