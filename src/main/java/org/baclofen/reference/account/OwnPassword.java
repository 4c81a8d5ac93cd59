package org.baclofen.reference.account;

import java.time.Duration;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * A signed-in user changes their own password. The current password is checked like a
 * sign-in, counted by the {@link LoginThrottle}, so an open session cannot be used to
 * guess it; the new one must meet the {@link PasswordPolicy}.
 */
@Service
class OwnPassword {

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final LoginThrottle throttle;

	OwnPassword(AccountRepository accounts, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.throttle = throttle;
	}

	/**
	 * Changes the password when the form is right; otherwise records why on the form's
	 * fields and changes nothing.
	 * @return whether the password was changed
	 */
	@Transactional
	boolean change(String username, String clientAddress, PasswordChangeForm form, Errors errors) {
		Account account = this.accounts.findByUsername(username).orElseThrow();
		Optional<Duration> wait = this.throttle.reserve(clientAddress, username);
		if (wait.isPresent()) {
			errors.reject("account.password.tooManyAttempts", new Object[] { wait.get().toMinutes() + 1 }, null);
			return false;
		}
		if (!PasswordPolicy.matches(this.passwordEncoder, form.getCurrentPassword(), account.getPasswordHash())) {
			errors.rejectValue("currentPassword", "account.password.current.wrong");
			return false;
		}
		this.throttle.succeeded(clientAddress, username);
		PasswordPolicy.problemWith(form.getNewPassword(), username)
			.ifPresent((problem) -> errors.rejectValue("newPassword", problem.messageKey(),
					new Object[] { PasswordPolicy.MIN_LENGTH }, null));
		String chosen = PasswordPolicy.normalized(form.getNewPassword());
		if (!errors.hasFieldErrors("newPassword")
				&& chosen.equals(PasswordPolicy.normalized(form.getCurrentPassword()))) {
			errors.rejectValue("newPassword", "account.password.same");
		}
		if (!errors.hasFieldErrors("newPassword") && account.getOneTimePasswordHash()
			.filter((oneTime) -> PasswordPolicy.matches(this.passwordEncoder, chosen, oneTime))
			.isPresent()) {
			errors.rejectValue("newPassword", "account.password.oneTime");
		}
		if (!chosen.equals(PasswordPolicy.normalized(form.getRepeatPassword()))) {
			errors.rejectValue("repeatPassword", "account.password.repeat.differs");
		}
		if (errors.hasErrors()) {
			return false;
		}
		account.changePassword(PasswordPolicy.hash(this.passwordEncoder, chosen));
		return true;
	}

}
