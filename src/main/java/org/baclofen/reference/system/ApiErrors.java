package org.baclofen.reference.system;

import java.util.List;

/**
 * The error body every JSON API answers with: one entry per bad field, named by its JSON
 * path ({@code steps[0].doseMg}), with a message a caller can act on.
 */
public record ApiErrors(List<FieldMessage> errors) {

	public record FieldMessage(String field, String message) {
	}

	public static ApiErrors of(String field, String message) {
		return new ApiErrors(List.of(new FieldMessage(field, message)));
	}

}
