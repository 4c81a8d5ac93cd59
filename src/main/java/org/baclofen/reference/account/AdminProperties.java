package org.baclofen.reference.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The admin account settings read at start-up, usually from the environment: relaxed
 * binding reads {@code BACLOFEN_ADMIN_USERNAME}, {@code BACLOFEN_ADMIN_PASSWORD},
 * {@code BACLOFEN_ADMIN_RESET_USERNAME} and {@code BACLOFEN_ADMIN_RESET_PASSWORD} as
 * these properties.
 *
 * @param username the first admin's username, used only while no account exists ("admin"
 * when blank)
 * @param password the first admin's password; when blank a random one-time password is
 * printed once
 * @param reset a lost password's way back: one account's password set at start-up
 */
@ConfigurationProperties("baclofen.admin")
public record AdminProperties(@DefaultValue("") String username, @DefaultValue("") String password,
		@DefaultValue Reset reset) {

	/**
	 * Sets one existing account's password at start-up, once (a restart with the same
	 * values changes nothing), as a one-time password its owner replaces at the next
	 * sign-in.
	 *
	 * @param username the account to reset; nothing happens when blank
	 * @param password its new one-time password, which must meet the password policy
	 */
	public record Reset(@DefaultValue("") String username, @DefaultValue("") String password) {

		boolean requested() {
			return !this.username.isBlank();
		}

	}

}
