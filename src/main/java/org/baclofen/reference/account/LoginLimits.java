package org.baclofen.reference.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed sign-ins slow down further attempts (OWASP ASVS 2.2.1, NIST SP 800-63B
 * 5.2.2). Only failures count, and nothing ever refuses the right password from an
 * address that has not failed: an attacker can slow their own guesses, never lock the
 * owner out.
 *
 * @param freeFailuresPerAccountAndAddress failures of one account from one address before
 * each further attempt waits
 * @param firstBackOff the first wait; it doubles with each further failure
 * @param longestBackOff the longest wait
 * @param failuresPerAddress failures from one address, on any accounts, within the window
 * before that address is refused until the window ends: generous, as a hospital's staff
 * may share one address
 * @param failuresPerAccount failures on one account, from any addresses, within the
 * window before addresses that have failed on it are refused until the window ends; an
 * address that has not failed on it is still checked
 * @param window how long counts last: from the first failure for an address or account,
 * from the last failure for an account at one address
 */
@ConfigurationProperties("baclofen.login")
public record LoginLimits(@DefaultValue("5") int freeFailuresPerAccountAndAddress,
		@DefaultValue("30s") Duration firstBackOff, @DefaultValue("15m") Duration longestBackOff,
		@DefaultValue("200") int failuresPerAddress, @DefaultValue("100") int failuresPerAccount,
		@DefaultValue("1h") Duration window) {

	public LoginLimits {
		if (freeFailuresPerAccountAndAddress < 1 || failuresPerAddress < 1 || failuresPerAccount < 1) {
			throw new IllegalArgumentException("Sign-in limits need at least one failure before slowing down");
		}
		if (!positive(firstBackOff) || !positive(window) || longestBackOff.compareTo(firstBackOff) < 0) {
			throw new IllegalArgumentException(
					"Sign-in back-offs and window must be positive, the longest back-off no shorter than the first");
		}
	}

	/**
	 * The wait after the given number of failures of one account from one address: none
	 * for the free ones, then the first back-off, doubling up to the longest.
	 */
	Duration backOffAfter(int failures) {
		if (failures < this.freeFailuresPerAccountAndAddress) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - this.freeFailuresPerAccountAndAddress, 30);
		Duration wait = this.firstBackOff.multipliedBy(1L << doublings);
		return (wait.compareTo(this.longestBackOff) > 0) ? this.longestBackOff : wait;
	}

	private static boolean positive(Duration duration) {
		return !duration.isNegative() && !duration.isZero();
	}

}
