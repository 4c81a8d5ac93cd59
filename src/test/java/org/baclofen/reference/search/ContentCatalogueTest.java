package org.baclofen.reference.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.baclofen.reference.ReferenceAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ReferenceAppTest
class ContentCatalogueTest {

	@Autowired
	private ContentCatalogue catalogue;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void everyKindOfContentIsPresent() {
		Set<ContentKind> kinds = this.catalogue.entries().stream().map(CatalogueEntry::kind).collect(Collectors.toSet());
		assertThat(kinds).containsExactlyInAnyOrder(ContentKind.values());
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

	/** The seed articles' errors never appear as fact; only the claim checks may quote them. */
	@Test
	void noContentSaysTheDrugGoesIntoTheSpinalCord() {
		assertThat(this.catalogue.entries())
			.filteredOn((entry) -> entry.kind() != ContentKind.CLAIM_CHECK)
			.filteredOn((entry) -> (entry.title() + " " + entry.text()).toLowerCase()
				.matches("(?s).*(?<!not )(injected|infused|delivered|given) (directly )?into the spinal cord.*"))
			.isEmpty();
	}

	/** Hypersensitivity is the only labeled contraindication; the rest concern intrathecal route and pump. */
	@Test
	void contraindicationsAreHypersensitivityOrIntrathecalOnly() {
		List<String> contraindications = this.jdbc.sql("select condition_name || ' / ' || route from safety_item"
				+ " where kind = 'CONTRAINDICATION'").query(String.class).list();
		assertThat(contraindications).isNotEmpty()
			.allSatisfy((item) -> assertThat(item).matches("(?i)(.*hypersensitivity.*|.* / INTRATHECAL)"));
	}

	private static String key(CatalogueEntry entry) {
		return entry.kind() + "/" + entry.id();
	}

}
