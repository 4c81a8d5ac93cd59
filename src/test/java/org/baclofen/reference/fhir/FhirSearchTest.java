package org.baclofen.reference.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ca.uhn.fhir.context.FhirContext;
import org.baclofen.reference.ReferenceAppTest;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.CapabilityStatement;
import org.hl7.fhir.r5.model.ClinicalUseDefinition;
import org.hl7.fhir.r5.model.CodeSystem;
import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.model.MedicationKnowledge;
import org.hl7.fhir.r5.model.OperationOutcome;
import org.hl7.fhir.r5.model.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Search, paging, summaries, formats and the CapabilityStatement, through the whole
 * application. The public base in tests is https://reference.test, so any link built from
 * the request's Host (MockMvc's localhost) would show.
 */
@ReferenceAppTest
class FhirSearchTest {

	private static final String BASE = "https://reference.test/fhir/r5";

	private static final String TYPE_SYSTEM = "http://hl7.org/fhir/clinical-use-definition-type";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	private final FhirContext fhir = FhirContext.forR5Cached();

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private Bundle search(String path) throws Exception {
		MockHttpServletResponse response = perform(get(path));
		assertThat(response.getStatus()).as(path + " " + response.getContentAsString()).isEqualTo(200);
		return this.fhir.newJsonParser().parseResource(Bundle.class, response.getContentAsString());
	}

