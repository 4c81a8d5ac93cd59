package org.baclofen.reference.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A new account: a username and a role. The password is generated and shown once, so
 * nobody has to type or send a secret.
 */
public class AccountForm {

	@NotBlank(message = "{admin.required}")
	@Pattern(regexp = "[a-z0-9._-]{3,60}", message = "{account.username.pattern}")
	private String username;

	@NotNull(message = "{admin.required}")
	private Role role = Role.EDITOR;

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = (username == null) ? null : username.strip();
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

}
