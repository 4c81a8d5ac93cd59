package org.baclofen.reference.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import org.baclofen.reference.DynamicRequest;
import org.baclofen.reference.PublicPage;
import org.baclofen.reference.ReferenceAppTest;
import org.baclofen.reference.content.Route;
import org.baclofen.reference.content.SourceRepository;
import org.baclofen.reference.indication.EvidenceStrength;
import org.baclofen.reference.indication.Indication;
import org.baclofen.reference.indication.IndicationRepository;
import org.baclofen.reference.indication.IndicationStatus;
import org.baclofen.reference.interaction.InteractantKind;
import org.baclofen.reference.interaction.Interaction;
import org.baclofen.reference.interaction.InteractionMember;
import org.baclofen.reference.interaction.InteractionRepository;
import org.baclofen.reference.interaction.Severity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pages must cost a small, fixed number of SQL statements: adding content must not add
 * queries (no N+1). Rendering is measured inside the test's transaction, which the page
 * cache stays out of; a page served from the cache costs one statement, the
 * published-revision query. Dynamic requests (the CDS Hooks check, FHIR reads, plans and
 * checks) cost that one statement at most once warm, with ten times the content too.
 */
@ReferenceAppTest
@Transactional
class StatementCountTest {

	private static final int MAX_STATEMENTS_PER_PAGE = 8;

	/**
	 * The list of changes reads the audit log per revision and kind (the latest 50
	 * revisions, a few kinds each). It is built once per published revision and kept by
	 * ChangeLog's cache, which a read-write transaction such as this test's bypasses;
	 * served pages cost the revision query like every cached page.
	 */
	private static final int CHANGE_LIST_STATEMENTS = 4 * 50;

	private static final int CACHED_PAGE_STATEMENTS = 1;

	/** The published-revision query, read once per request. */
	private static final int DYNAMIC_REQUEST_STATEMENTS = 1;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private IndicationRepository indications;

	@Autowired
	private InteractionRepository interactions;

