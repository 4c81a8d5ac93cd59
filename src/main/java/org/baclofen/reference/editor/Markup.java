package org.baclofen.reference.editor;

import java.beans.PropertyDescriptor;
import java.util.regex.Pattern;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.validation.Errors;

/**
 * Markup typed into a content field. Pages print every field as text, so a tag would show
 * to readers as it was typed ("&lt;b&gt;"); the form refuses it instead of storing it
 * silently. A less-than sign before a number or a space ("CrCl &lt;30", "a &lt; b") is
 * text, not markup.
 */
final class Markup {

	/** A tag (opening or closing), a comment or declaration, or a character reference. */
	private static final Pattern MARKUP = Pattern.compile("</?[A-Za-z][^<>]*>|<!|&(#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z]+);");

	private Markup() {
	}

	static boolean in(String text) {
		return text != null && MARKUP.matcher(text).find();
	}

	/** Rejects each text field of the form that holds markup (and has no error yet). */
	static void refuseIn(Object form, Errors errors) {
		BeanWrapper fields = PropertyAccessorFactory.forBeanPropertyAccess(form);
		for (PropertyDescriptor field : fields.getPropertyDescriptors()) {
			String name = field.getName();
			if (field.getPropertyType() == String.class && fields.isReadableProperty(name)
					&& !errors.hasFieldErrors(name) && in((String) fields.getPropertyValue(name))) {
				errors.rejectValue(name, "admin.markup");
			}
		}
	}

}
