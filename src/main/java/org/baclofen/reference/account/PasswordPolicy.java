package org.baclofen.reference.account;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What every account password must be, whether generated or chosen by whoever installs the application:
 * long enough not to be guessed within the sign-in limits, short enough for BCrypt (which reads 72 bytes
 * only), and not the username.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_BYTES = 72;

	private PasswordPolicy() {
	}

	/** @return why the password is refused, or empty when it is acceptable */
	static Optional<String> problemWith(String password, String username) {
		if (password == null || password.strip().length() < MIN_LENGTH) {
			return Optional.of("it must have at least " + MIN_LENGTH + " characters");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("it must fit in " + MAX_BYTES + " bytes (BCrypt ignores the rest)");
		}
		if (username != null && !username.isBlank() && password.toLowerCase().contains(username.toLowerCase())) {
			return Optional.of("it must not contain the username");
		}
		return Optional.empty();
	}

}
