package org.baclofen.reference.kind;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.baclofen.reference.content.Source;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.context.MessageSource;

/**
 * A form's fields as an editor reads them, so two versions of an item can be compared
 * field by field (history diffs, edit conflicts): in the order the form declares them
 * (its own fields, then the sources it cites), under their {@link Label}s, with enum
 * values and yes/no shown by their labels too.
 */
public final class FormSnapshot {

	/**
	 * How an edit form says a field takes a list; a reader of a change log does not type.
	 */
	private static final String TYPING_HINT = " (one per line)";

	private FormSnapshot() {
	}

	/** A field whose value differs, named by its label. */
	public record FieldChange(String field, String before, String after) {
	}

	/**
	 * @param linkedNames names a linked item given its type and id (a source by its
	 * code), so a diff says "S1, S20" or the items' titles rather than ids
	 * @return each labelled field's label and its value as text, in the form's order
	 */
	public static Map<String, String> of(ContentForm form, BiFunction<Class<?>, Long, String> linkedNames,
			MessageSource messages) {
		BeanWrapper bean = PropertyAccessorFactory.forBeanPropertyAccess(form);
		Map<String, String> fields = new LinkedHashMap<>();
		for (Field field : labelledFields(form.getClass())) {
			Label label = field.getAnnotation(Label.class);
			Object value = bean.getPropertyValue(field.getName());
			String text;
			if (label.linked() != Void.class) {
				text = ((Collection<?>) value).stream()
					.map((id) -> linkedNames.apply(label.linked(), (Long) id))
					.sorted()
					.collect(Collectors.joining(", "));
			}
			else {
				text = text(value, label.values(), messages);
			}
			fields.put(messages.getMessage(label.value(), null, Locale.ENGLISH), text);
		}
		return fields;
	}

	/**
	 * The fields a reader of the public change log sees: the same labels and values as
	 * {@link #of}, without editor-only provenance or the cited sources (which the log
	 * lists apart), without the form's typing hints, and with links to other items
	 * counted rather than given as ids.
	 * @return each public field's label and its value as text, in the form's order
	 */
	public static Map<String, String> publicFields(ContentForm form, MessageSource messages) {
		BeanWrapper bean = PropertyAccessorFactory.forBeanPropertyAccess(form);
		Map<String, String> fields = new LinkedHashMap<>();
		for (Field field : labelledFields(form.getClass())) {
			Label label = field.getAnnotation(Label.class);
			if (label.editorOnly() || label.linked() == Source.class) {
				continue;
			}
			Object value = bean.getPropertyValue(field.getName());
			String text = (label.linked() != Void.class && value instanceof Collection<?> ids)
					? messages.getMessage("changes.linkedItems", new Object[] { ids.size() }, Locale.ENGLISH)
					: text(value, label.values(), messages);
			fields.put(messages.getMessage(label.value(), null, Locale.ENGLISH).replace(TYPING_HINT, ""), text);
		}
		return fields;
	}

	/**
	 * The fields whose text differs, in field order; a field missing on one side counts
	 * as empty.
	 */
	public static List<FieldChange> diff(Map<String, String> before, Map<String, String> after) {
		List<FieldChange> changes = new ArrayList<>();
		Set<String> fields = new LinkedHashSet<>(after.keySet());
		fields.addAll(before.keySet());
		for (String field : fields) {
			String old = before.getOrDefault(field, "");
			String now = after.getOrDefault(field, "");
			if (!Objects.equals(old, now)) {
				changes.add(new FieldChange(field, old, now));
			}
		}
		return changes;
	}

	/**
	 * The fields with a label, the form class's own first in the order it declares them
	 * (the order its page shows them), then those of its superclasses. Reflection, not
	 * bean properties: those come sorted by name.
	 */
	public static List<Field> labelledFields(Class<?> formClass) {
		Deque<Class<?>> classes = new ArrayDeque<>();
		for (Class<?> type = formClass; type != null && type != Object.class; type = type.getSuperclass()) {
			classes.addLast(type);
		}
		List<Field> fields = new ArrayList<>();
		for (Class<?> type : classes) {
			for (Field field : type.getDeclaredFields()) {
				if (!Modifier.isStatic(field.getModifiers()) && field.isAnnotationPresent(Label.class)) {
					fields.add(field);
				}
			}
		}
		return fields;
	}

	private static String text(Object value, String valueLabels, MessageSource messages) {
		if (value == null) {
			return "";
		}
		if (value instanceof Enum<?> choice && !valueLabels.isEmpty()) {
			return messages.getMessage(valueLabels + "." + choice.name(), null, choice.name(), Locale.ENGLISH);
		}
		if (value instanceof Boolean yes) {
			return messages.getMessage(yes ? "admin.value.yes" : "admin.value.no", null, Locale.ENGLISH);
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.stripTrailingZeros().toPlainString();
		}
		if (value instanceof Collection<?> collection) {
			return collection.stream()
				.map((element) -> text(element, valueLabels, messages))
				.collect(Collectors.joining("\n"));
		}
		return value.toString();
	}

}
