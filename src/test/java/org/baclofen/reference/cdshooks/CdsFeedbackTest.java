package org.baclofen.reference.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baclofen.reference.cdshooks.EhrRequests.active;
import static org.baclofen.reference.cdshooks.EhrRequests.dose;
import static org.baclofen.reference.cdshooks.EhrRequests.order;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.baclofen.reference.ReferenceAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * CDS Hooks feedback: accepted, counted per card kind and outcome (and override reason),
 * and shown to admins as counts; nothing about the patient or the user is kept.
 */
@ReferenceAppTest
class CdsFeedbackTest {

	private static final String SERVICE = "baclofen-order-check";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ObjectMapper json;

	@Autowired
	private JdbcClient jdbc;

	private MockHttpServletResponse feedback(String body) throws Exception {
		return this.mvc
			.perform(post("/cds-services/" + SERVICE + "/feedback").contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn()
			.getResponse();
	}

	private long count(String kind, String outcome, String reason) {
		return this.jdbc
			.sql("select coalesce(sum(count), 0) from cds_feedback where service_id = ? and card_kind = ? "
					+ "and outcome = ? and override_reason = ?")
			.params(SERVICE, kind, outcome, reason)
			.query(Long.class)
			.single();
	}

	@Test
	void outcomesAreCountedByTheKindTheCardsUuidSays() throws Exception {
		String answer = this.mvc
			.perform(post("/cds-services/" + SERVICE).contentType(MediaType.APPLICATION_JSON)
				.content(EhrRequests.orderSign()
					.draft(order("o1", "197446", null, dose(1, "25", 4, null)))
					.prefetch(Prefetch.ACTIVE_MEDICATIONS, active("a1", "7804", null))
					.json()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode interaction = null;
		JsonNode dose = null;
		for (JsonNode card : this.json.readTree(answer).get("cards")) {
			String summary = card.get("summary").asString();
			if (summary.startsWith("Baclofen + Opioids")) {
				interaction = card;
			}
			else if (card.has("suggestions")) {
				dose = card;
			}
		}
		assertThat(interaction).isNotNull();
		assertThat(dose).isNotNull();
		long overriddenBefore = count("INTERACTION", "overridden", "benefit-outweighs-risk");
		long acceptedBefore = count("DOSE", "accepted", "");
		JsonNode reason = interaction.get("overrideReasons").get(0);
		assertThat(reason.get("code").asString()).isEqualTo("benefit-outweighs-risk");
		MockHttpServletResponse response = feedback("""
				{"feedback": [
				  {"card": "%s", "outcome": "overridden", "outcomeTimestamp": "2026-12-07T10:00:00Z",
				   "overrideReason": {"reason": %s, "userComment": "Patient name would go here"}},
				  {"card": "%s", "outcome": "accepted", "outcomeTimestamp": "2026-12-07T10:00:01Z",
				   "acceptedSuggestions": [{"id": "%s"}]}]}""".formatted(interaction.get("uuid").asString(), reason,
				dose.get("uuid").asString(), dose.get("suggestions").get(0).get("uuid").asString()));
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		assertThat(count("INTERACTION", "overridden", "benefit-outweighs-risk")).isEqualTo(overriddenBefore + 1);
		assertThat(count("DOSE", "accepted", "")).isEqualTo(acceptedBefore + 1);
		assertThat(this.jdbc.sql("select count(*) from cds_feedback where override_reason like '%Patient%'")
			.query(Long.class)
			.single()).isZero();

		String page = this.mvc.perform(get("/admin/cds-feedback").with(user("admin").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<h1>CDS Hooks feedback</h1>")
			.contains("Interaction")
			.contains("Benefit outweighs the risk for this patient");
	}

	@Test
	void feedbackIsCheckedBeforeAnythingIsCounted() throws Exception {
		assertThat(feedback("{\"feedback\": []}").getStatus()).isEqualTo(400);
		assertThat(feedback("{\"feedback\": [{\"card\": \"not-a-uuid\", \"outcome\": \"accepted\"}]}").getStatus())
			.isEqualTo(400);
		assertThat(feedback("{\"feedback\": [{\"card\": \"" + UUID.randomUUID() + "\", \"outcome\": \"ignored\"}]}")
			.getStatus()).isEqualTo(400);
		assertThat(this.mvc
			.perform(post("/cds-services/no-such-service/feedback").contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		long unknownBefore = count("UNKNOWN", "accepted", "");
		assertThat(feedback("{\"feedback\": [{\"card\": \"" + UUID.randomUUID() + "\", \"outcome\": \"accepted\"}]}")
			.getStatus()).isEqualTo(200);
		assertThat(count("UNKNOWN", "accepted", "")).isEqualTo(unknownBefore + 1);
	}

	/** Feedback arriving at the same time is all counted: no lost update, no error. */
	@Test
	void concurrentFeedbackIsAllCounted() throws Exception {
		String card = CardKind.TAPER.newUuid().toString();
		long before = count("TAPER", "overridden", "");
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Integer>> posts = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				posts.add(() -> feedback("{\"feedback\": [{\"card\": \"" + card + "\", \"outcome\": \"overridden\"}]}")
					.getStatus());
			}
			for (Future<Integer> status : pool.invokeAll(posts)) {
				assertThat(status.get()).isEqualTo(200);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(count("TAPER", "overridden", "")).isEqualTo(before + 40);
	}

	@Test
	void aCardsUuidSaysItsKindAndIsStillAUuid() {
		for (CardKind kind : CardKind.values()) {
			UUID uuid = kind.newUuid();
			assertThat(UUID.fromString(uuid.toString())).isEqualTo(uuid);
			assertThat(CardKind.of(uuid)).contains(kind);
		}
		assertThat(CardKind.of(UUID.randomUUID())).isEmpty();
	}

}
