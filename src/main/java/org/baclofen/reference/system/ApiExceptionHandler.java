package org.baclofen.reference.system;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Locale;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.ClassUtils;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Bad input to a JSON API is a 400 problem (RFC 9457) with field-level errors, never an
 * HTML error page or a stack trace.
 */
@RestControllerAdvice(annotations = JsonApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException ex) {
		return ApiProblems.of(HttpStatus.BAD_REQUEST,
				ex.getBindingResult()
					.getFieldErrors()
					.stream()
					.sorted(Comparator.comparing(FieldError::getField))
					.map((error) -> new ApiProblems.FieldMessage(error.getField(),
							this.messages.getMessage(error, Locale.ENGLISH)))
					.toList());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		if (ex.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			return badRequest(jsonPath(jackson), wrongValue(jackson));
		}
		return badRequest("body", "must be a JSON object as documented");
	}

	/**
	 * A field with an unknown index or name in a query string ({@code steps[abc].days}).
	 */
	@ExceptionHandler(InvalidPropertyException.class)
	ProblemDetail unknownParameter(InvalidPropertyException ex) {
		return badRequest(RequestFailureAdvice.loggable(ex.getPropertyName()), "is not a field of this request");
	}

	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class })
	ProblemDetail databaseUnavailable(RuntimeException ex) {
		return ApiProblems.of(HttpStatus.SERVICE_UNAVAILABLE, "database",
				"is temporarily unavailable; try again in a minute");
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ProblemDetail notJson(HttpMediaTypeNotSupportedException ex) {
		return badRequest("body", "must be JSON sent with Content-Type: application/json");
	}

	/**
	 * A tool's own refusal (a plan the rules cannot make, a hook call it cannot answer).
	 */
	@ExceptionHandler(RejectedFieldException.class)
	ProblemDetail rejected(RejectedFieldException ex) {
		return badRequest(ex.field(), ex.getMessage());
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missingParameter(MissingServletRequestParameterException ex) {
		return badRequest(ex.getParameterName(), "is required");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail wrongParameterType(MethodArgumentTypeMismatchException ex) {
		return badRequest(ex.getName(), "has the wrong type or format");
	}

	private static ProblemDetail badRequest(String field, String message) {
		return ApiProblems.of(HttpStatus.BAD_REQUEST, field, message);
	}

	/**
	 * What the caller must send instead: the strict reading refuses look-alikes (2.5 or
	 * "2" for 2, 1 for true).
	 */
	private static String wrongValue(JacksonException ex) {
		if (ex instanceof InvalidFormatException invalid && invalid.getTargetType() != null
				&& (invalid.getTargetType() == BigDecimal.class || invalid.getTargetType() == String.class)) {
			return invalid.getOriginalMessage();
		}
		if (ex instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
			Class<?> type = ClassUtils.resolvePrimitiveIfNecessary(mismatched.getTargetType());
			if (type == Integer.class || type == Long.class) {
				return "must be a whole number, such as 3";
			}
			if (type == Boolean.class) {
				return "must be true or false";
			}
			if (type == BigDecimal.class) {
				return "must be a number, such as 12.5";
			}
		}
		return "has the wrong type or format";
	}

	/** Jackson's path as the caller wrote it: steps[0].doseMg. */
	private static String jsonPath(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
			else if (reference.getPropertyName() != null) {
				path.append((path.length() == 0) ? "" : ".").append(reference.getPropertyName());
			}
		}
		return path.toString();
	}

}
