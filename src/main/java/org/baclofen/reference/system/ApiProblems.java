package org.baclofen.reference.system;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The error body every JSON API answers with: an RFC 9457 problem ({@code status},
 * {@code title}, {@code detail}) whose {@code errors} member lists one entry per bad
 * field, named by its JSON path ({@code steps[0].doseMg}), with a message a caller can
 * act on. Callers written against the earlier {@code {"errors": [...]}} body read the
 * same list.
 */
public final class ApiProblems {

	private ApiProblems() {
	}

	/** One bad field and what to send instead. */
	public record FieldMessage(String field, String message) {
	}

	public static ProblemDetail of(HttpStatus status, List<FieldMessage> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				String.join("; ", errors.stream().map((error) -> error.field() + " " + error.message()).toList()));
		problem.setProperty("errors", List.copyOf(errors));
		return problem;
	}

	public static ProblemDetail of(HttpStatus status, String field, String message) {
		return of(status, List.of(new FieldMessage(field, message)));
	}

}
