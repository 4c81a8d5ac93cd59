package org.baclofen.reference.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts sign-in attempts per username and per client address in the database, so every
 * instance of the application shares the counts. An attempt is counted <em>before</em>
 * its password is checked, by one conditional update, so however many attempts arrive at
 * once, no more than the limit are ever checked. Keys are hashed: the table holds no
 * usernames or addresses, and its rows expire with their window.
 */
@Component
class LoginThrottle {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final LoginLimits limits;

	LoginThrottle(JdbcClient jdbc, Clock clock, LoginLimits limits) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.limits = limits;
	}

	/**
	 * Counts one attempt for the address and the username.
	 * @return how long until the next attempt may be checked, when a limit is reached
	 * (nothing is checked then)
	 */
	Optional<Duration> reserve(String address, String username) {
		Optional<Duration> addressWait = reserve(addressKey(address), this.limits.attemptsPerAddress());
		if (addressWait.isPresent()) {
			return addressWait;
		}
		return reserve(usernameKey(username), this.limits.attemptsPerUsername());
	}

	/** A successful sign-in or a password reset: the username's count starts again. */
	void clear(String username) {
		this.jdbc.sql("delete from login_throttle where throttle_key = ?").param(usernameKey(username)).update();
	}

	private Optional<Duration> reserve(String key, int maxAttempts) {
		Instant now = this.clock.instant();
		OffsetDateTime windowFloor = utc(now.minus(this.limits.window()));
		if (countAttempt(key, maxAttempts, now, windowFloor)) {
			return Optional.empty();
		}
		int inserted = this.jdbc
			.sql("insert into login_throttle (throttle_key, attempts, window_started_at) values (?, 1, ?) "
					+ "on conflict do nothing")
			.params(key, utc(now))
			.update();
		if (inserted == 1) {
			// A new key is the moment to forget expired ones, so the table only holds the
			// current window.
			this.jdbc.sql("delete from login_throttle where window_started_at <= ?").param(windowFloor).update();
			return Optional.empty();
		}
		// Another attempt created the row meanwhile: count against it.
		if (countAttempt(key, maxAttempts, now, windowFloor)) {
			return Optional.empty();
		}
		return Optional.of(remainingWait(key, now));
	}

	/**
	 * One statement, so concurrent attempts are counted one after another by the
	 * database's row lock.
	 */
	private boolean countAttempt(String key, int maxAttempts, Instant now, OffsetDateTime windowFloor) {
		return this.jdbc.sql("""
				update login_throttle
				set attempts = case when window_started_at <= :floor then 1 else attempts + 1 end,
				    window_started_at = case when window_started_at <= :floor then :now else window_started_at end
				where throttle_key = :key and (window_started_at <= :floor or attempts < :max)""")
			.param("floor", windowFloor)
			.param("now", utc(now))
			.param("key", key)
			.param("max", maxAttempts)
			.update() == 1;
	}

	private Duration remainingWait(String key, Instant now) {
		Optional<OffsetDateTime> started = this.jdbc
			.sql("select window_started_at from login_throttle where throttle_key = ?")
			.param(key)
			.query(OffsetDateTime.class)
			.optional();
		Duration left = started.map((start) -> Duration.between(now, start.toInstant().plus(this.limits.window())))
			.orElse(Duration.ZERO);
		return left.isNegative() ? Duration.ZERO : left;
	}

	private static String addressKey(String address) {
		return sha256("address:" + address);
	}

	private static String usernameKey(String username) {
		return sha256("username:" + username.strip().toLowerCase(Locale.ROOT));
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
