package org.baclofen.reference.account;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A content editor's or admin's account. Only a password hash is stored. Sign-in attempts
 * are limited by the {@link LoginThrottle}, not here, so concurrent attempts never
 * contend for the account's row.
 */
@Entity
@Table(name = "app_account")
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private int version;

	@Column(nullable = false, unique = true)
	private String username;

	@Column(nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	private boolean enabled = true;

	@Column(nullable = false)
	private Instant createdAt;

	/**
	 * Set while the password is one somebody else knows (handed over by an admin, printed
	 * in the log).
	 */
	@Column(name = "must_change_password", nullable = false)
	private boolean mustChangePassword;

	/**
	 * The hash of the last start-up reset applied (see AdminProperties.Reset), so it is
	 * applied only once.
	 */
	@Column(name = "password_reset_hash")
	private String passwordResetHash;

	/**
	 * The hash of the last one-time password, kept after the owner chose their own: it
	 * may never become their password again, as somebody else knows it.
	 */
	@Column(name = "one_time_password_hash")
	private String oneTimePasswordHash;

	/** The admin who created the account; null for the first admin. */
	private String createdBy;

	/** The admin who last gave the account a role above the one it had. */
	private String elevatedBy;

	/** A role above editor that waits for a second admin's approval. */
	@Enumerated(EnumType.STRING)
	private Role requestedRole;

	/** The admin who asked for the requested role. */
	private String requestedBy;

	protected Account() {
	}

	public Account(String username, String passwordHash, Role role, Instant createdAt) {
		if (username == null || !username.matches("[a-z0-9._-]{3,60}")) {
			throw new IllegalArgumentException(
					"A username is 3 to 60 lowercase letters, digits, dots, dashes or underscores");
		}
		if (passwordHash == null || passwordHash.isBlank()) {
			throw new IllegalArgumentException("An account needs a password hash");
		}
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	public String getPasswordResetHash() {
		return this.passwordResetHash;
	}

	/** A password the user chose themselves. */
	public void changePassword(String newPasswordHash) {
		this.passwordHash = requireHash(newPasswordHash);
		this.mustChangePassword = false;
	}

	/**
	 * A password somebody else set (an admin, the start-up log): the user must replace it
	 * at sign-in.
	 */
	public void setOneTimePassword(String newPasswordHash) {
		this.passwordHash = requireHash(newPasswordHash);
		this.oneTimePasswordHash = this.passwordHash;
		this.mustChangePassword = true;
	}

	/** The hash of the last one-time password the account was given, if any. */
	public Optional<String> getOneTimePasswordHash() {
		return Optional.ofNullable(this.oneTimePasswordHash);
	}

	/**
	 * A one-time password set from the start-up variables; remembered so a restart does
	 * not set it again.
	 */
	public void resetFromStartup(String newPasswordHash, String resetHash) {
		setOneTimePassword(newPasswordHash);
		this.passwordResetHash = resetHash;
	}

	private static String requireHash(String hash) {
		if (hash == null || hash.isBlank()) {
			throw new IllegalArgumentException("An account needs a password hash");
		}
		return hash;
	}

	public void disable() {
		this.enabled = false;
	}

	public void enable() {
		this.enabled = true;
	}

	public void changeRole(Role role) {
		this.role = role;
	}

	/**
	 * A role given by an admin at once (no second admin needed, or a step down); a step
	 * up is remembered as theirs.
	 */
	public void changeRole(Role role, String admin) {
		if (role.ordinal() > this.role.ordinal()) {
			this.elevatedBy = admin;
		}
		this.role = role;
		this.requestedRole = null;
		this.requestedBy = null;
	}

	/** Created by this admin (the first admin is created by nobody). */
	public void createdBy(String admin) {
		this.createdBy = admin;
	}

	/** A role above the current one that waits for another admin's approval. */
	public void requestRole(Role role, String admin) {
		if (role.ordinal() <= this.role.ordinal()) {
			throw new IllegalArgumentException("Only a step up waits for approval");
		}
		this.requestedRole = role;
		this.requestedBy = admin;
	}

	/**
	 * A second admin grants the requested role; the admin who asked for it is remembered
	 * as having elevated the account.
	 * @throws IllegalStateException when nothing is requested or the approver asked for
	 * it
	 */
	public void grantRequestedRole(String approver) {
		if (this.requestedRole == null) {
			throw new IllegalStateException("account.role.noRequest");
		}
		if (approver.equals(this.requestedBy)) {
			throw new IllegalStateException("account.role.ownRequest");
		}
		this.role = this.requestedRole;
		this.elevatedBy = this.requestedBy;
		this.requestedRole = null;
		this.requestedBy = null;
	}

	public void refuseRequestedRole() {
		this.requestedRole = null;
		this.requestedBy = null;
	}

	/**
	 * Whether that user created this account or gave it a higher role: an approval by
	 * this account of their draft is not a second person's.
	 */
	public boolean isAppointedBy(String username) {
		return username != null && (username.equals(this.createdBy) || username.equals(this.elevatedBy));
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public String getElevatedBy() {
		return this.elevatedBy;
	}

	public Role getRequestedRole() {
		return this.requestedRole;
	}

	public String getRequestedBy() {
		return this.requestedBy;
	}

}
