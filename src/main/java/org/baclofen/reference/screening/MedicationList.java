package org.baclofen.reference.screening;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How a medication list is cut into entries, for the check page's box and the JSON API's
 * list alike, so the same words give the same check whichever way they arrive.
 */
final class MedicationList {

	/**
	 * Entries are separated by commas, semicolons, line breaks, or the whole words "and"
	 * and "plus" ("zolpidem plus warfarin" is two medicines). A word merely containing
	 * them ("Sandimmune") separates nothing.
	 */
	private static final Pattern SEPARATOR = Pattern.compile(
			"[,;]|\\R|(?<![\\p{L}\\p{N}])(?:and|plus)(?![\\p{L}\\p{N}])",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private MedicationList() {
	}

	/**
	 * The entries of a pasted list: stripped, without empty entries, and without repeats
	 * (ignoring case), in the order typed.
	 */
	static List<String> split(String pasted) {
		return (pasted == null) ? List.of() : split(List.of(pasted));
	}

	/**
	 * The entries of every element of a list, each element split as a pasted list would
	 * be.
	 */
	static List<String> split(Collection<String> elements) {
		Map<String, String> byKey = new LinkedHashMap<>();
		for (String element : elements) {
			if (element == null) {
				continue;
			}
			for (String entry : SEPARATOR.split(element)) {
				String stripped = entry.strip();
				if (!stripped.isEmpty()) {
					byKey.putIfAbsent(stripped.toLowerCase(Locale.ROOT), stripped);
				}
			}
		}
		return List.copyOf(byKey.values());
	}

}
