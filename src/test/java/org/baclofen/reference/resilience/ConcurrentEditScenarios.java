package org.baclofen.reference.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.baclofen.reference.editor.AdminFormPost;
import org.baclofen.reference.editor.DraftQueue;
import org.baclofen.reference.editor.DraftRefusedException;
import org.baclofen.reference.editor.Publishing;
import org.baclofen.reference.editor.SecondReviewer;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Concurrent admin work through the whole application (MockMvc, real transactions that
 * commit), run on H2 and on PostgreSQL by the test classes implementing this. Each
 * scenario works on an interaction or account of its own and removes it at the end. A
 * request that ends in an exception counts as a server error, like a 500.
 */
interface ConcurrentEditScenarios {

	int EDITORS = 12;

	Map<String, String> INTERACTION = Map.of("interactant", "Race probe", "interactantKind", "SUBSTANCE", "severity",
			"UNKNOWN", "effect", "An effect.", "sortOrder", "900", "sourceIds", "1", "reviewed", "true");

	MockMvc mvc();

	JdbcClient jdbc();

	DraftQueue queue();

	Publishing publishing();

	DataSource dataSource();

	FindByIndexNameSessionRepository<? extends Session> sessionStore();

	/** A second person approves what the editors drafted, so it is published. */
	default void approvePending() {
		SecondReviewer.approvePending(queue(), publishing());
	}

	/**
	 * What a request ended in: its status, or "error" for an exception, with the page for
	 * assertions.
	 */
	record Outcome(String status, String body) {

		static Outcome of(MockHttpServletResponse response) throws Exception {
			return new Outcome(String.valueOf(response.getStatus()), response.getContentAsString());
		}

	}

	/**
	 * Edits that all started from version 0 are sent at once: exactly one becomes the
	 * item's draft, every other one is a 409 that keeps its input (what was drafted
	 * meanwhile is shown, or who holds the item).
	 */
	@Test
	default void staleSavesHaveExactlyOneWinner() throws Exception {
		String slug = newSlug();
		long id = createInteraction(slug);
		List<Outcome> outcomes = Concurrently.times(EDITORS,
				(editor) -> perform(save("/admin/interactions/" + id, slug, "Advice from editor " + editor, 0)));

		assertThat(tally(outcomes)).isEqualTo(Map.of("302", 1L, "409", (long) EDITORS - 1));
		assertThat(outcomes).filteredOn((outcome) -> outcome.status().equals("409"))
			.allSatisfy((conflict) -> assertThat(conflict.body()).contains("Advice from editor")
				.containsAnyOf("Someone else saved this item while you were editing", "has a draft of this item"));
		assertThat(management(id)).isEqualTo("First advice.");
		approvePending();
		assertThat(management(id)).startsWith("Advice from editor ");
		delete(id);
	}

	/**
	 * New items with the same new slug drafted at once: each is a draft, and approving
	 * them publishes one item; every other approval is refused with the field's reason.
	 */
	@Test
	default void sameKeyCreatesGiveOneItemAndFieldErrors() throws Exception {
		String slug = newSlug();
		List<Outcome> outcomes = Concurrently.times(EDITORS,
				(editor) -> perform(save("/admin/interactions", slug, "Advice " + editor, 0)));
		assertThat(tally(outcomes)).isEqualTo(Map.of("302", (long) EDITORS));

		List<String> refusals = new java.util.ArrayList<>();
		for (DraftQueue.QueueEntry entry : queue().queue()) {
			try {
				publishing().approve(entry.draft().getId(), entry.draft().getVersion(), SecondReviewer.USERNAME, false);
			}
			catch (DraftRefusedException refused) {
				refusals.add(String.valueOf(java.util.Arrays.asList(refused.getArguments())));
				publishing().reject(entry.draft().getId(), entry.draft().getVersion(), SecondReviewer.USERNAME,
						"Slug taken.");
			}
		}
		assertThat(refusals).hasSize(EDITORS - 1)
			.allSatisfy((refusal) -> assertThat(refusal).contains("This slug is already used by another item"));
		delete(jdbc().sql("select id from interaction where slug = ?").param(slug).query(Long.class).single());
	}

