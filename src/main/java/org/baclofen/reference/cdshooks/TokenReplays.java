package org.baclofen.reference.cdshooks;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Remembers each client token's {@code jti} until the token expires, in the database so
 * that every instance of the app refuses a token another instance has already accepted.
 * The primary key makes the first use win, however many requests race with the same
 * token; nothing about the patient is stored.
 */
@Component
class TokenReplays {

	private final JdbcClient jdbc;

	private final Clock clock;

	TokenReplays(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** True the first time this issuer's jti is seen; false on any later use. */
	boolean firstUse(String issuer, String jti, Instant expiresAt) {
		this.jdbc.sql("delete from cds_client_token where expires_at < ?")
			.param(OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.update();
		try {
			this.jdbc.sql("insert into cds_client_token (issuer, jti, expires_at) values (?, ?, ?)")
				.param(issuer)
				.param(jti)
				.param(OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC))
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

}
