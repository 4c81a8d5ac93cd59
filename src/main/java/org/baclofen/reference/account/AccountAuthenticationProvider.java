package org.baclofen.reference.account;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Signs users in from the accounts table. Every attempt is first counted as a failure by
 * the {@link LoginThrottle} (and taken back when the password is right); while the client
 * address, or the account from that address, must wait, attempts are refused without
 * checking the password. Every checked attempt runs the password encoder exactly once (on
 * a dummy hash for an unknown username), and a wrong password, an unknown username and a
 * disabled account fail alike, so neither the answer nor its timing tells which usernames
 * exist.
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

	private static final int MAX_USERNAME_LENGTH = 60;

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final LoginThrottle throttle;

	private final String dummyHash;

	AccountAuthenticationProvider(AccountRepository accounts, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.throttle = throttle;
		this.dummyHash = passwordEncoder.encode(FirstAdmin.Passwords.random());
	}

	@Override
	public Authentication authenticate(Authentication attempt) throws AuthenticationException {
		String username = String.valueOf(attempt.getPrincipal());
		String password = String.valueOf(attempt.getCredentials());
		String address = clientAddress(attempt);
		try {
			Optional<Duration> wait = this.throttle.reserve(address, username);
			if (wait.isPresent()) {
				throw new TooManyLoginAttemptsException(wait.get());
			}
			Optional<Account> account = (username.length() <= MAX_USERNAME_LENGTH)
					? this.accounts.findByUsername(username) : Optional.empty();
			boolean passwordMatches = PasswordPolicy.matches(this.passwordEncoder, password,
					account.map(Account::getPasswordHash).orElse(this.dummyHash));
			if (account.isEmpty() || !passwordMatches || !account.get().isEnabled()) {
				throw new BadCredentialsException("Sign-in failed");
			}
			this.throttle.succeeded(address, username);
			UserDetails user = User.withUsername(account.get().getUsername())
				.password(account.get().getPasswordHash())
				.authorities(authorities(account.get()))
				.build();
			return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
		}
		catch (DataAccessException ex) {
			// The attempt cannot be counted, so it is not checked: refused like any
			// failed sign-in, never a 500.
			throw new InternalAuthenticationServiceException("Sign-in attempts cannot be counted now", ex);
		}
	}

	/**
	 * The account's role, and while its password is a one-time one, the mark that sends
	 * every admin page to the change form (see {@link PasswordChangeRequired}).
	 */
	private static List<GrantedAuthority> authorities(Account account) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_" + account.getRole().name()));
		if (account.isMustChangePassword()) {
			authorities.add(PasswordChangeRequired.AUTHORITY);
		}
		return authorities;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static String clientAddress(Authentication attempt) {
		return (attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null)
				? details.getRemoteAddress() : "unknown";
	}

}
