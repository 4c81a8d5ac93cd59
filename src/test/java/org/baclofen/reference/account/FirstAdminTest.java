package org.baclofen.reference.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTest {

	private final AccountRepository accounts = mock(AccountRepository.class);

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);

	private final LoginThrottle throttle = mock(LoginThrottle.class);

	private FirstAdmin firstAdmin(String username, String password) {
		return new FirstAdmin(this.accounts, this.encoder, this.clock,
				new AdminProperties(username, password, new AdminProperties.Reset("", "")), this.throttle);
	}

	private FirstAdmin resetting(String username, String password) {
		return new FirstAdmin(this.accounts, this.encoder, this.clock,
				new AdminProperties("", "", new AdminProperties.Reset(username, password)), this.throttle);
	}

	private Account existing(String username) {
		Account account = new Account(username, this.encoder.encode("the-lost-password"), Role.ADMIN,
				this.clock.instant());
		account.disable();
		when(this.accounts.count()).thenReturn(1L);
		when(this.accounts.findByUsername(username)).thenReturn(Optional.of(account));
		return account;
	}

	private Account createdWith(String username, String password) {
		when(this.accounts.count()).thenReturn(0L);
		firstAdmin(username, password).run(null);
		ArgumentCaptor<Account> saved = ArgumentCaptor.forClass(Account.class);
		verify(this.accounts).save(saved.capture());
		return saved.getValue();
	}

	@Test
	void theFirstAdminComesFromTheEnvironment() {
		Account admin = createdWith("chief", "a-chosen-password");
		assertThat(admin.getUsername()).isEqualTo("chief");
		assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
		assertThat(this.encoder.matches("a-chosen-password", admin.getPasswordHash())).isTrue();
		assertThat(admin.getPasswordHash()).startsWith("{bcrypt}");
	}

	@Test
	void withoutAPasswordARandomOneIsGeneratedNeverADefault() {
		Account admin = createdWith("", "");
		assertThat(admin.getUsername()).isEqualTo("admin");
		for (String guess : new String[] { "admin", "password", "changeme", "" }) {
			assertThat(this.encoder.matches(guess, admin.getPasswordHash())).isFalse();
		}
	}

	@Test
	void aPasswordFromTheEnvironmentFollowsThePasswordPolicyOrTheAppDoesNotStart() {
		when(this.accounts.count()).thenReturn(0L);
		for (String weak : new String[] { "eleven-char", "x".repeat(73), "my-chief-password" }) {
			FirstAdmin firstAdmin = firstAdmin("chief", weak);
			assertThatThrownBy(() -> firstAdmin.run(null)).isInstanceOf(IllegalStateException.class)
				.hasMessageStartingWith("BACLOFEN_ADMIN_PASSWORD is refused: it must");
		}
		verify(this.accounts, never()).save(any());
		assertThat(createdWith("chief", "twelve-chars").getUsername()).isEqualTo("chief");
	}

	@Test
	void generatedPasswordsFollowTheSamePolicy() {
		for (int i = 0; i < 100; i++) {
			assertThat(PasswordPolicy.problemWith(FirstAdmin.Passwords.random(), "admin")).isEmpty();
		}
	}

	@Test
	void aGeneratedPasswordIsOneTimeAndAChosenOneIsNot() {
		assertThat(createdWith("", "").isMustChangePassword()).isTrue();
	}

	@Test
	void aChosenFirstPasswordNeedNotBeChanged() {
		assertThat(createdWith("chief", "a-chosen-password").isMustChangePassword()).isFalse();
	}

	@Test
	void aLostPasswordIsResetOnceFromTheStartUpVariablesAndNeverLogged(CapturedOutput output) {
		Account chief = existing("chief");

		resetting("chief", "a-recovery-passphrase").run(null);

		assertThat(this.encoder.matches("a-recovery-passphrase", chief.getPasswordHash())).isTrue();
		assertThat(chief.isMustChangePassword()).as("the owner chooses their own at the next sign-in").isTrue();
		assertThat(chief.isEnabled()).isTrue();
		verify(this.throttle).clear("chief");
		assertThat(output).contains("Reset the password of account 'chief'").doesNotContain("a-recovery-passphrase");

		chief.changePassword(this.encoder.encode("the-owners-new-password"));
		resetting("chief", "a-recovery-passphrase").run(null);
		assertThat(this.encoder.matches("the-owners-new-password", chief.getPasswordHash()))
			.as("a variable left set does not reset again at the next start")
			.isTrue();
		assertThat(output).contains("was applied at an earlier start");

		resetting("chief", "another-recovery-passphrase").run(null);
		assertThat(this.encoder.matches("another-recovery-passphrase", chief.getPasswordHash()))
			.as("a new reset password is a new reset")
			.isTrue();
	}

	@Test
	void aResetThatCannotBeAppliedStopsTheStart() {
		existing("chief");
		assertThatThrownBy(() -> resetting("nobody", "a-recovery-passphrase").run(null))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("names no account");
		assertThatThrownBy(() -> resetting("chief", "short").run(null)).isInstanceOf(IllegalStateException.class)
			.hasMessageStartingWith("BACLOFEN_ADMIN_RESET_PASSWORD is refused");
		assertThatThrownBy(() -> resetting("chief", "").run(null)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("BACLOFEN_ADMIN_RESET_PASSWORD is not");
	}

	@Test
	void nothingIsCreatedOnceAccountsExist() {
		when(this.accounts.count()).thenReturn(1L);
		firstAdmin("chief", "pw").run(null);
		verify(this.accounts, never()).save(any());
	}

}
