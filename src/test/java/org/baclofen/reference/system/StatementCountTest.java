package org.baclofen.reference.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pages must cost a small, fixed number of SQL statements: adding content must not add
 * queries (no N+1). Rendering is measured inside the test's transaction, which the page
 * cache stays out of; a page served from the cache costs one statement, the
 * published-revision query.
 */
@ReferenceAppTest
@Transactional
class StatementCountTest {

	private static final int MAX_STATEMENTS_PER_PAGE = 8;

	private static final int CACHED_PAGE_STATEMENTS = 1;

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

	@Test
	void everyPageStaysWithinItsBudgetAndDoesNotGrowWithContent() throws Exception {
		// One pass first: what the application reads once and keeps (per published
		// revision) is not a per-page
		// cost, and whether an earlier test class already read it must not change the
		// counts.
		statementsPerPage();
		Map<String, Integer> before = statementsPerPage();
		before.forEach(
				(path, count) -> assertThat(count).as("statements for %s", path).isBetween(1, MAX_STATEMENTS_PER_PAGE));

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
