package org.baclofen.reference.account;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account and locks it for a while after too many in a row, so passwords
 * cannot be guessed at speed.
 */
@Component
class LoginAttempts {

	private final AccountRepository accounts;

	private final Clock clock;

	private final int maxFailures;

	private final Duration lockFor;

	LoginAttempts(AccountRepository accounts, Clock clock,
			@Value("${baclofen.admin.lockout.max-failures}") int maxFailures,
			@Value("${baclofen.admin.lockout.duration}") Duration lockFor) {
		this.accounts = accounts;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockFor = lockFor;
	}

	@EventListener
	@Transactional
	public void failed(AuthenticationFailureBadCredentialsEvent event) {
		this.accounts.findByUsername(event.getAuthentication().getName())
			.ifPresent((account) -> account.recordFailedLogin(this.clock.instant(), this.maxFailures, this.lockFor));
	}

	@EventListener
	@Transactional
	public void succeeded(AuthenticationSuccessEvent event) {
		this.accounts.findByUsername(event.getAuthentication().getName()).ifPresent(Account::recordSuccessfulLogin);
	}

}
