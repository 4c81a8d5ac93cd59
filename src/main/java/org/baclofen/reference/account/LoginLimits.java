package org.baclofen.reference.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many sign-in attempts are checked per username and per client address within one
 * window. Attempts beyond these are refused without looking at the password.
 *
 * @param attemptsPerUsername attempts per username (known or not) until a successful
 * sign-in or the window ends
 * @param attemptsPerAddress attempts per client address, successful or not
 * @param window how long the counts last from the first attempt
 */
@ConfigurationProperties("baclofen.login")
public record LoginLimits(@DefaultValue("5") int attemptsPerUsername, @DefaultValue("30") int attemptsPerAddress,
		@DefaultValue("15m") Duration window) {

	public LoginLimits {
		if (attemptsPerUsername < 1 || attemptsPerAddress < 1 || window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("Sign-in limits need at least one attempt per positive window");
		}
	}

}
