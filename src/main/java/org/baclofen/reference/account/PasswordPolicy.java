package org.baclofen.reference.account;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What every account password must be, whether generated, chosen by whoever installs the
 * application or by the user: long enough not to be guessed within the sign-in limits,
 * short enough for BCrypt (which reads 72 bytes only), not the username, and not one of
 * the passwords attackers try first (the list in {@code common-passwords.txt}, compared
 * ignoring case).
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_BYTES = 72;

	private static final Set<String> COMMON = readCommonPasswords();

	/**
	 * Why a password is refused: a message key for forms, and the same reason in words
	 * for start-up errors.
	 */
	enum Problem {

		TOO_SHORT("it must have at least " + MIN_LENGTH + " characters"),
		TOO_LONG("it must fit in " + MAX_BYTES + " bytes (BCrypt ignores the rest)"),
		CONTAINS_USERNAME("it must not contain the username"), COMMON("it is one of the passwords attackers try first");

		private final String text;

		Problem(String text) {
			this.text = text;
		}

		String text() {
			return this.text;
		}

		String messageKey() {
			return "account.password." + name();
		}

	}

	private PasswordPolicy() {
	}

	/**
	 * @return why the password is refused, or empty when it is acceptable
	 */
	static Optional<Problem> problemWith(String password, String username) {
		if (password == null || password.strip().length() < MIN_LENGTH) {
			return Optional.of(Problem.TOO_SHORT);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of(Problem.TOO_LONG);
		}
		if (username != null && !username.isBlank()
				&& password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
			return Optional.of(Problem.CONTAINS_USERNAME);
		}
		if (COMMON.contains(password.strip().toLowerCase(Locale.ROOT))) {
			return Optional.of(Problem.COMMON);
		}
		return Optional.empty();
	}

	private static Set<String> readCommonPasswords() {
		try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
			if (in == null) {
				throw new IllegalStateException("common-passwords.txt is missing from the account package");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.map((line) -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
