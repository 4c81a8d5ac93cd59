package org.baclofen.reference.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import org.baclofen.reference.ReferenceAppTest;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.CapabilityStatement;
import org.hl7.fhir.r5.model.ClinicalUseDefinition;
import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.model.Dosage;
import org.hl7.fhir.r5.model.MedicationKnowledge;
import org.hl7.fhir.r5.model.OperationOutcome;
import org.hl7.fhir.r5.model.RelatedArtifact;
import org.hl7.fhir.r5.model.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@ReferenceAppTest
class FhirApiTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	private final FhirContext fhir = FhirContext.forR5Cached();

	private MockHttpServletResponse fetch(String path) throws Exception {
		return this.mvc.perform(get(path)).andReturn().getResponse();
	}

	private <T extends Resource> T read(String path, Class<T> type) throws Exception {
		MockHttpServletResponse response = fetch(path);
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/fhir+json");
		return this.fhir.newJsonParser().parseResource(type, response.getContentAsString());
	}

	@Test
	void theCapabilityStatementListsWhatIsServed() throws Exception {
		CapabilityStatement statement = read("/fhir/r5/metadata", CapabilityStatement.class);
		assertThat(statement.getFhirVersion().toCode()).isEqualTo("5.0.0");
		assertThat(statement.getFormat()).extracting((format) -> format.getValue()).contains("application/fhir+json");
		assertThat(statement.getRestFirstRep().getResource()).extracting((resource) -> resource.getType())
			.containsExactly("MedicationKnowledge", "ClinicalUseDefinition", "CodeSystem");
		assertThat(statement.getRestFirstRep().getResource().get(1).getSearchParam())
			.extracting((parameter) -> parameter.getName())
			.contains("type");
	}

	@Test
	void theMedicationKnowledgeCarriesTheCodesProductsAndDosing() throws Exception {
		MedicationKnowledge knowledge = read("/fhir/r5/MedicationKnowledge/baclofen", MedicationKnowledge.class);
		assertThat(knowledge.getCode().getCoding()).extracting(Coding::getSystem, Coding::getCode)
			.contains(org.assertj.core.groups.Tuple.tuple("http://www.nlm.nih.gov/research/umls/rxnorm", "1292"),
					org.assertj.core.groups.Tuple.tuple("http://www.whocc.no/atc", "M03BX01"),
					org.assertj.core.groups.Tuple.tuple("http://snomed.info/sct", "387342009"));
		long forms = this.jdbc.sql("select count(*) from dosage_form").query(Long.class).single();
		assertThat(knowledge.getContained()).hasSize((int) forms);
		assertThat(knowledge.getAssociatedMedication()).hasSize((int) forms);
		assertThat(knowledge.getAssociatedMedication().get(0).getDisplay()).contains("mg");

		BigDecimal maxDaily = this.jdbc.sql("select max_daily_mg from titration_protocol where code = 'ORAL_US_LABEL'")
			.query(BigDecimal.class)
			.single();
		List<Dosage> maxima = knowledge.getIndicationGuideline()
			.stream()
			.flatMap((guideline) -> guideline.getDosingGuideline().stream())
			.flatMap((dosing) -> dosing.getDosage().stream())
			.filter((dosage) -> "Maximum".equals(dosage.getType().getText()))
			.flatMap((dosage) -> dosage.getDosage().stream())
			.toList();
		assertThat(maxima)
			.extracting((dosage) -> dosage.getMaxDosePerPeriodFirstRep().getNumerator().getValue().stripTrailingZeros())
			.contains(maxDaily.stripTrailingZeros());
		assertThat(knowledge.getIndicationGuideline()
			.stream()
			.flatMap((guideline) -> guideline.getDosingGuideline().stream())
			.flatMap((dosing) -> dosing.getDosage().stream())
			.map((dosage) -> dosage.getType().getText())).contains("Titration schedule", "Screening", "Maintenance");
		assertThat(knowledge.getIndicationGuideline().get(0).getIndicationFirstRep().getReference().getReference())
			.startsWith("ClinicalUseDefinition/indication-");
		long safetyInteractionsAndEffects = this.jdbc
			.sql("select (select count(*) from safety_item) + (select count(*) from interaction) + (select "
					+ "count(*) from adverse_effect)")
			.query(Long.class)
			.single();
		assertThat(knowledge.getClinicalUseIssue()).hasSize((int) safetyInteractionsAndEffects);
		assertThat(knowledge.getExtensionByUrl(Vocabulary.LAST_REVIEW_DATE)).isNotNull();
		assertThat(knowledge.getMeta().getLastUpdated()).isNotNull();
	}

	/**
	 * The kidney rows' CrCl ranges never share a value (an open end sits 0.01 mL/min
	 * inside), kidney failure below 15 mL/min has its own range, and the intrathecal
	 * maintenance texts state the limited experience above 1000 mcg/day with no empty
	 * part.
	 */
	@Test
	void theRenalRangesDoNotOverlapAndTheMaintenanceTextsAreComplete() throws Exception {
		MedicationKnowledge knowledge = read("/fhir/r5/MedicationKnowledge/baclofen", MedicationKnowledge.class);
		List<org.hl7.fhir.r5.model.Range> ranges = knowledge.getIndicationGuideline()
			.stream()
			.flatMap((guideline) -> guideline.getDosingGuideline().stream())
			.flatMap((dosing) -> dosing.getPatientCharacteristic().stream())
			.filter((characteristic) -> characteristic.getType().getText().startsWith("Creatinine clearance"))
			.map((characteristic) -> characteristic.getValueRange())
			// Each indication repeats the rows: one range per row.
			.collect(java.util.stream.Collectors.toMap((range) -> range.getLow().getValue(), (range) -> range,
					(first, same) -> first, java.util.TreeMap::new))
			.values()
			.stream()
			.toList();
		assertThat(ranges).hasSizeGreaterThanOrEqualTo(4);
		assertThat(ranges.get(0).getLow().getValue()).isEqualByComparingTo("0");
		assertThat(ranges.get(0).getHigh().getValue()).isEqualByComparingTo("14.99");
		for (int i = 1; i < ranges.size(); i++) {
			assertThat(ranges.get(i).getLow().getValue()).as("band %s starts above the one below", i)
				.isGreaterThan(ranges.get(i - 1).getHigh().getValue());
		}
		List<String> maintenance = knowledge.getIndicationGuideline()
			.stream()
			.flatMap((guideline) -> guideline.getDosingGuideline().stream())
			.flatMap((dosing) -> dosing.getDosage().stream())
			.filter((dosage) -> "Maintenance".equals(dosage.getType().getText()))
			.flatMap((dosage) -> dosage.getDosage().stream())
			.map(Dosage::getText)
			.toList();
		assertThat(maintenance).isNotEmpty()
			.allSatisfy((text) -> assertThat(text).doesNotContain(": ;", ":  ", "; ;").contains("1000 mcg"));
	}

	@Test
	void theClinicalUseSearchReturnsOneResourcePerPublishedItem() throws Exception {
		Bundle all = read("/fhir/r5/ClinicalUseDefinition", Bundle.class);
		long items = this.jdbc
			.sql("select (select count(*) from indication) + (select count(*) from safety_item)"
					+ " + (select count(*) from interaction) + (select count(*) from adverse_effect)")
			.query(Long.class)
			.single();
		assertThat(all.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
		assertThat(all.getTotal()).isEqualTo((int) items);
		assertThat(all.getEntry()).hasSize((int) items);
		assertThat(all.getEntryFirstRep().getFullUrl())
			.startsWith("https://reference.test/fhir/r5/ClinicalUseDefinition/");

		Bundle interactions = read("/fhir/r5/ClinicalUseDefinition?type=interaction", Bundle.class);
		long interactionCount = this.jdbc.sql("select count(*) from interaction").query(Long.class).single();
		assertThat(interactions.getEntry()).hasSize((int) interactionCount)
			.allSatisfy((entry) -> assertThat(((ClinicalUseDefinition) entry.getResource()).getType())
				.isEqualTo(ClinicalUseDefinition.ClinicalUseDefinitionType.INTERACTION));
	}

	@Test
	void anInteractionCarriesItsStoredSeverityAsTheReferencesOwnCodeAndItsSources() throws Exception {
		long id = this.jdbc.sql("select id from interaction where slug = 'opioids'").query(Long.class).single();
		String severity = this.jdbc.sql("select severity from interaction where id = ?")
			.param(id)
			.query(String.class)
			.single();
		ClinicalUseDefinition opioids = read("/fhir/r5/ClinicalUseDefinition/interaction-" + id,
				ClinicalUseDefinition.class);
		assertThat(opioids.getInteraction().getInteractantFirstRep().getItemCodeableConcept().getText())
			.isEqualTo("Opioids");
		assertThat(opioids.getInteraction().getManagementFirstRep().getText()).isNotBlank();
		Coding coding = opioids.getCategoryFirstRep().getCodingFirstRep();
		assertThat(coding.getSystem()).endsWith("/CodeSystem/interaction-severity");
		assertThat(coding.getCode()).isEqualTo(severity);
		List<String> cited = this.jdbc
			.sql("select s.code from interaction_source j join source s on s.id "
					+ "= j.source_id where j.interaction_id = ?")
			.param(id)
			.query(String.class)
			.list();
		assertThat(opioids.getExtensionsByUrl(Vocabulary.RELATED_ARTIFACT))
			.extracting((extension) -> ((RelatedArtifact) extension.getValue()).getLabel())
			.containsExactlyInAnyOrderElementsOf(cited);
		long withAddress = this.jdbc
			.sql("select count(distinct j.source_id) from interaction_source j"
					+ " join source_address a on a.source_id = j.source_id where j.interaction_id = ?")
			.param(id)
			.query(Long.class)
			.single();
		assertThat(opioids.getExtensionsByUrl(Vocabulary.RELATED_ARTIFACT)
			.stream()
			.map((extension) -> (RelatedArtifact) extension.getValue())
			.filter(RelatedArtifact::hasDocument)
			.map((citation) -> citation.getDocument().getUrl())).hasSize((int) withAddress)
			.allSatisfy((url) -> assertThat(url).startsWith("http"));
		assertThat(opioids.getExtensionByUrl(Vocabulary.LAST_REVIEW_DATE).getValue().primitiveValue())
			.isEqualTo(this.jdbc.sql("select last_reviewed from interaction where id = ?")
				.param(id)
				.query(String.class)
				.single());
	}

	@Test
	void anOffLabelIndicationIsMarkedWithItsEvidence() throws Exception {
		long id = this.jdbc.sql("select min(id) from indication where status = 'OFF_LABEL'").query(Long.class).single();
		String evidence = this.jdbc.sql("select evidence from indication where id = ?")
			.param(id)
			.query(String.class)
			.single();
		ClinicalUseDefinition indication = read("/fhir/r5/ClinicalUseDefinition/indication-" + id,
				ClinicalUseDefinition.class);
		assertThat(indication.getCategory()).extracting((category) -> category.getCodingFirstRep().getCode())
			.containsExactly("off-label", evidence.toLowerCase().replace('_', '-'));
	}

	@Test
	void anUnknownIdOrTypeIsAnOperationOutcome() throws Exception {
		MockHttpServletResponse missing = fetch("/fhir/r5/ClinicalUseDefinition/interaction-999999");
		assertThat(missing.getStatus()).isEqualTo(404);
		assertThat(missing.getContentType()).startsWith("application/fhir+json");
		OperationOutcome outcome = this.fhir.newJsonParser()
			.parseResource(OperationOutcome.class, missing.getContentAsString());
		assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.NOTFOUND);

		assertThat(fetch("/fhir/r5/MedicationKnowledge/ibuprofen").getStatus()).isEqualTo(404);
		assertThat(fetch("/fhir/r5/Patient/1").getStatus()).isEqualTo(404);
		assertThat(fetch("/fhir/r5/Patient/1").getContentType()).startsWith("application/fhir+json");
		assertThat(fetch("/fhir/r5/ClinicalUseDefinition/" + ("x".repeat(5000))).getStatus()).isEqualTo(404);

		MockHttpServletResponse badType = fetch("/fhir/r5/ClinicalUseDefinition?type=adverse");
		assertThat(badType.getStatus()).isEqualTo(400);
		assertThat(this.fhir.newJsonParser()
			.parseResource(OperationOutcome.class, badType.getContentAsString())
			.getIssueFirstRep()
			.getDiagnostics()).contains("undesirable-effect");
	}

	@Test
	void responsesCarryTheRevisionAsETagAndLastModifiedAndAnswerConditionalRequests() throws Exception {
		MockHttpServletResponse first = fetch("/fhir/r5/MedicationKnowledge/baclofen");
		String etag = first.getHeader(HttpHeaders.ETAG);
		long count = this.jdbc.sql("select count(*) from audit_revision").query(Long.class).single();
		long revision = this.jdbc.sql("select max(id) from audit_revision").query(Long.class).single();
		assertThat(etag).isEqualTo("W/\"" + count + "-" + revision + "\"");
		assertThat(first.getHeader(HttpHeaders.LAST_MODIFIED)).isNotBlank();
		this.mvc.perform(get("/fhir/r5/MedicationKnowledge/baclofen").header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified());
		this.mvc.perform(get("/fhir/r5/ClinicalUseDefinition").header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified());
		this.mvc
			.perform(get("/fhir/r5/ClinicalUseDefinition").header(HttpHeaders.IF_NONE_MATCH,
					"W/\"" + count + "-" + (revision - 1) + "\""))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, etag));
	}

	/**
	 * A current validator answers 304 only for a resource that exists: a missing one is
	 * its 404, as its 200 would have been looked up (issue 19).
	 */
	@Test
	void aMatchingETagForAMissingResourceIsStillA404() throws Exception {
		String etag = fetch("/fhir/r5/MedicationKnowledge/baclofen").getHeader(HttpHeaders.ETAG);
		for (String missing : new String[] { "/fhir/r5/MedicationKnowledge/no-such-drug",
				"/fhir/r5/ClinicalUseDefinition/no-such-use", "/fhir/r5/CodeSystem/no-such-system" }) {
			this.mvc.perform(get(missing).header(HttpHeaders.IF_NONE_MATCH, etag))
				.andExpect(status().isNotFound())
				.andExpect(header().doesNotExist(HttpHeaders.ETAG));
		}
	}

}
