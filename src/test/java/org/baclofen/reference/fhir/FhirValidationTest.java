package org.baclofen.reference.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import org.baclofen.reference.ReferenceAppTest;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.ClinicalUseDefinition;
import org.hl7.fhir.r5.model.CodeSystem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every kind of response the API serves, for the real content, passes the HL7 validator
 * engine ({@code org.hl7.fhir.validation}, through HAPI's FhirInstanceValidator) with the
 * R5 core definitions without a single error. One response of each shape is validated:
 * each resource type and each ClinicalUseDefinition type, a search page with its links,
 * the summaries, XML and the OperationOutcomes, since the validator costs about a second
 * per resource and the same mapper writes every resource of a shape. Warnings are printed
 * so they can be read and judged.
 */
@ReferenceAppTest
class FhirValidationTest {

	private static final String CUD = "/fhir/r5/ClinicalUseDefinition";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private FhirResources resources;

	private final FhirContext fhir = FhirContext.forR5Cached();

	@Test
	void everyKindOfServedResourceValidatesWithoutErrors() throws Exception {
		Map<String, String> served = new LinkedHashMap<>();
		for (String path : List.of("/fhir/r5/metadata", "/fhir/r5/metadata?_format=xml",
				"/fhir/r5/MedicationKnowledge/baclofen", CUD + "?type=interaction&_count=3&_offset=3",
				CUD + "?type=warning&_count=2&_format=xml", CUD + "?_summary=count",
				CUD + "?type=contraindication&_summary=true&_count=2",
				CUD + "?type=interaction&_elements=type,interaction&_count=2",
				"/fhir/r5/CodeSystem?url=https://reference.test/fhir/r5/CodeSystem/interaction-severity",
				"/fhir/r5/MedicationKnowledge?code=http://www.nlm.nih.gov/research/umls/rxnorm|1292&_format=xml")) {
			served.put(path, read(path));
		}
		Bundle all = this.fhir.newJsonParser().parseResource(Bundle.class, read(CUD));
		Map<String, String> oneOfEachType = new LinkedHashMap<>();
		for (Bundle.BundleEntryComponent entry : all.getEntry()) {
			oneOfEachType.putIfAbsent(((ClinicalUseDefinition) entry.getResource()).getType().toCode(),
					CUD + "/" + entry.getResource().getIdPart());
		}
		assertThat(oneOfEachType).containsOnlyKeys("indication", "contraindication", "interaction",
				"undesirable-effect", "warning");
		oneOfEachType.values().forEach((path) -> served.put(path, read(path)));
		List<CodeSystem> codeSystems = this.resources.codeSystems();
		for (CodeSystem codeSystem : codeSystems) {
			String path = "/fhir/r5/CodeSystem/" + codeSystem.getIdPart();
			served.put(path, read(path));
		}
		served.put(CUD + "?nonsense=1 (400)", read(CUD + "?nonsense=1"));
		served.put(CUD + "/unknown (404)", read(CUD + "/unknown"));

		List<String> errors = new ArrayList<>();
		int warnings = 0;
		for (Map.Entry<String, String> resource : served.entrySet()) {
			ValidationResult result = FhirValidators.r5(codeSystems).validateWithResult(resource.getValue());
			for (SingleValidationMessage message : result.getMessages()) {
				String line = resource.getKey() + " " + message.getLocationString() + ": " + message.getMessage();
				if (message.getSeverity() == ResultSeverityEnum.ERROR
						|| message.getSeverity() == ResultSeverityEnum.FATAL) {
					errors.add(line);
				}
				else if (message.getSeverity() == ResultSeverityEnum.WARNING) {
					warnings++;
					System.out.println("FHIR validation warning: " + line);
				}
			}
		}
		System.out.println("FHIR validation: " + served.size() + " responses, " + errors.size() + " errors, " + warnings
				+ " warnings");
		assertThat(errors).isEmpty();
	}

	private String read(String path) {
		try {
			return this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(path, ex);
		}
	}

}
