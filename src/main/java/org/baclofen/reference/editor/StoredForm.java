package org.baclofen.reference.editor;

/**
 * A form as a draft stores it: its fields as JSON, and the version of its kind's form
 * shape they were written in (see {@code ContentAdmin#formVersion()}), so a draft written
 * before a field was renamed is recognised as older when it is read back.
 */
public record StoredForm(String json, int formVersion) {

	public StoredForm {
		if (json == null || json.isBlank()) {
			throw new IllegalArgumentException("A draft carries a form");
		}
		if (formVersion < 1) {
			throw new IllegalArgumentException("Form versions start at 1");
		}
	}

}