	/**
	 * Admins creating the same username at once: one account, the others get the field
	 * error.
	 */
	@Test
	default void sameUsernameCreatesGiveOneAccountAndFieldErrors() throws Exception {
		String username = "race-" + UUID.randomUUID().toString().substring(0, 8);
		List<Outcome> outcomes = Concurrently.times(EDITORS,
				(admin) -> perform(post("/admin/accounts").with(csrf())
					.with(user("root").roles("ADMIN"))
					.param("username", username)
					.param("role", "EDITOR")));

		assertThat(tally(outcomes)).isEqualTo(Map.of("302", 1L, "200", (long) EDITORS - 1));
		assertThat(outcomes).filteredOn((outcome) -> outcome.status().equals("200"))
			.allSatisfy(
					(refused) -> assertThat(refused.body()).contains("An account with this username already exists"));
		assertThat(jdbc().sql("delete from app_account where username = ?").param(username).update()).isEqualTo(1);
	}

	/**
	 * Admins changing the same account at once: each change is applied or refused with a
	 * message, none fails.
	 */
	@Test
	default void concurrentAccountChangesAreAppliedOrRefusedNeverErrors() throws Exception {
		String username = "race-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(perform(post("/admin/accounts").with(csrf())
			.with(user("root").roles("ADMIN"))
			.param("username", username)
			.param("role", "EDITOR")).status()).isEqualTo("302");
		long id = jdbc().sql("select id from app_account where username = ?")
			.param(username)
			.query(Long.class)
			.single();
		List<Outcome> outcomes = Concurrently.times(EDITORS,
				(admin) -> perform(
						post("/admin/accounts/" + id + ((admin % 2 == 0) ? "/enabled" : "/role")).with(csrf())
							.with(user("root").roles("ADMIN"))
							.param("enabled", "false")
							.param("role", "ADMIN")));

		assertThat(tally(outcomes)).isEqualTo(Map.of("302", (long) EDITORS));
		assertThat(jdbc().sql("delete from app_account where username = ?").param(username).update()).isEqualTo(1);
	}

	/**
	 * Twice as many account changes at once as the pool has connections (disable, role
	 * change, password reset), each on an account with a signed-in session: every change
	 * is applied and ends that session, and none waits for a second connection until it
	 * fails with a 503.
	 */
	@Test
	default void accountChangesBeyondThePoolSizeNeverRunOutOfConnections() throws Exception {
		int changes = 2 * dataSource().unwrap(HikariDataSource.class).getMaximumPoolSize();
		List<Long> ids = new ArrayList<>();
		List<String> sessionIds = new ArrayList<>();
		for (int i = 0; i < changes; i++) {
			String username = "pool-" + UUID.randomUUID().toString().substring(0, 8);
			jdbc()
				.sql("insert into app_account (username, password_hash, role, enabled, created_at) "
						+ "values (?, '{noop}unused', 'REVIEWER', true, current_timestamp)")
				.param(username)
				.update();
			ids.add(jdbc().sql("select id from app_account where username = ?")
				.param(username)
				.query(Long.class)
				.single());
			sessionIds.add(signedInSession(sessionStore(), username));
		}
		// A step down applies at once (a step up may wait for a second admin), so every
		// change here ends the account's sessions.
		String[] changePaths = { "/enabled", "/role", "/password" };
		List<Outcome> outcomes = Concurrently.times(changes,
				(change) -> perform(post("/admin/accounts/" + ids.get(change) + changePaths[change % 3]).with(csrf())
					.with(user("root").roles("ADMIN"))
					.param("enabled", "false")
					.param("role", "EDITOR")));

		assertThat(tally(outcomes)).isEqualTo(Map.of("302", (long) changes));
		SpringSessionBackedSessionRegistry<?> sessions = new SpringSessionBackedSessionRegistry<>(sessionStore());
		assertThat(sessionIds).allSatisfy(
				(id) -> assertThat(sessions.getSessionInformation(id).isExpired()).as("session %s ended", id).isTrue());
		ids.forEach((id) -> jdbc().sql("delete from app_account where id = ?").param(id).update());
	}

	/**
	 * A session in the shared store signed in as the given user, as the sign-in form
	 * leaves it.
	 */
	private static <S extends Session> String signedInSession(FindByIndexNameSessionRepository<S> store,
			String username) {
		S session = store.createSession();
		session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, username);
		store.save(session);
		return session.getId();
	}

	/**
	 * A restore chosen on a history page that is out of date would undo a save its editor
	 * never saw: it is a conflict and changes nothing. Restores sent at once from the
	 * same, current page have exactly one winner.
	 */
	@Test
	default void restoresFromAStaleHistoryPageAreConflicts() throws Exception {
		String slug = newSlug();
		long id = createInteraction(slug);
		assertThat(perform(save("/admin/interactions/" + id, slug, "Second advice.", 0)).status()).isEqualTo("302");
		approvePending();
		long firstRevision = jdbc().sql("select min(rev) from interaction_aud where id = ?")
			.param(id)
			.query(Long.class)
			.single();
		String historyPage = perform(
				get("/admin/interactions/" + id + "/history").with(user("editor1").roles("EDITOR")))
			.body();
		assertThat(historyPage).contains("name=\"version\" value=\"1\"")
			.contains("<h1>History of &quot;Race probe&quot;</h1>")
			.doesNotContain("th:text");
		assertThat(perform(save("/admin/interactions/" + id, slug, "Third advice.", 1)).status()).isEqualTo("302");
		approvePending();

		Outcome stale = perform(restore(id, firstRevision, 1));
		assertThat(stale.status()).isEqualTo("409");
		assertThat(stale.body()).contains("This item changed after you opened its history")
			.contains(SecondReviewer.USERNAME + " saved it on");
		assertThat(management(id)).isEqualTo("Third advice.");

		// The same editor sends the restore many times at once: one draft of it, never a
		// server error.
		List<Outcome> outcomes = Concurrently.times(EDITORS, (editor) -> perform(restore(id, firstRevision, 2)));
		assertThat(outcomes).extracting(Outcome::status).doesNotContain("error", "500").contains("302");
		assertThat(management(id)).isEqualTo("Third advice.");
		approvePending();
		assertThat(management(id)).isEqualTo("First advice.");
		delete(id);
	}

	private long createInteraction(String slug) throws Exception {
		assertThat(perform(save("/admin/interactions", slug, "First advice.", 0)).status()).isEqualTo("302");
		approvePending();
		return jdbc().sql("select id from interaction where slug = ?").param(slug).query(Long.class).single();
	}

	private String management(long id) {
		return jdbc().sql("select management from interaction where id = ?").param(id).query(String.class).single();
	}

	private void delete(long id) throws Exception {
		assertThat(perform(
				post("/admin/interactions/" + id + "/delete").with(csrf()).with(user("editor1").roles("EDITOR")))
			.status()).isEqualTo("302");
		approvePending();
	}

	private Outcome perform(MockHttpServletRequestBuilder request) {
		try {
			return Outcome.of(mvc().perform(request).andReturn().getResponse());
		}
		catch (Exception ex) {
			return new Outcome("error", String.valueOf(ex));
		}
	}

	private static String newSlug() {
		return "race-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static MockHttpServletRequestBuilder save(String path, String slug, String management, int version) {
		return AdminFormPost.asEditor(path, INTERACTION, "slug", slug, "management", management, "version",
				String.valueOf(version));
	}

	private static MockHttpServletRequestBuilder restore(long id, long revision, int version) {
		return post("/admin/interactions/" + id + "/history/" + revision + "/restore").with(csrf())
			.with(user("editor1").roles("EDITOR"))
			.param("version", String.valueOf(version));
	}

	private static Map<String, Long> tally(List<Outcome> outcomes) {
		return outcomes.stream().collect(Collectors.groupingBy(Outcome::status, TreeMap::new, Collectors.counting()));
	}

}
