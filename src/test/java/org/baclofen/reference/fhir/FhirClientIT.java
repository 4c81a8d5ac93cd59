package org.baclofen.reference.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.SearchStyleEnum;
import ca.uhn.fhir.rest.api.SummaryEnum;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.CapabilityStatement;
import org.hl7.fhir.r5.model.ClinicalUseDefinition;
import org.hl7.fhir.r5.model.CodeSystem;
import org.hl7.fhir.r5.model.MedicationKnowledge;
import org.hl7.fhir.r5.model.OperationOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The FHIR API as a FHIR client application meets it: HAPI's generic client, over HTTP,
 * checks the server's FHIR version from its CapabilityStatement, then reads, searches
 * with typed token parameters, pages, asks for summaries and XML, and searches by POST.
 * Nothing here knows how the server is built.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FhirClientIT {

	private static final String TYPE_SYSTEM = "http://hl7.org/fhir/clinical-use-definition-type";

	/** The configured public base the links are built from (test settings). */
	private static final String PUBLIC_BASE = "https://reference.test/fhir/r5";

	private static final FhirContext FHIR = FhirContext.forR5();

	@LocalServerPort
	private int port;

	private IGenericClient client;

	@BeforeEach
	void connect() {
		FHIR.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.ONCE);
		this.client = FHIR.newRestfulGenericClient(localBase());
	}

	private String localBase() {
		return "http://localhost:" + this.port + "/fhir/r5";
	}

	@Test
	void theCapabilityStatementIsR5AndNamesTheServedTypes() {
		CapabilityStatement statement = this.client.capabilities().ofType(CapabilityStatement.class).execute();
		assertThat(statement.getFhirVersion().toCode()).isEqualTo("5.0.0");
		assertThat(statement.getRestFirstRep().getResource())
			.extracting(CapabilityStatement.CapabilityStatementRestResourceComponent::getType)
			.contains("MedicationKnowledge", "ClinicalUseDefinition", "CodeSystem");
	}

	@Test
	void readsInJsonAndXmlAndTellsAMissingResource() {
		MedicationKnowledge baclofen = this.client.read()
			.resource(MedicationKnowledge.class)
			.withId("baclofen")
			.execute();
		assertThat(baclofen.getCode().getCoding()).anySatisfy((coding) -> {
			assertThat(coding.getSystem()).isEqualTo("http://www.nlm.nih.gov/research/umls/rxnorm");
			assertThat(coding.getCode()).isEqualTo("1292");
		});
		this.client.setEncoding(EncodingEnum.XML);
		MedicationKnowledge inXml = this.client.read().resource(MedicationKnowledge.class).withId("baclofen").execute();
		assertThat(inXml.getCode().getCoding()).hasSameSizeAs(baclofen.getCode().getCoding());
		this.client.setEncoding(EncodingEnum.JSON);
		assertThatExceptionOfType(ResourceNotFoundException.class)
			.isThrownBy(() -> this.client.read().resource(ClinicalUseDefinition.class).withId("no-such-use").execute())
			.satisfies((ex) -> assertThat(ex.getOperationOutcome()).isInstanceOf(OperationOutcome.class));
	}

	@Test
	void aConditionalReadOfTheCurrentVersionAnswersNotModified() {
		MedicationKnowledge baclofen = this.client.read()
			.resource(MedicationKnowledge.class)
			.withId("baclofen")
			.execute();
		String version = baclofen.getMeta().getVersionId();
		assertThat(version).isNotBlank();
		MedicationKnowledge again = this.client.read()
			.resource(MedicationKnowledge.class)
			.withId("baclofen")
			.ifVersionMatches(version)
			.returnNull()
			.execute();
		assertThat(again).as("304 Not Modified").isNull();
	}

	@Test
	void searchesWithTypedTokensAndPagesToTheEnd() {
		Bundle all = this.client.search()
			.forResource(ClinicalUseDefinition.class)
			.where(ClinicalUseDefinition.TYPE.exactly().systemAndCode(TYPE_SYSTEM, "interaction"))
			.returnBundle(Bundle.class)
			.execute();
		int total = all.getTotal();
		assertThat(total).isGreaterThan(5);

		Bundle page = this.client.search()
			.forResource(ClinicalUseDefinition.class)
			.where(ClinicalUseDefinition.TYPE.exactly().systemAndCode(TYPE_SYSTEM, "interaction"))
			.count(4)
			.returnBundle(Bundle.class)
			.execute();
		List<String> ids = new ArrayList<>();
		while (true) {
			page.getEntry().forEach((entry) -> {
				assertThat(((ClinicalUseDefinition) entry.getResource()).getType().toCode()).isEqualTo("interaction");
				ids.add(entry.getResource().getIdPart());
			});
			if (page.getLink(Bundle.LINK_NEXT) == null) {
				break;
			}
			String next = page.getLink(Bundle.LINK_NEXT).getUrl();
			// Links name the configured public address, not the one this client used.
			assertThat(next).startsWith(PUBLIC_BASE + "/ClinicalUseDefinition?");
			page = this.client.loadPage()
				.byUrl(localBase() + next.substring(PUBLIC_BASE.length()))
				.andReturnBundle(Bundle.class)
				.execute();
		}
		assertThat(ids).hasSize(total).doesNotHaveDuplicates();

		Bundle either = this.client.search()
			.forResource(ClinicalUseDefinition.class)
			.where(ClinicalUseDefinition.TYPE.exactly().codes("interaction", "warning"))
			.summaryMode(SummaryEnum.COUNT)
			.returnBundle(Bundle.class)
			.execute();
		assertThat(either.getTotal()).isGreaterThan(total);
		assertThat(either.getEntry()).isEmpty();
	}

	@Test
	void searchesByPostWithElementsAndInXml() {
		this.client.setEncoding(EncodingEnum.XML);
		Bundle bundle = this.client.search()
			.forResource(ClinicalUseDefinition.class)
			.where(ClinicalUseDefinition.TYPE.exactly().code("contraindication"))
			.elementsSubset("type")
			.usingStyle(SearchStyleEnum.POST)
			.returnBundle(Bundle.class)
			.execute();
		assertThat(bundle.getEntry()).isNotEmpty().allSatisfy((entry) -> {
			ClinicalUseDefinition use = (ClinicalUseDefinition) entry.getResource();
			assertThat(use.getType().toCode()).isEqualTo("contraindication");
			assertThat(use.hasContraindication()).as("left out by _elements").isFalse();
		});
	}

	@Test
	void findsTheCodeSystemsByTheirCanonicalUrl() {
		String url = PUBLIC_BASE + "/CodeSystem/interaction-severity";
		Bundle found = this.client.search()
			.forResource(CodeSystem.class)
			.where(CodeSystem.URL.matches().value(url))
			.returnBundle(Bundle.class)
			.execute();
		assertThat(found.getEntry()).hasSize(1);
		CodeSystem severity = (CodeSystem) found.getEntryFirstRep().getResource();
		assertThat(severity.getUrl()).isEqualTo(url);
		assertThat(this.client.read().resource(CodeSystem.class).withId(severity.getIdPart()).execute().getConcept())
			.isNotEmpty();
	}

	@Test
	void anUnsupportedParameterIsRefusedWithAnOperationOutcome() {
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> this.client.search()
				.byUrl("ClinicalUseDefinition?subject:missing=true")
				.returnBundle(Bundle.class)
				.execute())
			.satisfies((ex) -> assertThat(ex.getOperationOutcome()).isInstanceOf(OperationOutcome.class));
	}

}
