package org.baclofen.reference.audit;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the published content revision from the shared database: one aggregate over the
 * revision table, cheap enough to run on every request, and seen by every instance as
 * soon as a change commits.
 */
@Component
public class PublishedRevisions {

	private static final String CURRENT = "select count(*), max(r.id), max(r.timestamp) from audit_revision r";

	private final JdbcClient jdbc;

	PublishedRevisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public PublishedRevision current() {
		return this.jdbc.sql(CURRENT)
			.query((row, number) -> new PublishedRevision(row.getLong(1), row.getLong(2),
					Instant.ofEpochMilli(row.getLong(3))))
			.single();
	}

}
