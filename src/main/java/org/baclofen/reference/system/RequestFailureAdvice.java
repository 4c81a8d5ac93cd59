package org.baclofen.reference.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Pages answer requests they cannot serve with the site's own error pages and one log
 * line each: a form field the page does not have (a malformed or out-of-range row index)
 * is a 400, and a database that cannot be reached is a 503 that says to try again
 * shortly.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class RequestFailureAdvice {

	private static final Logger log = LoggerFactory.getLogger(RequestFailureAdvice.class);

	@ExceptionHandler(InvalidPropertyException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badField(InvalidPropertyException ex, Model model) {
		log.warn("Refused a request with a form field the page does not have: {}", loggable(ex.getPropertyName()));
		model.addAttribute("status", HttpStatus.BAD_REQUEST.value());
		return "error";
	}

	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class })
	@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
	String databaseUnavailable(RuntimeException ex) {
		log.warn("Database unavailable: {}", loggable(ex.getMessage()));
		return "error/503";
	}

	/** Attacker-chosen text in a log line: bounded, and on one line. */
	static String loggable(String text) {
		if (text == null) {
			return "";
		}
		String line = text.replaceAll("\\p{Cntrl}", "?");
		return (line.length() <= 200) ? line : line.substring(0, 200) + "…";
	}

}
