package org.baclofen.reference.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.baclofen.reference.ReferenceAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Sign-in limits that protect without locking anyone out (issue 19): the real sign-in
 * check and the real counts in the database, on a clock the test moves, so back-offs and
 * windows pass without waiting for them.
 */
@ReferenceAppTest
class SignInLimitsTest {

	private static final String PASSWORD = "right-password-123";

	@Autowired
	private AccountRepository accounts;

	@Autowired
	private PasswordEncoder passwordEncoder;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private LoginLimits limits;

	@Autowired
	private MockMvc mvc;

	private final MovingClock clock = new MovingClock(Instant.parse("2026-12-01T08:00:00Z"));

	private LoginThrottle throttle;

	private AccountAuthenticationProvider signIn;

	private int nextAddress;

	@BeforeEach
	void realChecksOnAMovingClock() {
		// Counts from other tests live on the real clock, years away from this one.
		this.throttle = new LoginThrottle(this.jdbc, this.clock, this.limits);
		this.signIn = new AccountAuthenticationProvider(this.accounts, this.passwordEncoder, this.throttle);
		this.nextAddress = (int) (Math.random() * 100_000);
	}

	@Test
	void theBackOffStartsAfterTheFreeFailuresAndDoublesUpToTheLongest() {
		assertThat(this.limits.backOffAfter(4)).isZero();
		assertThat(this.limits.backOffAfter(5)).isEqualTo(Duration.ofSeconds(30));
		assertThat(this.limits.backOffAfter(6)).isEqualTo(Duration.ofMinutes(1));
		assertThat(this.limits.backOffAfter(9)).isEqualTo(Duration.ofMinutes(8));
		assertThat(this.limits.backOffAfter(10)).isEqualTo(Duration.ofMinutes(15));
		assertThat(this.limits.backOffAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
	}

	/**
	 * Many addresses guess an admin's password, far past the account's ceiling: each
	 * address that failed waits, and the admin still signs in from an address that has
	 * not failed.
	 */
	@Test
	void guessesFromManyAddressesPastTheAccountCeilingNeverKeepTheRightPasswordOut() {
		String admin = newAccount(Role.ADMIN);
		List<String> attackers = new ArrayList<>();
		for (int guess = 0; guess < this.limits.failuresPerAccount() + 20; guess++) {
			String address = newAddress();
			attackers.add(address);
			// The password check is the sign-in's; only the count matters here.
			assertThat(this.throttle.reserve(address, admin)).as("guess %d is checked", guess).isEmpty();
		}
		assertThat(attempt(attackers.get(0), admin, "another-guess")).as("an address that failed, past the ceiling")
			.isEqualTo("wait 60 min");
		this.clock.advance(Duration.ofMinutes(10));
		assertThat(attempt(attackers.get(1), admin, PASSWORD)).as("the right password from an address that failed")
			.isEqualTo("wait 50 min");
		assertThat(attempt(newAddress(), admin, PASSWORD)).as("the admin from an address that has not failed")
			.isEqualTo("signed in");
		assertThat(attempt(newAddress(), admin, "another-guess")).as("one guess from each new address")
			.isEqualTo("failed");
	}

	/**
	 * 35 guesses from one address (a hospital's shared address, say): they are slowed,
	 * and the right password from behind that address signs in once the back-off has
	 * passed.
	 */
	@Test
	void thirtyFiveGuessesFromOneAddressAreSlowedAndTheRightPasswordSignsInAfterTheBackOff() {
		String username = newAccount(Role.EDITOR);
		String address = newAddress();
		Map<String, Long> outcomes = new TreeMap<>();
		for (int guess = 0; guess < 35; guess++) {
			outcomes.merge(attempt(address, username, "wrong-" + guess), 1L, Long::sum);
		}
		assertThat(outcomes).isEqualTo(Map.of("failed", 5L, "wait 1 min", 30L));
		assertThat(attempt(address, username, PASSWORD)).as("the right password waits too").isEqualTo("wait 1 min");

		this.clock.advance(this.limits.firstBackOff());
		assertThat(attempt(address, username, "wrong-35")).isEqualTo("failed");
		assertThat(attempt(address, username, PASSWORD)).as("the back-off doubled").isEqualTo("wait 1 min");
		this.clock.advance(this.limits.backOffAfter(6));
		assertThat(attempt(address, username, PASSWORD)).isEqualTo("signed in");
		assertThat(attempt(address, username, PASSWORD)).as("the success took its own attempt back")
			.isEqualTo("signed in");
	}

	/**
	 * One address fails on many usernames (a password sprayed across accounts): it waits
	 * for the window to end once it reaches the ceiling, and nobody else does.
	 */
	@Test
	void anAddressAtItsCeilingWaitsForTheWindowAndOtherAddressesDoNot() {
		String address = newAddress();
		for (int guess = 0; guess < this.limits.failuresPerAddress(); guess++) {
			assertThat(this.throttle.reserve(address, "sprayed-" + guess)).isEmpty();
		}
		String username = newAccount(Role.EDITOR);
		assertThat(attempt(address, username, PASSWORD)).isEqualTo("wait 60 min");
		assertThat(attempt(newAddress(), username, PASSWORD)).isEqualTo("signed in");
		this.clock.advance(this.limits.window());
		assertThat(attempt(address, username, PASSWORD)).as("a new window").isEqualTo("signed in");
	}

	/**
	 * Only failures count: an address full of people who sign in successfully never
	 * reaches its ceiling.
	 */
	@Test
	void successfulSignInsAreNotCounted() {
		String address = newAddress();
		String username = newAccount(Role.EDITOR);
		for (int signIn = 0; signIn < this.limits.failuresPerAddress() + 5; signIn++) {
			this.throttle.reserve(address, username);
			this.throttle.succeeded(address, username);
		}
		assertThat(attempt(address, username, PASSWORD)).isEqualTo("signed in");
		assertThat(this.jdbc.sql("select failures from sign_in_failure where address = ? and scope = 'ADDRESS'")
			.param(address)
			.query(Integer.class)
			.single()).isZero();
	}

	/** Admins see which addresses and accounts fail and which attempts wait. */
	@Test
	void adminsSeeTheFailingAddressesAndAccounts() throws Exception {
		String username = newAccount(Role.EDITOR);
		String address = "192.0.2." + (1 + (int) (Math.random() * 250));
		LoginThrottle realTime = new LoginThrottle(this.jdbc, Clock.systemUTC(), this.limits);
		for (int guess = 0; guess < this.limits.freeFailuresPerAccountAndAddress(); guess++) {
			realTime.reserve(address, username);
		}
		realTime.reserve(address, "no-such-user-" + UUID.randomUUID());

		MockHttpServletResponse page = this.mvc
			.perform(get("/admin/accounts/sign-in-limits").with(user("root").roles("ADMIN")))
			.andReturn()
			.getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		String html = page.getContentAsString();
		assertThat(html).contains("<h1>Failed sign-ins</h1>")
			.contains(">" + address + "</td>")
			.contains(">" + username + "</td>")
			.contains("A username that is no account")
			.contains("One account from one address");
		assertThat(rowOf(html, username, address)).contains(">5</td>").doesNotContain("No wait yet");
		assertThat(this.mvc.perform(get("/admin/accounts/sign-in-limits").with(user("editor1").roles("REVIEWER")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	/** The table row that names both the username and the address. */
	private static String rowOf(String html, String username, String address) {
		return List.of(html.split("<tr>"))
			.stream()
			.filter((row) -> row.contains(">" + username + "<") && row.contains(">" + address + "<"))
			.collect(Collectors.joining())
			.replaceAll("\\s+", "");
	}

	/**
	 * "signed in", "failed", or "wait N min" (as the sign-in page says it).
	 */
	private String attempt(String address, String username, String password) {
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username,
				password);
		token.setDetails(new WebAuthenticationDetails(address, null));
		try {
			return this.signIn.authenticate(token).isAuthenticated() ? "signed in" : "not signed in";
		}
		catch (TooManyLoginAttemptsException wait) {
			return "wait " + wait.retryAfterMinutes() + " min";
		}
		catch (AuthenticationException failed) {
			return "failed";
		}
	}

	private String newAccount(Role role) {
		String username = "limits-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.save(new Account(username, this.passwordEncoder.encode(PASSWORD), role, this.clock.instant()));
		return username;
	}

	private String newAddress() {
		int n = this.nextAddress++;
		return "10.%d.%d.%d".formatted(200 + (n >> 16) % 50, (n >> 8) & 255, n & 255);
	}

	/** A clock that stands still until the test moves it. */
	private static final class MovingClock extends Clock {

		private Instant now;

		MovingClock(Instant start) {
			this.now = start;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
