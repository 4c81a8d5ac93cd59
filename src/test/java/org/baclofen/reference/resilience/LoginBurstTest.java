package org.baclofen.reference.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.baclofen.reference.account.Account;
import org.baclofen.reference.account.AccountRepository;
import org.baclofen.reference.account.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Parallel password guessing against the real server on loopback: bursts of 40 wrong
 * passwords at once on one account, then the right one half a second later, all from one
 * address. Whatever the concurrency, no more wrong passwords are checked than the free
 * failures of an account at one address, the right password from that address waits for
 * the back-off too, and nothing answers 500. The per-address ceiling is raised here so
 * that the per-account-and-address limit is what is tested; the test forgets its counts
 * at the end, as the in-memory database is shared with other test classes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "baclofen.login.failures-per-address=100000")
class LoginBurstTest {

	private static final int BURSTS = 4;

	private static final int WRONG_GUESSES = 40;

	private static final String PASSWORD = "right-password-123";

	private static JdbcClient database;

	@LocalServerPort
	private int port;

	@Autowired
	private AccountRepository accounts;

	@Autowired
	private PasswordEncoder passwordEncoder;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void parallelGuessesNeverGetPastTheLimitAndNeverFail() throws Exception {
		database = this.jdbc;
		String baseUrl = "http://127.0.0.1:" + this.port;
		for (int burst = 0; burst < BURSTS; burst++) {
			String username = "burst-" + UUID.randomUUID().toString().substring(0, 8);
			this.accounts
				.save(new Account(username, this.passwordEncoder.encode(PASSWORD), Role.EDITOR, Instant.now()));
			List<HttpSignIn> browsers = new ArrayList<>();
			for (int i = 0; i <= WRONG_GUESSES; i++) {
				browsers.add(HttpSignIn.open(baseUrl));
			}
			List<Callable<String>> attempts = new ArrayList<>();
			for (int i = 0; i < WRONG_GUESSES; i++) {
				HttpSignIn browser = browsers.get(i);
				String guess = "wrong-" + i;
				attempts.add(() -> browser.post(username, guess));
			}
			HttpSignIn rightOne = browsers.get(WRONG_GUESSES);
			attempts.add(() -> {
				Thread.sleep(500);
				return rightOne.post(username, PASSWORD);
			});

			List<String> outcomes = Concurrently.run(attempts);

			Map<String, Long> tally = outcomes.stream()
				.collect(Collectors.groupingBy((url) -> url.startsWith("/login?retryIn=") ? "too many" : url,
						TreeMap::new, Collectors.counting()));
			assertThat(tally).as("burst %d", burst)
				.isEqualTo(Map.of("/login?error", 5L, "too many", (long) WRONG_GUESSES + 1 - 5));
			assertThat(outcomes.get(WRONG_GUESSES)).startsWith("/login?retryIn=");
			assertThat(HttpSignIn.open(baseUrl).post(username, PASSWORD)).as("the first back-off, 30 s")
				.isEqualTo("/login?retryIn=1");
		}
	}

	@AfterAll
	static void forgetTheCounts() {
		if (database != null) {
			database.sql("delete from sign_in_failure").update();
		}
	}

}
