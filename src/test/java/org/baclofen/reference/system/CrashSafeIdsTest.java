package org.baclofen.reference.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;

import org.baclofen.reference.ReferenceAppTest;
import org.baclofen.reference.editor.DraftQueue;
import org.baclofen.reference.editor.Publishing;
import org.baclofen.reference.editor.SecondReviewer;
import org.baclofen.reference.indication.Indication;
import org.baclofen.reference.indication.IndicationEdits;
import org.baclofen.reference.indication.IndicationRepository;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The fast version of the crash test (the long one, ten {@code kill -9} and restarts of
 * the packaged jar with approvals in flight, runs with {@code -Presilience}): H2 can come
 * back from a kill with identity sequences below ids already stored, which made the first
 * approvals after the restart fail on a duplicate audit revision id (issue 19). Here the
 * sequences are put where H2 left them, the start-up migration runs again as at a
 * restart, and approvals succeed.
 */
@ReferenceAppTest
class CrashSafeIdsTest {

	private static final List<String> CRASH_PRONE = List.of("audit_revision", "content_draft");

	@Autowired
	private Flyway flyway;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private IndicationRepository indications;

	@Autowired
	private DraftQueue queue;

	@Autowired
	private Publishing publishing;

	@Test
	void afterARestartApprovalsGetIdsAboveEveryStoredOne() throws Exception {
		Indication item = this.indications.findBySlug("fibromyalgia").orElseThrow();
		String summary = item.getSummary();
		long highestRevision = highest("audit_revision");
		for (String table : CRASH_PRONE) {
			this.jdbc.sql("alter table " + table + " alter column id restart with 1").update();
		}
		try {
			this.flyway.migrate();

			for (String table : CRASH_PRONE) {
				assertThat(nextId(table)).as(table).isGreaterThan(highest(table));
			}
			this.mvc.perform(IndicationEdits.summary(item, "A summary approved after a restart.", this.jdbc))
				.andExpect(status().is3xxRedirection());
			assertThat(SecondReviewer.approvePending(this.queue, this.publishing)).contains(item.getId());
			assertThat(highest("audit_revision")).isGreaterThan(highestRevision);
		}
		finally {
			// The database is shared with the other tests: whatever happened, leave it
			// sound.
			try (Connection connection = this.dataSource.getConnection()) {
				EmbeddedIdentities.realign(connection);
			}
			this.jdbc.sql("delete from content_draft where status = 'PENDING' and kind = 'indications' and item_id = ?")
				.param(item.getId())
				.update();
			if (!this.indications.findBySlug("fibromyalgia").orElseThrow().getSummary().equals(summary)) {
				this.mvc
					.perform(IndicationEdits.summary(this.indications.findBySlug("fibromyalgia").orElseThrow(), summary,
							this.jdbc))
					.andExpect(status().is3xxRedirection());
				SecondReviewer.approvePending(this.queue, this.publishing);
			}
		}
	}

	@Test
	void sequencesInOrderAreLeftAlone() throws Exception {
		this.flyway.migrate();
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(EmbeddedIdentities.realign(connection)).isZero();
		}
	}

	private long highest(String table) {
		return this.jdbc.sql("select coalesce(max(id), 0) from " + table).query(Long.class).single();
	}

	private long nextId(String table) {
		return this.jdbc
			.sql("select identity_base from information_schema.columns where table_name = ? and column_name = 'id'")
			.param(table)
			.query(Long.class)
			.single();
	}

}