	@Autowired
	private SourceRepository sources;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void everyPageStaysWithinItsBudgetAndDoesNotGrowWithContent() throws Exception {
		// One pass first: what the application reads once and keeps (per published
		// revision) is not a per-page
		// cost, and whether an earlier test class already read it must not change the
		// counts.
		statementsPerPage();
		Map<String, Integer> before = statementsPerPage();
		before.forEach((path, count) -> assertThat(count).as("statements for %s", path)
			.isBetween(1, path.startsWith("/changes") ? CHANGE_LIST_STATEMENTS : MAX_STATEMENTS_PER_PAGE));

		addContentCitingEverySource(5);

		assertThat(statementsPerPage()).isEqualTo(before);
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void everyCachedPageCostsOnlyTheRevisionQuery() throws Exception {
		List<String> uncached = new ArrayList<>();
		for (PublicPage page : PublicPage.ALL) {
			this.mvc.perform(get(page.path())).andExpect(status().isOk());
			StatementCounter.reset();
			MvcResult again = this.mvc.perform(get(page.path())).andExpect(status().isOk()).andReturn();
			if (again.getResponse().getHeader("ETag") == null) {
				uncached.add(page.path());
				assertThat(StatementCounter.count()).as("statements for %s", page.path())
					.isBetween(1, MAX_STATEMENTS_PER_PAGE);
			}
			else {
				assertThat(StatementCounter.count()).as("statements for cached %s", page.path())
					.isEqualTo(CACHED_PAGE_STATEMENTS);
			}
		}
		assertThat(uncached).as("every public page, shareable result links included, is cached once rendered")
			.isEmpty();
	}

	/**
	 * What a clinician's tool or an EHR asks is computed per request from what is derived
	 * once per published revision: warm, it costs the revision query at most.
	 */
	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void everyDynamicRequestCostsAtMostTheRevisionQueryOnceWarm() throws Exception {
		assertThat(statementsPerDynamicRequest()).allSatisfy((request,
				count) -> assertThat(count).as("statements for %s", request).isBetween(0, DYNAMIC_REQUEST_STATEMENTS));
	}

	/**
	 * With ten times the interactions, screening conditions and sources, published as one
	 * revision, each dynamic request still costs the revision query at most, and answers
	 * what it answered before (the copies have names of their own).
	 */
	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void theCostOfADynamicRequestStaysFlatWithTenTimesTheContent() throws Exception {
		Map<String, String> before = answers();
		try {
			new ResourceDatabasePopulator(new ClassPathResource("db/tenfold-content.sql")).execute(this.dataSource);
			assertThat(this.jdbc.sql("select count(*) from interaction").query(Long.class).single())
				.as("interactions with the fixture")
				.isGreaterThanOrEqualTo(10 * this.jdbc.sql("select count(*) from interaction where slug not like 'fx%'")
					.query(Long.class)
					.single());
			assertThat(statementsPerDynamicRequest()).allSatisfy(
					(request, count) -> assertThat(count).as("statements for %s with ten times the content", request)
						.isBetween(0, DYNAMIC_REQUEST_STATEMENTS));
			assertThat(withoutFhir(answers())).as("the same answers, but FHIR's, which publish everything")
				.isEqualTo(withoutFhir(before));
		}
		finally {
			new ResourceDatabasePopulator(new ClassPathResource("db/tenfold-content-removal.sql"))
				.execute(this.dataSource);
		}
	}

	private Map<String, Integer> statementsPerDynamicRequest() throws Exception {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (DynamicRequest request : DynamicRequest.ALL) {
			this.mvc.perform(request.request())
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(request.expectedText())));
			StatementCounter.reset();
			this.mvc.perform(request.request()).andExpect(status().isOk());
			counts.put(request.toString(), StatementCounter.count());
		}
		return counts;
	}

	/** Each dynamic request's answer, without what differs on every call (card ids). */
	private Map<String, String> answers() throws Exception {
		Map<String, String> answers = new LinkedHashMap<>();
		for (DynamicRequest request : DynamicRequest.ALL) {
			String answer = this.mvc.perform(request.request()).andReturn().getResponse().getContentAsString();
			answers.put(request.toString(), answer.replaceAll("\"uuid\":\"[^\"]*\"", ""));
		}
		return answers;
	}

	private static Map<String, String> withoutFhir(Map<String, String> answers) {
		Map<String, String> kept = new LinkedHashMap<>(answers);
		kept.keySet().removeIf((request) -> request.contains("/fhir/"));
		return kept;
	}

	private Map<String, Integer> statementsPerPage() throws Exception {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (PublicPage page : PublicPage.ALL) {
			// Start each page from an empty persistence context, as a real request does.
			this.entityManager.clear();
			StatementCounter.reset();
			this.mvc.perform(get(page.path())).andExpect(status().isOk());
			counts.put(page.path(), StatementCounter.count());
		}
		return counts;
	}

	private void addContentCitingEverySource(int items) {
		var allSources = this.sources.findAllWithAddressesBy();
		for (int i = 0; i < items; i++) {
			Indication indication = new Indication("extra-use-" + i, "Extra use " + i, IndicationStatus.OFF_LABEL,
					Route.ORAL, EvidenceStrength.LOW, "Summary " + i, "Details " + i, LocalDate.of(2026, 11, 21));
			Interaction interaction = new Interaction("extra-interactant-" + i, "Extra interactant " + i,
					InteractantKind.DRUG, "Effect " + i, "Management " + i, Severity.UNKNOWN,
					LocalDate.of(2026, 11, 21));
			interaction.addMember(new InteractionMember("extradrug" + i, false));
			interaction.addMember(new InteractionMember("Extrabrand" + i, true));
			indication.citeOnly(allSources);
			interaction.citeOnly(allSources);
			this.indications.save(indication);
			this.interactions.save(interaction);
		}
		this.entityManager.flush();
	}

}
