package org.baclofen.reference.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins counted for one client address, one account (by username, known or not)
 * or one account from one address, and the rules that decide whether the next attempt may
 * be checked. Plain Java: {@link LoginThrottle} stores the counts.
 *
 * @param scope what the count covers
 * @param failures failures within the window
 * @param windowStartedAt the first failure of the window
 * @param lastFailureAt the latest failure
 * @param blockedUntil for an account at one address, when the next attempt may be checked
 * (null while failures are free)
 */
public record FailureCount(Scope scope, int failures, Instant windowStartedAt, Instant lastFailureAt,
		Instant blockedUntil) {

	/** What a count covers. */
	public enum Scope {

		/** One client address, whatever the accounts tried. */
		ADDRESS,

		/** One account (by username, known or not), from every address. */
		ACCOUNT,

		/** One account from one client address. */
		ACCOUNT_AT_ADDRESS

	}

	public FailureCount {
		if (failures < 0 || lastFailureAt.isBefore(windowStartedAt)) {
			throw new IllegalArgumentException("A failure count is never negative and ends after it starts");
		}
	}

	/** No failures yet. */
	static FailureCount none(Scope scope, Instant now) {
		return new FailureCount(scope, 0, now, now, null);
	}

	/**
	 * Whether the count still holds: an address's or account's count for one window from
	 * its first failure, an account-at-address count for one window from its last failure
	 * and never before its back-off ends.
	 */
	boolean live(LoginLimits limits, Instant now) {
		if (this.scope == Scope.ACCOUNT_AT_ADDRESS) {
			return now.isBefore(this.lastFailureAt.plus(limits.window()))
					|| (this.blockedUntil != null && now.isBefore(this.blockedUntil));
		}
		return now.isBefore(windowEnd(limits));
	}

	/** The count with one failure more. */
	FailureCount afterFailure(LoginLimits limits, Instant now) {
		int counted = this.failures + 1;
		Instant blocked = null;
		if (this.scope == Scope.ACCOUNT_AT_ADDRESS && !limits.backOffAfter(counted).isZero()) {
			blocked = now.plus(limits.backOffAfter(counted));
		}
		// Another instance may have counted a failure a moment later than this one's now.
		Instant last = now.isAfter(this.lastFailureAt) ? now : this.lastFailureAt;
		return new FailureCount(this.scope, counted, (this.failures == 0) ? now : this.windowStartedAt, last, blocked);
	}

	/**
	 * The count with one failure fewer: an attempt counted before its password was
	 * checked turned out right, so whoever is at that address knows the password and
	 * waits no longer.
	 */
	FailureCount withoutOneFailure() {
		return new FailureCount(this.scope, Math.max(0, this.failures - 1), this.windowStartedAt, this.lastFailureAt,
				null);
	}

	/**
	 * How long until the next attempt may be checked, when it may not be now: an address
	 * or account at its ceiling waits for the end of the window, an account at one
	 * address for its back-off.
	 */
	Optional<Duration> wait(LoginLimits limits, Instant now) {
		return switch (this.scope) {
			case ADDRESS -> untilWindowEnd(this.failures >= limits.failuresPerAddress(), limits, now);
			case ACCOUNT -> untilWindowEnd(atAccountCeiling(limits), limits, now);
			case ACCOUNT_AT_ADDRESS -> (this.blockedUntil != null && now.isBefore(this.blockedUntil))
					? Optional.of(Duration.between(now, this.blockedUntil)) : Optional.empty();
		};
	}

	/**
	 * Whether an account has failed so often, from anywhere, that addresses which have
	 * failed on it wait for the end of the window.
	 */
	boolean atAccountCeiling(LoginLimits limits) {
		return this.scope == Scope.ACCOUNT && this.failures >= limits.failuresPerAccount();
	}

	Instant windowEnd(LoginLimits limits) {
		return this.windowStartedAt.plus(limits.window());
	}

	private Optional<Duration> untilWindowEnd(boolean atCeiling, LoginLimits limits, Instant now) {
		return atCeiling ? Optional.of(Duration.between(now, windowEnd(limits))) : Optional.empty();
	}

}
