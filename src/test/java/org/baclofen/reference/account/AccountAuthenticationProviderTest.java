package org.baclofen.reference.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class AccountAuthenticationProviderTest {

	private static final String PASSWORD = "right-password-123";

	private final AccountRepository accounts = mock(AccountRepository.class);

	private final LoginThrottle throttle = mock(LoginThrottle.class);

	private final PasswordEncoder encoder = spy(PasswordEncoderFactories.createDelegatingPasswordEncoder());

	private AccountAuthenticationProvider provider;

	private final Account editor = new Account("editor.one",
			PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD), Role.EDITOR, Instant.now());

	@BeforeEach
	void signInIsAllowed() {
		this.provider = new AccountAuthenticationProvider(this.accounts, this.encoder, this.throttle);
		when(this.throttle.reserve(anyString(), anyString())).thenReturn(Optional.empty());
		when(this.accounts.findByUsername("editor.one")).thenReturn(Optional.of(this.editor));
	}

	private Authentication attempt(String username, String password) {
		return this.provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
	}

	@Test
	void theRightPasswordSignsInAndStartsTheCountAgain() {
		Authentication signedIn = attempt("editor.one", PASSWORD);
		assertThat(signedIn.isAuthenticated()).isTrue();
		assertThat(signedIn.getAuthorities()).extracting("authority").containsExactly("ROLE_EDITOR");
		verify(this.throttle).succeeded("unknown", "editor.one");
	}

	@Test
	void overTheLimitThePasswordIsNotEvenChecked() {
		when(this.throttle.reserve(anyString(), anyString())).thenReturn(Optional.of(Duration.ofSeconds(61)));
		assertThatThrownBy(() -> attempt("editor.one", PASSWORD)).isInstanceOfSatisfying(
				TooManyLoginAttemptsException.class, (tooMany) -> assertThat(tooMany.retryAfterMinutes()).isEqualTo(2));
		verify(this.encoder, never()).matches(any(), any());
		verify(this.accounts, never()).findByUsername(any());
	}

	@Test
	void unknownDisabledAndWrongFailAlikeEachAfterExactlyOnePasswordCheck() {
		this.editor.disable();
		assertThatThrownBy(() -> attempt("editor.one", PASSWORD)).isExactlyInstanceOf(BadCredentialsException.class)
			.hasMessage("Sign-in failed");
		assertThatThrownBy(() -> attempt("nobody.here", PASSWORD)).isExactlyInstanceOf(BadCredentialsException.class)
			.hasMessage("Sign-in failed");
		this.editor.enable();
		assertThatThrownBy(() -> attempt("editor.one", "wrong")).isExactlyInstanceOf(BadCredentialsException.class)
			.hasMessage("Sign-in failed");
		verify(this.encoder, times(3)).matches(any(), any());
		verify(this.throttle, never()).succeeded(any(), any());
	}

	@Test
	void aPasswordLongerThanBcryptReadsNeverSignsIn() {
		assertThatThrownBy(() -> attempt("editor.one", PASSWORD + "x".repeat(72)))
			.isExactlyInstanceOf(BadCredentialsException.class);
		verify(this.encoder, times(1)).matches(any(), any());
	}

	@Test
	void whenAttemptsCannotBeCountedTheSignInIsRefusedNotAnError() {
		when(this.throttle.reserve(anyString(), anyString())).thenThrow(new QueryTimeoutException("database away"));
		assertThatThrownBy(() -> attempt("editor.one", PASSWORD))
			.isInstanceOf(InternalAuthenticationServiceException.class);
		verify(this.encoder, never()).matches(any(), any());
	}

}
