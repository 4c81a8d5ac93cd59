package org.baclofen.reference.system;

import java.util.Comparator;
import java.util.Locale;

import org.springframework.context.MessageSource;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import tools.jackson.core.JacksonException;

/**
 * Bad input to a JSON API is a 400 with field-level errors, never an HTML error page or a stack trace.
 */
@RestControllerAdvice(annotations = JsonApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ApiErrors> invalid(MethodArgumentNotValidException ex) {
		return badRequest(new ApiErrors(ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.sorted(Comparator.comparing(FieldError::getField))
			.map((error) -> new ApiErrors.FieldMessage(error.getField(), this.messages.getMessage(error, Locale.ENGLISH)))
			.toList()));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ApiErrors> unreadable(HttpMessageNotReadableException ex) {
		if (ex.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			return badRequest(ApiErrors.of(jsonPath(jackson), "has the wrong type or format"));
		}
		return badRequest(ApiErrors.of("body", "must be a JSON object as documented"));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ApiErrors> notJson(HttpMediaTypeNotSupportedException ex) {
		return badRequest(ApiErrors.of("body", "must be JSON sent with Content-Type: application/json"));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ApiErrors> missingParameter(MissingServletRequestParameterException ex) {
		return badRequest(ApiErrors.of(ex.getParameterName(), "is required"));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ApiErrors> wrongParameterType(MethodArgumentTypeMismatchException ex) {
		return badRequest(ApiErrors.of(ex.getName(), "has the wrong type or format"));
	}

	private static ResponseEntity<ApiErrors> badRequest(ApiErrors errors) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(errors);
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
