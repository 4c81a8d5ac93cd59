package org.baclofen.reference.account;

import java.time.Clock;
import java.util.List;

import org.baclofen.reference.system.NotFoundException;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account management for admins. New and reset passwords are random and returned once;
 * only their hashes are stored, and their owner must replace them at the next sign-in. An
 * admin cannot disable or demote their own account, so there is always a way back in.
 */
@Service
class AccountAdministration {

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final SessionRegistry sessions;

	private final LoginThrottle loginThrottle;

	AccountAdministration(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
			SessionRegistry sessions, LoginThrottle loginThrottle) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.sessions = sessions;
		this.loginThrottle = loginThrottle;
	}

	@Transactional(readOnly = true)
	List<Account> all() {
		return this.accounts.findAllByOrderByUsernameAsc();
	}

	@Transactional(readOnly = true)
	boolean exists(String username) {
		return this.accounts.existsByUsername(username);
	}

	/**
	 * @return the one-time password
	 */
	@Transactional
	String create(AccountForm form) {
		String password = FirstAdmin.Passwords.random();
		Account account = new Account(form.getUsername(), this.passwordEncoder.encode(password), form.getRole(),
				this.clock.instant());
		account.setOneTimePassword(account.getPasswordHash());
		this.accounts.save(account);
		return password;
	}

	/**
	 * A new password, shown once, and the account it is for (named from the database,
	 * never the request).
	 */
	record PasswordReset(String username, String oneTimePassword) {
	}

	/**
	 * Also lifts a sign-in block on the username: the admin has just handed over a new
	 * password.
	 */
	@Transactional
	PasswordReset resetPassword(long id) {
		String password = FirstAdmin.Passwords.random();
		Account account = find(id);
		account.setOneTimePassword(this.passwordEncoder.encode(password));
		endSessionsOf(account);
		this.loginThrottle.clear(account.getUsername());
		return new PasswordReset(account.getUsername(), password);
	}

	@Transactional
	void setEnabled(long id, boolean enabled, String actingUsername) {
		Account account = find(id);
		if (!enabled && account.getUsername().equals(actingUsername)) {
			throw new IllegalStateException("account.self.disable");
		}
		if (enabled) {
			account.enable();
		}
		else {
			account.disable();
			endSessionsOf(account);
		}
	}

	@Transactional
	void changeRole(long id, Role role, String actingUsername) {
		Account account = find(id);
		if (account.getUsername().equals(actingUsername) && role != Role.ADMIN) {
			throw new IllegalStateException("account.self.demote");
		}
		account.changeRole(role);
		endSessionsOf(account);
	}

	/**
	 * A change to who may do what takes effect now, not when the user's session happens
	 * to end.
	 */
	private void endSessionsOf(Account account) {
		// Sessions are found by username in the shared session store, whichever instance
		// started them.
		this.sessions.getAllSessions(account.getUsername(), false).forEach(SessionInformation::expireNow);
	}

	private Account find(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new NotFoundException("Account " + id));
	}

}
