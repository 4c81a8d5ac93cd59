package org.baclofen.reference.admin;

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
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.context.MessageSource;

/**
 * A form's fields as an editor reads them, so two versions of an item can be compared field by field (history
 * diffs, edit conflicts): in the order the form declares them (its own fields, then the sources it cites),
 * under their {@link Label}s, with enum values and yes/no shown by their labels too.
 */
public final class FormSnapshot {

	private FormSnapshot() {
	}

	/** A field whose value differs, named by its label. */
	public record FieldChange(String field, String before, String after) {
	}

	/**
	 * @param sourceCodes turns source ids into their codes, so a diff says "S1, S20" rather than ids
	 * @return each labelled field's label and its value as text, in the form's order
	 */
	public static Map<String, String> of(ContentForm form, Function<Long, String> sourceCodes, MessageSource messages) {
		BeanWrapper bean = PropertyAccessorFactory.forBeanPropertyAccess(form);
		Map<String, String> fields = new LinkedHashMap<>();
		for (Field field : labelledFields(form.getClass())) {
			Label label = field.getAnnotation(Label.class);
			Object value = bean.getPropertyValue(field.getName());
			String text;
			if ("sourceIds".equals(field.getName())) {
				text = ((Collection<?>) value).stream()
					.map((id) -> sourceCodes.apply((Long) id))
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

	/** The fields whose text differs, in field order; a field missing on one side counts as empty. */
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
	 * The fields with a label, the form class's own first in the order it declares them (the order its page
	 * shows them), then those of its superclasses. Reflection, not bean properties: those come sorted by name.
	 */
	static List<Field> labelledFields(Class<?> formClass) {
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
