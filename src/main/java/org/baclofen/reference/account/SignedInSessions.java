package org.baclofen.reference.account;

import java.util.Objects;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends an account's sign-in sessions, wherever they were started: they are found by
 * username in the shared session store. Spring Session's JDBC store runs each of its
 * calls in a transaction of its own ({@code REQUIRES_NEW}); made inside one of ours, each
 * call would hold a second connection while the first waits, and as many account changes
 * at once as the pool has connections would wait on each other until they all failed. So
 * callers end sessions after their transaction has committed, outside it (the concurrency
 * test {@code accountChangesBeyondThePoolSizeNeverRunOutOfConnections} fails otherwise).
 */
@Component
class SignedInSessions {

	private final SessionRegistry registry;

	SignedInSessions(SessionRegistry registry) {
		this.registry = registry;
	}

	/** Every session of the account. */
	void endAll(String username) {
		endAllBut(username, null);
	}

	/**
	 * Every session of the account except the one given (the user's own, current one).
	 */
	void endAllBut(String username, String keptSessionId) {
		this.registry.getAllSessions(username, false)
			.stream()
			.filter((session) -> !Objects.equals(session.getSessionId(), keptSessionId))
			.forEach(SessionInformation::expireNow);
	}

}
