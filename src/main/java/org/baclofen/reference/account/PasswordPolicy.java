package org.baclofen.reference.account;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.baclofen.reference.system.PlainText;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What every account password must be, whether generated, chosen by whoever installs the
 * application or by the user: long enough not to be guessed within the sign-in limits,
 * short enough for BCrypt (which reads 72 bytes only), not the username, and not one of
 * the passwords attackers try first (the list in {@code common-passwords.txt}, compared
 * ignoring case). Passwords are normalised (Unicode NFKC, NIST SP 800-63B 5.1.1.2) before
 * they are measured, hashed or checked, so the same password typed on another keyboard
 * still matches; they are measured in characters a person can see and type: spaces count,
 * but a password of spaces only, or one holding invisible characters (a zero-width
 * space), is refused.
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
		INVISIBLE("it must hold only characters a person can see and type, no zero-width or control characters"),
		BLANK("it must hold letters, digits or symbols, not only spaces"),
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
	static Optional<Problem> problemWith(String typed, String username) {
		if (typed == null) {
			return Optional.of(Problem.TOO_SHORT);
		}
		String password = normalized(typed);
		if (PlainText.hasInvisibleCharacter(password)) {
			return Optional.of(Problem.INVISIBLE);
		}
		if (!PlainText.hasVisibleText(password)) {
			return Optional.of(Problem.BLANK);
		}
		if (password.strip().codePointCount(0, password.strip().length()) < MIN_LENGTH) {
			return Optional.of(Problem.TOO_SHORT);
		}
		if (!fits(password)) {
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

	/** The password as it is measured, hashed and checked. */
	static String normalized(String typed) {
		return Normalizer.normalize(typed, Normalizer.Form.NFKC);
	}

	/** The hash stored for a password: of its normalised form. */
	static String hash(PasswordEncoder encoder, String typed) {
		return encoder.encode(normalized(typed));
	}

	/**
	 * Whether the password typed is the one hashed. Checked in its normalised form, as
	 * passwords are stored since normalisation began (V26); a password stored before then
	 * and changed by normalising (full-width letters, say) is also checked as typed. The
	 * encoder runs at least once whatever the input, so an over-long one takes as long as
	 * any other.
	 */
	static boolean matches(PasswordEncoder encoder, String typed, String hash) {
		String password = normalized(typed);
		boolean matched = encoder.matches(fits(password) ? password : "", hash) && fits(password);
		if (!matched && !password.equals(typed) && fits(typed)) {
			matched = encoder.matches(typed, hash);
		}
		return matched;
	}

	private static boolean fits(String password) {
		return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
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