	private OperationOutcome refused(MockHttpServletResponse response, int status) throws Exception {
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
		assertThat(response.getContentType()).startsWith("application/fhir+json");
		OperationOutcome outcome = this.fhir.newJsonParser()
			.parseResource(OperationOutcome.class, response.getContentAsString());
		assertThat(outcome.getIssueFirstRep().getDiagnostics()).isNotBlank();
		return outcome;
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	@Test
	void typeIsSearchedInEveryTokenForm() throws Exception {
		long contraindications = search("/fhir/r5/ClinicalUseDefinition?type=contraindication").getTotal();
		long warnings = search("/fhir/r5/ClinicalUseDefinition?type=warning").getTotal();
		long interactions = count("select count(*) from interaction");
		long all = search("/fhir/r5/ClinicalUseDefinition").getTotal();
		assertThat(contraindications).isPositive();
		assertThat(search("/fhir/r5/ClinicalUseDefinition?type=" + TYPE_SYSTEM + "|contraindication").getTotal())
			.isEqualTo(contraindications);
		assertThat(search("/fhir/r5/ClinicalUseDefinition?type=|contraindication").getTotal())
			.isEqualTo(contraindications);
		assertThat(search("/fhir/r5/ClinicalUseDefinition?type=" + TYPE_SYSTEM + "|").getTotal()).isEqualTo(all);
		assertThat(
				search("/fhir/r5/ClinicalUseDefinition?type=https://other.example/system|contraindication").getTotal())
			.isZero();
		assertThat(search("/fhir/r5/ClinicalUseDefinition?type=contraindication,warning").getTotal())
			.isEqualTo(contraindications + warnings);
		Bundle notInteractions = search("/fhir/r5/ClinicalUseDefinition?type:not=interaction");
		assertThat(notInteractions.getTotal()).isEqualTo(all - interactions);
		assertThat(notInteractions.getEntry())
			.noneSatisfy((entry) -> assertThat(((ClinicalUseDefinition) entry.getResource()).getType().toCode())
				.isEqualTo("interaction"));
		// Two parameters are both applied: contraindications that are not
		// contraindications.
		assertThat(search("/fhir/r5/ClinicalUseDefinition?type=contraindication&type:not=contraindication").getTotal())
			.isZero();
	}

	@Test
	void idAndCodeAndUrlAreSearchable() throws Exception {
		Bundle byCode = search("/fhir/r5/MedicationKnowledge?code=http://www.nlm.nih.gov/research/umls/rxnorm|1292");
		assertThat(byCode.getTotal()).isEqualTo(1);
		assertThat(search("/fhir/r5/MedicationKnowledge?code=http://loinc.org|1292").getTotal()).isZero();
		assertThat(search("/fhir/r5/MedicationKnowledge?_id=baclofen").getTotal()).isEqualTo(1);

		CodeSystem severity = this.fhir.newJsonParser()
			.parseResource(CodeSystem.class,
					perform(get("/fhir/r5/CodeSystem/interaction-severity")).getContentAsString());
		assertThat(severity.getUrl()).isEqualTo(BASE + "/CodeSystem/interaction-severity");
		Bundle byUrl = search("/fhir/r5/CodeSystem?url=" + severity.getUrl());
		assertThat(byUrl.getEntry()).singleElement()
			.satisfies((entry) -> assertThat(entry.getResource().getIdPart()).isEqualTo("interaction-severity"));
		String placeholder = "https://baclofen-reference.example/fhir/CodeSystem/interaction-severity";
		assertThat(search("/fhir/r5/CodeSystem?url=" + placeholder).getTotal()).isZero();

		// Every code system a served resource names is findable by its URL.
		Bundle uses = search("/fhir/r5/ClinicalUseDefinition");
		Set<String> ownSystems = new HashSet<>();
		for (Bundle.BundleEntryComponent entry : uses.getEntry()) {
			for (var category : ((ClinicalUseDefinition) entry.getResource()).getCategory()) {
				for (Coding coding : category.getCoding()) {
					if (coding.getSystem().startsWith(BASE)) {
						ownSystems.add(coding.getSystem());
					}
				}
			}
		}
		assertThat(ownSystems).isNotEmpty();
		for (String system : ownSystems) {
			assertThat(search("/fhir/r5/CodeSystem?url=" + system).getTotal()).as(system).isEqualTo(1);
		}
	}

	@Test
	void unsupportedParametersAndModifiersAreRefusedNotIgnored() throws Exception {
		refused(perform(get("/fhir/r5/ClinicalUseDefinition?status=active")), 400);
		refused(perform(get("/fhir/r5/ClinicalUseDefinition?type:exact=warning")), 400);
		refused(perform(get("/fhir/r5/ClinicalUseDefinition?_sort=type")), 400);
		refused(perform(get("/fhir/r5/ClinicalUseDefinition?_include=ClinicalUseDefinition:subject")), 400);
		refused(perform(get("/fhir/r5/ClinicalUseDefinition?_summary=text")), 400);
		refused(perform(get("/fhir/r5/ClinicalUseDefinition?_count=-1")), 400);
		refused(perform(get("/fhir/r5/ClinicalUseDefinition?_summary=true&_elements=type")), 400);
		refused(perform(get("/fhir/r5/CodeSystem?url:below=https://reference.test")), 400);
		refused(perform(get("/fhir/r5/MedicationKnowledge/baclofen?type=warning")), 400);
		String name = "x".repeat(400);
		OperationOutcome longName = refused(perform(get("/fhir/r5/ClinicalUseDefinition?" + name + "=1")), 400);
		assertThat(longName.getIssueFirstRep().getDiagnostics()).hasSizeLessThan(400);
	}

	@Test
	void pagesFollowTheNextLinkUnderThePublicBase() throws Exception {
		Bundle first = search("/fhir/r5/ClinicalUseDefinition?type=interaction,warning&_count=5");
		int total = first.getTotal();
		assertThat(total).isGreaterThan(10);
		assertThat(first.getEntry()).hasSize(5);
		List<String> ids = new ArrayList<>();
		Bundle page = first;
		int pages = 0;
		while (true) {
			pages++;
			page.getEntry().forEach((entry) -> ids.add(entry.getResource().getIdPart()));
			assertThat(page.getTotal()).isEqualTo(total);
			assertThat(page.getLink()).allSatisfy((link) -> assertThat(link.getUrl()).startsWith(BASE + "/"));
			Bundle.BundleLinkComponent next = page.getLink("next");
			if (next == null) {
				break;
			}
			assertThat(next.getUrl()).contains("_count=5").contains("type=interaction,warning");
			page = search(next.getUrl().substring("https://reference.test".length()));
		}
		assertThat(pages).isEqualTo((total + 4) / 5);
		assertThat(ids).hasSize(total).doesNotHaveDuplicates();
		assertThat(page.getLink("previous")).isNotNull();
		assertThat(first.getLink("previous")).isNull();
	}

	@Test
	void summariesAndElementsSubsetTheResources() throws Exception {
		Bundle count = search("/fhir/r5/ClinicalUseDefinition?_summary=count");
		assertThat(count.getTotal()).isPositive();
		assertThat(count.getEntry()).isEmpty();

		Bundle summary = search("/fhir/r5/ClinicalUseDefinition?type=interaction&_summary=true&_count=3");
		assertThat(summary.getEntry()).hasSize(3).allSatisfy((entry) -> {
			ClinicalUseDefinition resource = (ClinicalUseDefinition) entry.getResource();
			assertThat(resource.getMeta().getTag()).extracting(Coding::getCode).contains("SUBSETTED");
			assertThat(resource.hasText()).isFalse();
			assertThat(resource.hasType()).isTrue();
		});

		Bundle elements = search("/fhir/r5/ClinicalUseDefinition?type=interaction&_elements=type&_count=3");
		assertThat(elements.getEntry()).hasSize(3).allSatisfy((entry) -> {
			ClinicalUseDefinition resource = (ClinicalUseDefinition) entry.getResource();
			assertThat(resource.hasType()).isTrue();
			assertThat(resource.hasInteraction()).isFalse();
			assertThat(resource.getMeta().getTag()).extracting(Coding::getCode).contains("SUBSETTED");
		});

		MedicationKnowledge data = this.fhir.newJsonParser()
			.parseResource(MedicationKnowledge.class,
					perform(get("/fhir/r5/MedicationKnowledge/baclofen?_summary=data")).getContentAsString());
		assertThat(data.hasText()).isFalse();
		assertThat(data.hasCode()).isTrue();
	}

	@Test
	void xmlIsWrittenWhenAskedForByParameterOrAcceptHeader() throws Exception {
		for (MockHttpServletRequestBuilder request : List.of(get("/fhir/r5/MedicationKnowledge/baclofen?_format=xml"),
				get("/fhir/r5/MedicationKnowledge/baclofen").header(HttpHeaders.ACCEPT, "application/fhir+xml"))) {
			MockHttpServletResponse response = perform(request);
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentType()).startsWith("application/fhir+xml");
			MedicationKnowledge knowledge = this.fhir.newXmlParser()
				.parseResource(MedicationKnowledge.class, response.getContentAsString());
			assertThat(knowledge.getCode().getCoding()).isNotEmpty();
		}
		MockHttpServletResponse bundle = perform(get("/fhir/r5/ClinicalUseDefinition?_format=application/fhir+xml"));
		assertThat(this.fhir.newXmlParser().parseResource(Bundle.class, bundle.getContentAsString()).getEntry())
			.isNotEmpty();
		assertThat(perform(get("/fhir/r5/metadata").header(HttpHeaders.ACCEPT, "text/html,*/*;q=0.8")).getContentType())
			.startsWith("application/fhir+json");
		refused(perform(get("/fhir/r5/metadata?_format=text/csv")), 406);
		refused(perform(get("/fhir/r5/metadata").header(HttpHeaders.ACCEPT, "text/csv")), 406);
		MockHttpServletResponse xmlError = perform(get("/fhir/r5/ClinicalUseDefinition/nothing?_format=xml"));
		assertThat(xmlError.getStatus()).isEqualTo(404);
		assertThat(this.fhir.newXmlParser()
			.parseResource(OperationOutcome.class, xmlError.getContentAsString())
			.getIssueFirstRep()
			.getCode()).isEqualTo(OperationOutcome.IssueType.NOTFOUND);
	}

