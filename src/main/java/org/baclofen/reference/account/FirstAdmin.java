package org.baclofen.reference.account;

import java.security.SecureRandom;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * There are no default credentials. On the first start, when no account exists, an admin is created from
 * BACLOFEN_ADMIN_USERNAME / BACLOFEN_ADMIN_PASSWORD; without them, "admin" gets a random password that is
 * printed once in the log and never stored in clear. A password from the environment must meet the
 * {@link PasswordPolicy}, like every other account's, or the application refuses to start.
 */
@Component
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	static final String DEFAULT_USERNAME = "admin";

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final String username;

	private final String password;

	FirstAdmin(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
			@Value("${BACLOFEN_ADMIN_USERNAME:}") String username, @Value("${BACLOFEN_ADMIN_PASSWORD:}") String password) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.username = username;
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.accounts.count() > 0) {
			return;
		}
		String name = this.username.isBlank() ? DEFAULT_USERNAME : this.username.strip();
		if (!this.password.isBlank()) {
			PasswordPolicy.problemWith(this.password, name).ifPresent((problem) -> {
				throw new IllegalStateException("BACLOFEN_ADMIN_PASSWORD is refused: " + problem
						+ ". Set a stronger password, or unset it to get a random one printed once in the log.");
			});
			this.accounts.save(new Account(name, this.passwordEncoder.encode(this.password), Role.ADMIN, this.clock.instant()));
			log.info("Created the first admin account '{}' from BACLOFEN_ADMIN_USERNAME/BACLOFEN_ADMIN_PASSWORD", name);
			return;
		}
		String generated = Passwords.random();
		this.accounts.save(new Account(name, this.passwordEncoder.encode(generated), Role.ADMIN, this.clock.instant()));
		log.warn("Created the first admin account '{}' with the one-time password: {} "
				+ "(shown only now; sign in at /login and create named accounts)", name, generated);
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
