package org.baclofen.reference.account;

import java.security.SecureRandom;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * There are no default credentials. On the first start, when no account exists, an admin
 * is created from BACLOFEN_ADMIN_USERNAME / BACLOFEN_ADMIN_PASSWORD; without them,
 * "admin" gets a random one-time password that is printed once in the log, never stored
 * in clear, and must be changed at the first sign-in.
 * <p>
 * A lost password is recovered without touching the data: BACLOFEN_ADMIN_RESET_USERNAME /
 * BACLOFEN_ADMIN_RESET_PASSWORD set that account's password at start-up, once, as a
 * one-time password (the log names the account, never the password). A password from the
 * environment must meet the {@link PasswordPolicy}, like every other account's, or the
 * application refuses to start.
 */
@Component
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	static final String DEFAULT_USERNAME = "admin";

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final AdminProperties settings;

	private final LoginThrottle loginThrottle;

	FirstAdmin(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock, AdminProperties settings,
			LoginThrottle loginThrottle) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.settings = settings;
		this.loginThrottle = loginThrottle;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.accounts.count() == 0) {
			createFirstAdmin();
		}
		if (this.settings.reset().requested()) {
			reset(this.settings.reset());
		}
	}

	private void createFirstAdmin() {
		String name = this.settings.username().isBlank() ? DEFAULT_USERNAME : this.settings.username().strip();
		String password = this.settings.password();
		if (!password.isBlank()) {
			refuseUnlessAcceptable("BACLOFEN_ADMIN_PASSWORD", password, name);
			this.accounts.save(new Account(name, PasswordPolicy.hash(this.passwordEncoder, password), Role.ADMIN,
					this.clock.instant()));
			log.info("Created the first admin account '{}' from BACLOFEN_ADMIN_USERNAME/BACLOFEN_ADMIN_PASSWORD", name);
			return;
		}
		String generated = Passwords.random();
		Account admin = new Account(name, PasswordPolicy.hash(this.passwordEncoder, generated), Role.ADMIN,
				this.clock.instant());
		admin.setOneTimePassword(admin.getPasswordHash());
		this.accounts.save(admin);
		log.warn(
				"Created the first admin account '{}' with the one-time password: {} "
						+ "(shown only now; sign in at /login, choose your own password and create named accounts)",
				name, generated);
	}

	private void reset(AdminProperties.Reset reset) {
		String name = reset.username().strip();
		if (reset.password().isBlank()) {
			throw new IllegalStateException(
					"BACLOFEN_ADMIN_RESET_USERNAME is set but BACLOFEN_ADMIN_RESET_PASSWORD is not: set "
							+ "both, or neither");
		}
		refuseUnlessAcceptable("BACLOFEN_ADMIN_RESET_PASSWORD", reset.password(), name);
		Account account = this.accounts.findByUsername(name)
			.orElseThrow(() -> new IllegalStateException("BACLOFEN_ADMIN_RESET_USERNAME names no account: '" + name
					+ "'. Unset it, or name an existing account."));
		String applied = account.getPasswordResetHash();
		if (applied != null && this.passwordEncoder.matches(reset.password(), applied)) {
			log.info("The password reset for account '{}' was applied at an earlier start and is not applied again; "
					+ "remove BACLOFEN_ADMIN_RESET_USERNAME and BACLOFEN_ADMIN_RESET_PASSWORD", name);
			return;
		}
		account.resetFromStartup(PasswordPolicy.hash(this.passwordEncoder, reset.password()),
				this.passwordEncoder.encode(reset.password()));
		account.enable();
		this.accounts.save(account);
		this.loginThrottle.clear(name);
		log.warn("Reset the password of account '{}' from BACLOFEN_ADMIN_RESET_USERNAME/BACLOFEN_ADMIN_RESET_PASSWORD; "
				+ "it must be changed at the next sign-in. Remove both variables now.", name);
	}

	private static void refuseUnlessAcceptable(String variable, String password, String username) {
		PasswordPolicy.problemWith(password, username).ifPresent((problem) -> {
			throw new IllegalStateException(
					variable + " is refused: " + problem.text() + ". Set a stronger password, or unset it.");
		});
	}

	/** Random passwords for new and reset accounts. */
	static final class Passwords {

		private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

		private static final SecureRandom RANDOM = new SecureRandom();

		private Passwords() {
		}

		static String random() {
			StringBuilder password = new StringBuilder();
			for (int i = 0; i < 20; i++) {
				password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
			}
			return password.toString();
		}

	}

}
