package org.baclofen.reference.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.baclofen.reference.system.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Account management for admins. New and reset passwords are random and returned once;
 * only their hashes are stored, and their owner must replace them at the next sign-in. An
 * admin cannot disable or demote their own account, so there is always a way back in. A
 * change to who may do what ends the account's sessions once it has committed (see
 * {@link SignedInSessions}), and passwords are hashed before the transaction starts, so a
 * change holds one database connection, briefly.
 */
@Service
class AccountAdministration {

	/** What the page of failed sign-ins lists at most; the rest are fewer failures. */
	static final int MAX_LISTED_COUNTS = 200;

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final SignedInSessions sessions;

	private final LoginThrottle loginThrottle;

	private final TransactionTemplate transaction;

	private final JdbcClient jdbc;

	AccountAdministration(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
			SignedInSessions sessions, LoginThrottle loginThrottle, PlatformTransactionManager transactions,
			JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.sessions = sessions;
		this.loginThrottle = loginThrottle;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Transactional(readOnly = true)
	List<Account> all() {
		return this.accounts.findAllByOrderByUsernameAsc();
	}

	/**
	 * A count of failed sign-ins as admins see it: an address, an account (null username:
	 * a username that is no account) or an account from one address.
	 */
	record FailedSignIns(FailureCount.Scope scope, String username, String address, int failures,
			Optional<Instant> waitUntil) {
	}

	/**
	 * The counts of failed sign-ins that still hold, most failures first: the ones that
	 * make attempts wait, and the ones on their way.
	 */
	@Transactional(readOnly = true)
	List<FailedSignIns> failedSignIns() {
		Map<String, String> usernames = this.accounts.findAllByOrderByUsernameAsc()
			.stream()
			.collect(Collectors.toMap((account) -> LoginThrottle.accountKey(account.getUsername()),
					Account::getUsername, (first, second) -> first));
		return this.loginThrottle.current(MAX_LISTED_COUNTS)
			.stream()
			.map((counted) -> new FailedSignIns(counted.count().scope(), usernames.get(counted.accountKey()),
					counted.address(), counted.count().failures(), counted.waitUntil()))
			.toList();
	}

	@Transactional(readOnly = true)
	boolean exists(String username) {
		return this.accounts.existsByUsername(username);
	}

	/**
	 * Once the site has two admins, a reviewer or admin account starts as an editor with
	 * its role requested, until another admin approves it (see {@link #changeRole}).
	 * @return the one-time password
	 */
	String create(AccountForm form, String actingUsername) {
		String password = FirstAdmin.Passwords.random();
		String hash = PasswordPolicy.hash(this.passwordEncoder, password);
		this.transaction.executeWithoutResult((status) -> {
			boolean needsSecondAdmin = form.getRole() != Role.EDITOR && needsSecondAdmin();
			Account account = new Account(form.getUsername(), hash, needsSecondAdmin ? Role.EDITOR : form.getRole(),
					this.clock.instant());
			account.setOneTimePassword(hash);
			account.createdBy(actingUsername);
			if (needsSecondAdmin) {
				account.requestRole(form.getRole(), actingUsername);
			}
			this.accounts.save(account);
		});
		return password;
	}

	/**
	 * Two admins can check each other: from then on nobody alone gives anyone the right
	 * to approve content or manage accounts.
	 */
	private boolean needsSecondAdmin() {
		return this.accounts.countByRoleAndEnabledTrue(Role.ADMIN) >= 2;
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
	PasswordReset resetPassword(long id) {
		String password = FirstAdmin.Passwords.random();
		String hash = PasswordPolicy.hash(this.passwordEncoder, password);
		String username = this.transaction.execute((status) -> {
			Account account = find(id);
			account.setOneTimePassword(hash);
			this.loginThrottle.clear(account.getUsername());
			return account.getUsername();
		});
		this.sessions.endAll(username);
		return new PasswordReset(username, password);
	}

	void setEnabled(long id, boolean enabled, String actingUsername) {
		String username = this.transaction.execute((status) -> {
			Account account = find(id);
			if (!enabled && account.getUsername().equals(actingUsername)) {
				throw new IllegalStateException("account.self.disable");
			}
			if (enabled) {
				account.enable();
			}
			else {
				account.disable();
			}
			return account.getUsername();
		});
		if (!enabled) {
			this.sessions.endAll(username);
		}
	}

	/**
	 * A change to who may do what takes effect now, not when the user's session happens
	 * to end. A step up (to reviewer or admin) waits for a second admin once the site has
	 * two; a step down never waits.
	 * @return whether the role waits for another admin's approval
	 */
	boolean changeRole(long id, Role role, String actingUsername) {
		Account changed = this.transaction.execute((status) -> {
			Account account = find(id);
			if (account.getUsername().equals(actingUsername) && role != Role.ADMIN) {
				throw new IllegalStateException("account.self.demote");
			}
			if (role.ordinal() > account.getRole().ordinal() && needsSecondAdmin()) {
				account.requestRole(role, actingUsername);
				return null;
			}
			account.changeRole(role, actingUsername);
			return account;
		});
		if (changed == null) {
			return true;
		}
		this.sessions.endAll(changed.getUsername());
		return false;
	}

	/** A second admin grants the role another admin asked for. */
	void approveRole(long id, String actingUsername) {
		String username = this.transaction.execute((status) -> {
			Account account = find(id);
			account.grantRequestedRole(actingUsername);
			return account.getUsername();
		});
		this.sessions.endAll(username);
	}

	void refuseRole(long id) {
		this.transaction.executeWithoutResult((status) -> find(id).refuseRequestedRole());
	}

	/**
	 * A published change approved by an account its drafter created or elevated.
	 */
	record AppointeeApproval(long revision, Instant at, String approver, String drafter) {
	}

	/** The newest approvals by an appointee of the drafter, at most this many. */
	static final int MAX_LISTED_APPROVALS = 200;

	@Transactional(readOnly = true)
	List<AppointeeApproval> appointeeApprovals() {
		return this.jdbc.sql("""
				select id, timestamp, username, drafted_by from audit_revision
				where approver_appointed_by_drafter order by id desc limit :max""")
			.param("max", MAX_LISTED_APPROVALS)
			.query((row, number) -> new AppointeeApproval(row.getLong(1), Instant.ofEpochMilli(row.getLong(2)),
					row.getString(3), row.getString(4)))
			.list();
	}

	private Account find(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new NotFoundException("Account " + id));
	}

}
