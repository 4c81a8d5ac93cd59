package org.baclofen.reference.account;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused unchecked because its username or client address reached the limit of
 * attempts.
 */
class TooManyLoginAttemptsException extends AuthenticationException {

	private final Duration retryAfter;

	TooManyLoginAttemptsException(Duration retryAfter) {
		super("Too many sign-in attempts");
		this.retryAfter = retryAfter;
	}

	/** Whole minutes until attempts are checked again, at least one. */
	long retryAfterMinutes() {
		return Math.max(1, (this.retryAfter.toSeconds() + 59) / 60);
	}

}