	@Test
	void postSearchTakesFormParametersWithoutACsrfToken() throws Exception {
		MockHttpServletResponse response = perform(
				post("/fhir/r5/ClinicalUseDefinition/_search").contentType(MediaType.APPLICATION_FORM_URLENCODED)
					.content("type=contraindication&_count=2"));
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		Bundle bundle = this.fhir.newJsonParser().parseResource(Bundle.class, response.getContentAsString());
		assertThat(bundle.getTotal())
			.isEqualTo(search("/fhir/r5/ClinicalUseDefinition?type=contraindication").getTotal());
		refused(perform(
				post("/fhir/r5/ClinicalUseDefinition/_search").contentType(MediaType.APPLICATION_JSON).content("{}")),
				415);
		refused(perform(
				post("/fhir/r5/ClinicalUseDefinition/_search").contentType(MediaType.APPLICATION_FORM_URLENCODED)
					.content("nonsense=1")),
				400);
	}

	@Test
	void aConditionalReadOfAMissingIdIsNotFound() throws Exception {
		String etag = perform(get("/fhir/r5/MedicationKnowledge/baclofen")).getHeader(HttpHeaders.ETAG);
		refused(perform(
				get("/fhir/r5/ClinicalUseDefinition/interaction-999999").header(HttpHeaders.IF_NONE_MATCH, etag)), 404);
		assertThat(perform(get("/fhir/r5/MedicationKnowledge/baclofen").header(HttpHeaders.IF_NONE_MATCH, etag))
			.getStatus()).isEqualTo(304);
	}

	@Test
	void linksComeFromThePublicBaseWhateverTheHostHeaderSays() throws Exception {
		MockHttpServletResponse response = perform(get("/fhir/r5/ClinicalUseDefinition?_count=2").with((request) -> {
			request.setServerName("attacker.example");
			request.addHeader(HttpHeaders.HOST, "attacker.example");
			return request;
		}));
		assertThat(response.getContentAsString()).doesNotContain("attacker.example").contains(BASE + "/");
		CapabilityStatement statement = this.fhir.newJsonParser()
			.parseResource(CapabilityStatement.class, perform(get("/fhir/r5/metadata").with((request) -> {
				request.setServerName("attacker.example");
				return request;
			})).getContentAsString());
		assertThat(statement.getImplementation().getUrl()).isEqualTo(BASE);
	}

