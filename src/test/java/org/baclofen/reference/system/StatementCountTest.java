package org.baclofen.reference.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.baclofen.reference.PublicPage;
import org.baclofen.reference.ReferenceAppTest;
import org.baclofen.reference.content.Route;
import org.baclofen.reference.indication.EvidenceStrength;
import org.baclofen.reference.indication.Indication;
import org.baclofen.reference.indication.IndicationRepository;
import org.baclofen.reference.indication.IndicationStatus;
import org.baclofen.reference.interaction.InteractantKind;
import org.baclofen.reference.interaction.Interaction;
import org.baclofen.reference.interaction.InteractionMember;
import org.baclofen.reference.interaction.InteractionRepository;
import org.baclofen.reference.interaction.Severity;
import org.baclofen.reference.source.SourceRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

/**
 * Pages must cost a small, fixed number of SQL statements: adding content must not add queries (no N+1).
 */
@ReferenceAppTest
@Transactional
class StatementCountTest {

	private static final int MAX_STATEMENTS_PER_PAGE = 8;

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
		Map<String, Integer> before = statementsPerPage();
		before.forEach((path, count) -> assertThat(count).as("statements for %s", path)
			.isBetween(1, MAX_STATEMENTS_PER_PAGE));

		addContentCitingEverySource(5);

		assertThat(statementsPerPage()).isEqualTo(before);
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
					InteractantKind.DRUG, "Effect " + i, "Management " + i, Severity.UNKNOWN, LocalDate.of(2026, 11, 21));
			interaction.addMember(new InteractionMember("extradrug" + i, false));
			interaction.addMember(new InteractionMember("Extrabrand" + i, true));
			allSources.forEach(indication::cite);
			allSources.forEach(interaction::cite);
			this.indications.save(indication);
			this.interactions.save(interaction);
		}
		this.entityManager.flush();
	}

}
