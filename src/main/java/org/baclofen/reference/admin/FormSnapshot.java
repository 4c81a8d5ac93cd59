package org.baclofen.reference.admin;

import java.beans.PropertyDescriptor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;

/**
 * A form's fields as readable text, in declaration order, so two versions of an item can be compared field
 * by field (history diffs, edit conflicts).
 */
public final class FormSnapshot {

	/** Bookkeeping, not content: never part of a comparison. */
	private static final Set<String> IGNORED = Set.of("class", "version", "reviewed");

	private FormSnapshot() {
	}

	public record FieldChange(String field, String before, String after) {
	}

	/**
	 * @param sourceCodes turns source ids into their codes, so a diff says "S1, S20" rather than ids
	 */
	public static Map<String, String> of(ContentForm form, Function<Long, String> sourceCodes) {
		BeanWrapper bean = PropertyAccessorFactory.forBeanPropertyAccess(form);
		Map<String, String> fields = new LinkedHashMap<>();
		for (PropertyDescriptor property : bean.getPropertyDescriptors()) {
			String name = property.getName();
			if (IGNORED.contains(name) || property.getReadMethod() == null) {
				continue;
			}
			Object value = bean.getPropertyValue(name);
			if ("sourceIds".equals(name)) {
				fields.put(name, ((Collection<?>) value).stream()
					.map((id) -> sourceCodes.apply((Long) id))
					.sorted()
					.collect(Collectors.joining(", ")));
			}
			else {
				fields.put(name, text(value));
			}
		}
		return fields;
	}

	/** The fields whose text differs, in field order; a field missing on one side counts as empty. */
	public static List<FieldChange> diff(Map<String, String> before, Map<String, String> after) {
		List<FieldChange> changes = new ArrayList<>();
		Set<String> fields = new java.util.LinkedHashSet<>(after.keySet());
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

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof java.math.BigDecimal decimal) {
			return decimal.stripTrailingZeros().toPlainString();
		}
		if (value instanceof Collection<?> collection) {
			return collection.stream().map(FormSnapshot::text).collect(Collectors.joining("\n"));
		}
		return value.toString();
	}

}