	/**
	 * Walks the CapabilityStatement: every claimed interaction, search parameter, format
	 * and feature works; what it does not claim is refused.
	 */
	@Test
	void everythingTheCapabilityStatementClaimsWorksAndNothingElse() throws Exception {
		MockHttpServletResponse metadata = perform(get("/fhir/r5/metadata"));
		CapabilityStatement statement = this.fhir.newJsonParser()
			.parseResource(CapabilityStatement.class, metadata.getContentAsString());
		assertThat(statement.getFormat()).extracting((format) -> format.getValue())
			.containsExactlyInAnyOrder("application/fhir+json", "application/fhir+xml");
		for (var format : statement.getFormat()) {
			assertThat(perform(get("/fhir/r5/metadata").header(HttpHeaders.ACCEPT, format.getValue())).getContentType())
				.startsWith(format.getValue());
		}
		CapabilityStatement.CapabilityStatementRestComponent rest = statement.getRestFirstRep();
		assertThat(rest.getResource()).hasSize(ServedType.ALL.size());
		for (CapabilityStatement.CapabilityStatementRestResourceComponent claimed : rest.getResource()) {
			String type = claimed.getType();
			assertThat(claimed.getInteraction()).extracting((interaction) -> interaction.getCode().toCode())
				.containsExactlyInAnyOrder("read", "search-type");
			Bundle all = search("/fhir/r5/" + type);
			Resource first = all.getEntryFirstRep().getResource();
			String readPath = "/fhir/r5/" + type + "/" + first.getIdPart();
			MockHttpServletResponse read = perform(get(readPath));
			assertThat(read.getStatus()).isEqualTo(200);
			// versioned: the version id is the ETag; conditional read: If-None-Match
			// answers 304
			Resource readResource = (Resource) this.fhir.newJsonParser().parseResource(read.getContentAsString());
			assertThat(claimed.getVersioning().toCode()).isEqualTo("versioned");
			assertThat(read.getHeader(HttpHeaders.ETAG))
				.isEqualTo("W/\"" + readResource.getMeta().getVersionId() + "\"");
			assertThat(claimed.getConditionalRead().toCode()).isEqualTo("full-support");
			assertThat(perform(get(readPath).header(HttpHeaders.IF_NONE_MATCH, read.getHeader(HttpHeaders.ETAG)))
				.getStatus()).isEqualTo(304);
			assertThat(perform(
					get(readPath).header(HttpHeaders.IF_MODIFIED_SINCE, read.getHeader(HttpHeaders.LAST_MODIFIED)))
				.getStatus()).isEqualTo(304);
			for (var parameter : claimed.getSearchParam()) {
				String value = sampleValue(parameter.getName(), first);
				Bundle found = search("/fhir/r5/" + type + "?" + parameter.getName() + "=" + value);
				assertThat(found.getEntry()).as(type + " " + parameter.getName())
					.anySatisfy((entry) -> assertThat(entry.getResource().getIdPart()).isEqualTo(first.getIdPart()));
			}
			for (var parameter : rest.getSearchParam()) {
				String query = switch (parameter.getName()) {
					case "_count" -> "_count=1";
					case "_offset" -> "_count=1&_offset=0";
					case "_summary" -> "_summary=count";
					case "_elements" -> "_elements=id";
					default -> throw new AssertionError("Untested parameter " + parameter.getName());
				};
				assertThat(perform(get("/fhir/r5/" + type + "?" + query)).getStatus()).as(query).isEqualTo(200);
			}
			// Not claimed: history, versioned read, other parameters, writes, operations.
			refused(perform(get(readPath + "/_history")), 400);
			refused(perform(get(readPath + "/_history/1")), 400);
			refused(perform(get("/fhir/r5/" + type + "/$validate")), 400);
			refused(perform(get("/fhir/r5/" + type + "?_lastUpdated=gt2020-01-01")), 400);
			refused(perform(delete(readPath)), 405);
			refused(perform(post("/fhir/r5/" + type).contentType("application/fhir+json").content("{}")), 405);
		}
		refused(perform(get("/fhir/r5/Patient/1")), 404);
		refused(perform(get("/fhir/r5/Patient?name=x")), 404);
	}

	private static String sampleValue(String parameter, Resource resource) {
		return switch (parameter) {
			case "_id" -> resource.getIdPart();
			case "type" -> ((ClinicalUseDefinition) resource).getType().toCode();
			case "code" -> {
				Coding coding = ((MedicationKnowledge) resource).getCode().getCodingFirstRep();
				yield coding.getSystem() + "|" + coding.getCode();
			}
			case "url" -> ((CodeSystem) resource).getUrl();
			default -> throw new AssertionError("Untested search parameter " + parameter);
		};
	}

}
