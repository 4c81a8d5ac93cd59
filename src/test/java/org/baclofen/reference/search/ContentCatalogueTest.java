package org.baclofen.reference.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;
import org.baclofen.reference.ReferenceAppTest;
import org.baclofen.reference.cdshooks.ConditionCode;
import org.baclofen.reference.cdshooks.KidneyFunctionCode;
import org.baclofen.reference.cdshooks.MedicineCode;
import org.baclofen.reference.content.CitedContent;
import org.baclofen.reference.kind.ContentAdmin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

@ReferenceAppTest
class ContentCatalogueTest {

	@Autowired
	private ContentCatalogue catalogue;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private List<ContentAdmin<?, ?>> admins;

	/**
	 * Lab, diagnosis and medicine codes EHRs send: cited to their code systems, but read
	 * through the CDS Hooks service, never listed on a page.
	 */
	private static final Set<Class<?>> SHOWN_ON_NO_PAGE = Set.of(KidneyFunctionCode.class, ConditionCode.class,
			MedicineCode.class);

	@Autowired
	private org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void everyKindOfContentIsPresent() {
		Set<ContentKind> kinds = this.catalogue.entries()
			.stream()
			.map(CatalogueEntry::kind)
			.collect(Collectors.toSet());
		assertThat(kinds).containsExactlyInAnyOrder(ContentKind.values());
	}

	/**
	 * A new cited kind (entity or admin bean) that search and the sources page would
	 * silently miss.
	 */
	@Test
	void everyCitedEntityAndAdminKindIsACatalogueKind() {
		Set<Class<?>> catalogued = Arrays.stream(ContentKind.values())
			.map(ContentKind::entityType)
			.collect(Collectors.toSet());
		Set<Class<?>> citedEntities = this.entityManager.getMetamodel()
			.getEntities()
			.stream()
			.map(EntityType::getJavaType)
			.filter(CitedContent.class::isAssignableFrom)
			.filter((type) -> !SHOWN_ON_NO_PAGE.contains(type))
			.collect(Collectors.toSet());
		Set<Class<?>> citedAdminKinds = this.admins.stream()
			.map(ContentAdmin::entityType)
			.filter(CitedContent.class::isAssignableFrom)
			.collect(Collectors.toSet());
		assertThat(catalogued).containsExactlyInAnyOrderElementsOf(citedEntities).containsAll(citedAdminKinds);
	}

	/**
	 * Search and the sources page name and link an item exactly as its entity does (and
	 * so admin does).
	 */
	@Test
	@Transactional
	void everyEntryIsTitledAndLinkedByItsKindsOwnDescription() {
		List<CatalogueEntry> entries = new ArrayList<>(this.catalogue.entries());
		this.catalogue.citationsBySource().values().forEach(entries::addAll);
		this.entityManager.clear();
		assertThat(entries).hasSizeGreaterThan(ContentKind.values().length).allSatisfy((entry) -> {
			CitedContent item = this.entityManager.find(entry.kind().entityType(), entry.id());
			assertThat(entry.title()).as("title of %s %d", entry.kind(), entry.id()).isEqualTo(item.displayTitle());
			assertThat(entry.link()).as("link of %s %d", entry.kind(), entry.id()).isEqualTo(item.publicLink());
		});
	}

	@Test
	void everyItemCitesAtLeastOneSource() {
		Set<String> cited = this.catalogue.citationsBySource()
			.values()
			.stream()
			.flatMap(List::stream)
			.map(ContentCatalogueTest::key)
			.collect(Collectors.toSet());
		List<String> uncited = this.catalogue.entries()
			.stream()
			.map(ContentCatalogueTest::key)
			.filter((key) -> !cited.contains(key))
			.toList();
		assertThat(uncited).as("content items without a source").isEmpty();
	}

	@Test
	void everyItemLinksToAPageThatShowsIt() throws Exception {
		Map<String, String> pages = new java.util.HashMap<>();
		for (CatalogueEntry entry : this.catalogue.entries()) {
			String[] pathAndAnchor = entry.link().split("#", 2);
			String html = pages.get(pathAndAnchor[0]);
			if (html == null) {
				var response = this.mvc.perform(get(pathAndAnchor[0])).andReturn().getResponse();
				assertThat(response.getStatus()).as("status of %s", entry.link()).isEqualTo(200);
				html = response.getContentAsString();
				pages.put(pathAndAnchor[0], html);
			}
			if (pathAndAnchor.length == 2) {
				assertThat(html).as("anchor of %s %s", entry.kind(), entry.title())
					.contains("id=\"" + pathAndAnchor[1] + "\"");
			}
		}
	}

	@Test
	void interactionMemberNamesAreSearchableWithTheirInteraction() {
		CatalogueEntry opioids = this.catalogue.entries()
			.stream()
			.filter((entry) -> entry.kind() == ContentKind.INTERACTION && entry.title().equals("Opioids"))
			.findFirst()
			.orElseThrow();
		assertThat(opioids.text()).contains("morphine", "oxycodone", "tramadol");
	}

	/**
	 * The seed articles' errors never appear as fact; only the claim checks may quote
	 * them.
	 */
	@Test
	void noContentSaysTheDrugGoesIntoTheSpinalCord() {
		assertThat(this.catalogue.entries()).filteredOn((entry) -> entry.kind() != ContentKind.CLAIM_CHECK)
			.filteredOn((entry) -> (entry.title() + " " + entry.text()).toLowerCase()
				.matches("(?s).*(?<!not )(injected|infused|delivered|given) (directly )?into the spinal cord.*"))
			.isEmpty();
	}

	/**
	 * Hypersensitivity is the only labeled contraindication; the rest concern intrathecal
	 * route and pump.
	 */
	@Test
	void contraindicationsAreHypersensitivityOrIntrathecalOnly() {
		List<String> contraindications = this.jdbc
			.sql("select condition_name || ' / ' || route from safety_item where kind = 'CONTRAINDICATION'")
			.query(String.class)
			.list();
		assertThat(contraindications).isNotEmpty()
			.allSatisfy((item) -> assertThat(item).matches("(?i)(.*hypersensitivity.*|.* / INTRATHECAL)"));
	}

	private static String key(CatalogueEntry entry) {
		return entry.kind() + "/" + entry.id();
	}

}
