package org.baclofen.reference.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.baclofen.reference.account.FailureCount.Scope;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins in the database, so every instance of the application shares the
 * counts (see {@link LoginLimits} for the rules, {@link FailureCount} for how they
 * apply). An attempt is counted as a failure <em>before</em> its password is checked, and
 * taken back when the password is right: however many attempts arrive at once, no more
 * are checked than the limits allow. Each count changes by compare-and-set on its
 * version, so concurrent attempts are counted one after another. Usernames are stored
 * only as hashes; rows are deleted once their window has passed.
 */
@Component
class LoginThrottle {

	/**
	 * Attempts on one count at the same moment each lose at most this many races; beyond
	 * that the attempt is refused for a second rather than checked uncounted.
	 */
	private static final int MAX_RACES = 100;

	private static final Duration RACE_LOST_WAIT = Duration.ofSeconds(1);

	/** Longer than any IPv6 address in text; what is stored of an address. */
	private static final int MAX_ADDRESS_LENGTH = 64;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final LoginLimits limits;

	LoginThrottle(JdbcClient jdbc, Clock clock, LoginLimits limits) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.limits = limits;
	}

	/**
	 * Counts one failure for the address, the account at that address and the account,
	 * unless the attempt must wait.
	 * @return how long until an attempt may be checked, when it must wait (nothing is
	 * counted or checked then)
	 */
	Optional<Duration> reserve(String address, String username) {
		Instant now = this.clock.instant();
		Subject subject = Subject.of(address, username);
		Optional<Duration> wait = count(subject.address(), now, (count) -> count.wait(this.limits, now));
		if (wait.isPresent()) {
			return wait;
		}
		FailureCount account = read(subject.account().id(), now).orElse(FailureCount.none(Scope.ACCOUNT, now));
		wait = count(subject.accountAtAddress(), now,
				(count) -> (account.atAccountCeiling(this.limits) && count.failures() > 0)
						? account.wait(this.limits, now) : count.wait(this.limits, now));
		if (wait.isPresent()) {
			uncount(subject.address(), now);
			return wait;
		}
		count(subject.account(), now, (count) -> Optional.empty());
		return Optional.empty();
	}

	/**
	 * The password was right: the failure counted for it is taken back, and the account
	 * at that address waits no longer.
	 */
	void succeeded(String address, String username) {
		Instant now = this.clock.instant();
		Subject subject = Subject.of(address, username);
		uncount(subject.address(), now);
		uncount(subject.account(), now);
		uncount(subject.accountAtAddress(), now);
	}

	/**
	 * A password reset: the account's counts, from every address, start again.
	 */
	void clear(String username) {
		this.jdbc.sql("delete from sign_in_failure where account_key = ?").param(accountKey(username)).update();
	}

	/**
	 * Every count that still holds, most failures first, at most {@code limit} of them.
	 */
	List<Counted> current(int limit) {
		Instant now = this.clock.instant();
		return this.jdbc.sql("select * from sign_in_failure where failures > 0 order by failures desc, throttle_key")
			.query(LoginThrottle::stored)
			.stream()
			.filter((stored) -> stored.count().live(this.limits, now))
			.limit(limit)
			.map((stored) -> new Counted(stored.count(), stored.accountKey(), stored.address(),
					stored.count().wait(this.limits, now).map(now::plus)))
			.toList();
	}

	/**
	 * A count as an admin sees it: whose it is and, when attempts wait, until when.
	 */
	record Counted(FailureCount count, String accountKey, String address, Optional<Instant> waitUntil) {
	}

	/** The hash under which an account's counts are kept, for a username as typed. */
	static String accountKey(String username) {
		return sha256("username:" + username.strip().toLowerCase(Locale.ROOT));
	}

	private Optional<Duration> count(Key key, Instant now, Function<FailureCount, Optional<Duration>> wait) {
		for (int race = 0; race < MAX_RACES; race++) {
			Optional<Stored> stored = find(key.id());
			FailureCount current = stored.map(Stored::count)
				.filter((count) -> count.live(this.limits, now))
				.orElse(FailureCount.none(key.scope(), now));
			Optional<Duration> refused = wait.apply(current);
			if (refused.isPresent()) {
				return refused;
			}
			FailureCount next = current.afterFailure(this.limits, now);
			if (stored.isEmpty() ? insert(key, next, now) : replace(key.id(), stored.get().version(), next)) {
				return Optional.empty();
			}
		}
		return Optional.of(RACE_LOST_WAIT);
	}

	private void uncount(Key key, Instant now) {
		for (int race = 0; race < MAX_RACES; race++) {
			Optional<Stored> stored = find(key.id());
			if (stored.isEmpty() || stored.get().count().failures() == 0) {
				return;
			}
			if (replace(key.id(), stored.get().version(), stored.get().count().withoutOneFailure())) {
				return;
			}
		}
	}

	private Optional<FailureCount> read(String id, Instant now) {
		return find(id).map(Stored::count).filter((count) -> count.live(this.limits, now));
	}

	private Optional<Stored> find(String id) {
		return this.jdbc.sql("select * from sign_in_failure where throttle_key = ?")
			.param(id)
			.query(LoginThrottle::stored)
			.optional();
	}

	/**
	 * A new row; a new key is also the moment to forget rows whose window has passed, so
	 * the table only holds current counts.
	 */
	private boolean insert(Key key, FailureCount count, Instant now) {
		int inserted = this.jdbc.sql("""
				insert into sign_in_failure (throttle_key, scope, account_key, address, failures, version,
				    window_started_at, last_failure_at, blocked_until)
				values (?, ?, ?, ?, ?, 0, ?, ?, ?)
				on conflict do nothing""")
			.params(key.id(), key.scope().name(), text(key.accountKey()), text(key.address()), count.failures(),
					time(count.windowStartedAt()), time(count.lastFailureAt()), time(count.blockedUntil()))
			.update();
		if (inserted == 1) {
			this.jdbc
				.sql("delete from sign_in_failure where last_failure_at <= ? and (blocked_until is null "
						+ "or blocked_until <= ?)")
				.params(time(now.minus(this.limits.window())), time(now))
				.update();
		}
		return inserted == 1;
	}

	private boolean replace(String id, int version, FailureCount count) {
		return this.jdbc.sql("""
				update sign_in_failure
				set failures = ?, version = version + 1, window_started_at = ?, last_failure_at = ?, blocked_until = ?
				where throttle_key = ? and version = ?""")
			.params(count.failures(), time(count.windowStartedAt()), time(count.lastFailureAt()),
					time(count.blockedUntil()), id, version)
			.update() == 1;
	}

	private static Stored stored(ResultSet row, int rowNumber) throws SQLException {
		FailureCount count = new FailureCount(Scope.valueOf(row.getString("scope")), row.getInt("failures"),
				instant(row, "window_started_at"), instant(row, "last_failure_at"), instant(row, "blocked_until"));
		return new Stored(count, row.getInt("version"), row.getString("account_key"), row.getString("address"));
	}

	private record Stored(FailureCount count, int version, String accountKey, String address) {
	}

	/** One count's row: its key, and whose count it is. */
	private record Key(String id, Scope scope, String accountKey, String address) {
	}

	/** The three counts one attempt touches. */
	private record Subject(Key address, Key account, Key accountAtAddress) {

		static Subject of(String clientAddress, String username) {
			String address = (clientAddress == null || clientAddress.isEmpty()) ? "unknown"
					: clientAddress.substring(0, Math.min(clientAddress.length(), MAX_ADDRESS_LENGTH));
			String account = accountKey(username);
			return new Subject(new Key(sha256("address:" + address), Scope.ADDRESS, null, address),
					new Key(sha256("account:" + account), Scope.ACCOUNT, account, null),
					new Key(sha256("account-at-address:" + account + ":" + address), Scope.ACCOUNT_AT_ADDRESS, account,
							address));
		}

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

	/** Typed, so that a null is bound as what the column holds on every database. */
	private static SqlParameterValue time(Instant instant) {
		return new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE,
				(instant != null) ? instant.atOffset(ZoneOffset.UTC) : null);
	}

	private static SqlParameterValue text(String text) {
		return new SqlParameterValue(Types.VARCHAR, text);
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
		return (time != null) ? time.toInstant() : null;
	}

}
