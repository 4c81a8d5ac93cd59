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

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class FirstAdminTest {

	private final AccountRepository accounts = mock(AccountRepository.class);

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);

	private Account createdWith(String username, String password) {
		when(this.accounts.count()).thenReturn(0L);
		new FirstAdmin(this.accounts, this.encoder, this.clock, username, password).run(null);
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
			FirstAdmin firstAdmin = new FirstAdmin(this.accounts, this.encoder, this.clock, "chief", weak);
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
	void nothingIsCreatedOnceAccountsExist() {
		when(this.accounts.count()).thenReturn(1L);
		new FirstAdmin(this.accounts, this.encoder, this.clock, "chief", "pw").run(null);
		verify(this.accounts, never()).save(any());
	}

}
