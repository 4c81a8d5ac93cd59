package org.baclofen.reference.cdshooks;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts the feedback EHRs send on cards: per service, card kind, outcome and override
 * reason. Each count is raised in the database by one statement, so concurrent feedback
 * from several instances is never lost; the first feedback of a combination inserts its
 * row, and a racing insert that loses simply raises the count instead.
 */
@Component
class CdsFeedback {

	/** The kind counted for a card uuid this service did not issue. */
	static final String UNKNOWN_KIND = "UNKNOWN";

	/**
	 * The reason counted for an override without one, or with one this service did not
	 * offer.
	 */
	static final String NO_REASON = "";

	private final JdbcClient jdbc;

	private final Clock clock;

	CdsFeedback(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One counted outcome. */
	record Count(String service, String cardKind, String outcome, String overrideReason, long count,
			OffsetDateTime lastAt) {
	}

	@Transactional
	void count(String service, String cardKind, String outcome, String overrideReason) {
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		if (raise(service, cardKind, outcome, overrideReason, now) == 0) {
			int inserted = this.jdbc
				.sql("insert into cds_feedback (service_id, card_kind, outcome, override_reason, count, last_at) "
						+ "values (?, ?, ?, ?, 1, ?) on conflict do nothing")
				.params(service, cardKind, outcome, overrideReason, now)
				.update();
			if (inserted == 0) {
				raise(service, cardKind, outcome, overrideReason, now);
			}
		}
	}

	private int raise(String service, String cardKind, String outcome, String overrideReason, OffsetDateTime now) {
		return this.jdbc
			.sql("update cds_feedback set count = count + 1, last_at = ? "
					+ "where service_id = ? and card_kind = ? and outcome = ? and override_reason = ?")
			.params(now, service, cardKind, outcome, overrideReason)
			.update();
	}

	List<Count> counts() {
		return this.jdbc
			.sql("select service_id, card_kind, outcome, override_reason, count, last_at from cds_feedback "
					+ "order by service_id, card_kind, outcome, override_reason")
			.query((row, number) -> new Count(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
					row.getLong(5), row.getObject(6, OffsetDateTime.class)))
			.list();
	}

}
