package org.baclofen.reference.changelog;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.baclofen.reference.admin.ContentForm;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * A content form's fields as a reader would name them: in the form's own order, under the labels the edit form
 * shows, with enum values in words. Editor-only provenance and bookkeeping never appear; cited sources are
 * listed on their own, so they are left out here too.
 */
@Component
class FieldWording {

	/** Not content a reader needs: bookkeeping, editor-only provenance, and the sources (shown apart). */
	private static final Set<String> NOT_PUBLIC = Set.of("version", "reviewed", "readVia", "sourceIds");

	private final MessageSource messages;

	FieldWording(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param entityName the entity's simple name in lower camel case ("interaction"), which some labels are
	 * keyed by
	 * @return label to value, in the form's field order
	 */
	Map<String, String> of(ContentForm form, String entityName) {
		BeanWrapper bean = PropertyAccessorFactory.forBeanPropertyAccess(form);
		Map<String, String> fields = new LinkedHashMap<>();
		for (String name : fieldNames(form.getClass())) {
			if (NOT_PUBLIC.contains(name) || !bean.isReadableProperty(name)) {
				continue;
			}
			Object value = bean.getPropertyValue(name);
			// Links to other items are stored as ids, which mean nothing to a reader: say how many there are.
			fields.put(label(entityName, name), (name.endsWith("Ids") && value instanceof Collection<?> ids)
					? this.messages.getMessage("changes.linkedItems", new Object[] { ids.size() }, Locale.ENGLISH)
					: text(value));
		}
		return fields;
	}

	/** The form's own fields first, in declaration order, then those it inherits. */
	private static Collection<String> fieldNames(Class<?> type) {
		Deque<String> names = new ArrayDeque<>();
		for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
			for (Field field : current.getDeclaredFields()) {
				if (!Modifier.isStatic(field.getModifiers()) && !names.contains(field.getName())) {
					names.addLast(field.getName());
				}
			}
		}
		return names;
	}

	private String label(String entityName, String field) {
		String bare = field.endsWith("Ids") ? field.substring(0, field.length() - 3) + "s" : field;
		String[] codes = { "admin.field." + entityName + "." + field, "admin.field." + entityName + "." + bare,
				"admin.field." + field, "admin.field." + bare };
		// The edit form's hints for typing ("one per line") mean nothing to a reader of the change log.
		return this.messages.getMessage(new DefaultMessageSourceResolvable(codes, humanized(bare)), Locale.ENGLISH)
			.replace(" (one per line)", "");
	}

	private String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.stripTrailingZeros().toPlainString();
		}
		if (value instanceof Boolean flag) {
			return this.messages.getMessage(flag ? "changes.yes" : "changes.no", null, Locale.ENGLISH);
		}
		if (value instanceof Enum<?> constant) {
			String type = lowerCamel(constant.getDeclaringClass().getSimpleName());
			return this.messages.getMessage(new DefaultMessageSourceResolvable(
					new String[] { type + "." + constant.name() }, humanized(constant.name())), Locale.ENGLISH);
		}
		if (value instanceof Collection<?> collection) {
			return collection.stream().map(this::text).collect(Collectors.joining("\n"));
		}
		return value.toString();
	}

	static String lowerCamel(String name) {
		return Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

	/** "maxDailyMg" → "Max daily mg", "OFF_LABEL" → "Off label": a readable last resort, never a raw name. */
	static String humanized(String name) {
		String spaced = name.contains("_") ? name.toLowerCase(Locale.ROOT).replace('_', ' ')
				: name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
		return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

}
