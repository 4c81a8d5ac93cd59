package org.baclofen.reference.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A user's change of their own password: the current one (so a session left open is not
 * enough), the new one and the new one again. Lengths are bounded before anything is
 * hashed.
 */
public class PasswordChangeForm {

	@NotBlank(message = "{admin.required}")
	@Size(max = 200, message = "{account.password.current.wrong}")
	private String currentPassword;

	@NotBlank(message = "{admin.required}")
	@Size(max = 200, message = "{account.password.TOO_LONG}")
	private String newPassword;

	@NotBlank(message = "{admin.required}")
	@Size(max = 200, message = "{account.password.repeat.differs}")
	private String repeatPassword;

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getRepeatPassword() {
		return this.repeatPassword;
	}

	public void setRepeatPassword(String repeatPassword) {
		this.repeatPassword = repeatPassword;
	}

}
