package org.baclofen.reference.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.baclofen.reference.audit.AuditRevision;
import org.baclofen.reference.kind.ContentAdmin;
import org.baclofen.reference.kind.ContentAdmins;
import org.baclofen.reference.system.PostgresTest;
import org.hibernate.envers.RevisionType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The editorial workflow, Envers history and restore on real PostgreSQL: every change is
 * drafted by one person and published when a second one approves it, as one revision
 * naming both. Audit rows are written when a transaction commits, so this test commits:
 * it works on an interaction of its own and deletes it at the end.
 */
class AuditHistoryPostgresIT extends PostgresTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ContentAdmins admins;

	@Autowired
	private ContentEditing editing;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private DraftQueue queue;

	@Autowired
	private Publishing publishing;

	/**
	 * The reviewer approves what the auditor drafted; the public table is unchanged until
	 * then.
	 */
	private void approve() throws Exception {
		List<DraftQueue.QueueEntry> pending = this.queue.queue()
			.stream()
			.filter((entry) -> "auditor".equals(entry.draft().getDraftedBy()))
			.toList();
		assertThat(pending).hasSize(1);
		Draft draft = pending.get(0).draft();
		this.mvc
			.perform(post("/admin/review/" + draft.getId() + "/approve").with(csrf())
				.with(user("pg.reviewer").roles("REVIEWER"))
				.param("version", String.valueOf(draft.getVersion())))
			.andExpect(status().is3xxRedirection());
	}

	private static MockHttpServletRequestBuilder save(String path, String slug, String management, int version) {
		return post(path).with(csrf())
			.with(user("auditor").roles("EDITOR"))
			.param("version", String.valueOf(version))
			.param("slug", slug)
			.param("interactant", "Audit probe")
			.param("interactantKind", "SUBSTANCE")
			.param("severity", "UNKNOWN")
			.param("effect", "An effect.")
			.param("management", management)
			.param("sortOrder", "900")
			.param("sourceIds", "1")
			.param("reviewed", "true");
	}

	@Test
	void everyEditIsARevisionWithWhoWhenAndADiffAndRestoreAddsANewOne() throws Exception {
		String slug = "audit-probe-" + UUID.randomUUID().toString().substring(0, 8);
		this.mvc.perform(save("/admin/interactions", slug, "First advice.", 0)).andExpect(status().is3xxRedirection());
		assertThat(
				this.jdbc.sql("select count(*) from interaction where slug = ?").param(slug).query(Long.class).single())
			.as("not published before review")
			.isZero();
		approve();
		long id = this.jdbc.sql("select id from interaction where slug = ?").param(slug).query(Long.class).single();
		this.mvc.perform(save("/admin/interactions/" + id, slug, "Second advice.", 0))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/interactions")).andExpect(content().string(containsString("First advice.")));
		approve();
		this.mvc.perform(get("/interactions")).andExpect(content().string(containsString("Second advice.")));

		ContentAdmin<?, ?> interactions = this.admins.get("interactions");
		List<ContentEditing.HistoryEntry> history = this.editing.history(interactions, id);
		assertThat(history).extracting(ContentEditing.HistoryEntry::type)
			.containsExactly(RevisionType.MOD, RevisionType.ADD);
		assertThat(history).allSatisfy((entry) -> {
			assertThat(entry.username()).isEqualTo("pg.reviewer");
			assertThat(entry.draftedBy()).isEqualTo("auditor");
		});
		assertThat(history.get(0).changes()).singleElement().satisfies((change) -> {
			assertThat(change.field()).isEqualTo("Management");
			assertThat(change.before()).isEqualTo("First advice.");
			assertThat(change.after()).isEqualTo("Second advice.");
		});
		this.mvc.perform(get("/admin/interactions/" + id + "/history").with(user("auditor").roles("EDITOR")))
			.andExpect(content().string(containsString("Second advice.")))
			.andExpect(content().string(containsString("Drafted by auditor, approved by pg.reviewer")));

		long firstRevision = history.get(1).revision();
		this.mvc
			.perform(post("/admin/interactions/" + id + "/history/" + firstRevision + "/restore").with(csrf())
				.with(user("auditor").roles("EDITOR"))
				.param("version", "1"))
			.andExpect(status().is3xxRedirection());
		approve();
		List<ContentEditing.HistoryEntry> restored = this.editing.history(interactions, id);
		assertThat(restored).hasSize(3);
		assertThat(restored.get(0).changes()).singleElement()
			.satisfies((change) -> assertThat(change.after()).isEqualTo("First advice."));
		assertThat(
				this.jdbc.sql("select management from interaction where id = ?").param(id).query(String.class).single())
			.isEqualTo("First advice.");

		this.mvc.perform(get("/admin/changes").with(user("auditor").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Audit probe</a>")))
			.andExpect(content().string(containsString("<td>pg.reviewer</td>")));

		this.mvc
			.perform(post("/admin/interactions/" + id + "/delete").with(csrf()).with(user("auditor").roles("EDITOR")))
			.andExpect(status().is3xxRedirection());
		approve();
		assertThat(this.editing.history(interactions, id).get(0).type()).isEqualTo(RevisionType.DEL);
	}

	@Test
	void theMigratedContentIsTheFirstRevision() {
		long opioids = this.jdbc.sql("select id from interaction where slug = 'opioids'").query(Long.class).single();
		List<ContentEditing.HistoryEntry> history = this.editing.history(this.admins.get("interactions"), opioids);
		assertThat(history.get(history.size() - 1).username()).isEqualTo(AuditRevision.MIGRATION_USER);
	}

}
