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
import org.hl7.fhir.r5.model.CodeSystem;
import org.hl7.fhir.r5.model.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every resource the API serves, for the real content, passes HAPI's validator with the
 * R5 core definitions without a single error. Warnings are printed so they can be read
 * and judged.
 */
@ReferenceAppTest
class FhirValidationTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private FhirResources resources;

	private final FhirContext fhir = FhirContext.forR5Cached();

	@Test
	void everyServedResourceValidatesWithoutErrors() throws Exception {
		Map<String, String> served = new LinkedHashMap<>();
		served.put("/fhir/r5/metadata", read("/fhir/r5/metadata"));
		served.put("/fhir/r5/MedicationKnowledge/baclofen", read("/fhir/r5/MedicationKnowledge/baclofen"));
		String all = read("/fhir/r5/ClinicalUseDefinition");
		served.put("/fhir/r5/ClinicalUseDefinition", all);
		for (String type : List.of("indication", "contraindication", "interaction", "undesirable-effect", "warning")) {
			served.put("/fhir/r5/ClinicalUseDefinition?type=" + type,
					read("/fhir/r5/ClinicalUseDefinition?type=" + type));
		}
		Bundle bundle = this.fhir.newJsonParser().parseResource(Bundle.class, all);
		assertThat(bundle.getEntry()).hasSizeGreaterThan(50);
		// Each resource read on its own must be the one the validated bundle holds; only
		// a
		// read that differs is validated again (the validator is the suite's slowest
		// part,
		// and validating the same resource twice proves nothing more).
		int sameAsInBundle = 0;
		for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
			String path = "/fhir/r5/ClinicalUseDefinition/" + entry.getResource().getIdPart();
			String single = read(path);
			Resource read = (Resource) this.fhir.newJsonParser().parseResource(single);
			Resource inBundle = entry.getResource().copy();
			// A bundle entry's id is parsed from its full URL; compare the plain ids.
			read.setId(read.getIdPart());
			inBundle.setId(inBundle.getIdPart());
			if (read.equalsDeep(inBundle)) {
				sameAsInBundle++;
			}
			else {
				served.put(path, single);
			}
		}
		System.out.println("FHIR validation: " + sameAsInBundle + " single reads equal their validated bundle entry");
		List<CodeSystem> codeSystems = this.resources.codeSystems();
		for (CodeSystem codeSystem : codeSystems) {
			String path = "/fhir/r5/CodeSystem/" + codeSystem.getIdPart();
			served.put(path, read(path));
		}
		for (String path : List.of("/fhir/r5/metadata?_format=xml", "/fhir/r5/MedicationKnowledge/baclofen?_format=xml",
				"/fhir/r5/ClinicalUseDefinition?type=interaction&_count=5&_offset=5",
				"/fhir/r5/ClinicalUseDefinition?type=warning&_format=xml",
				"/fhir/r5/ClinicalUseDefinition?_summary=count",
				"/fhir/r5/ClinicalUseDefinition?type=contraindication&_summary=true",
				"/fhir/r5/ClinicalUseDefinition?type=interaction&_elements=type,interaction&_count=3",
				"/fhir/r5/CodeSystem?url=https://reference.test/fhir/r5/CodeSystem/interaction-severity",
				"/fhir/r5/MedicationKnowledge?code=http://www.nlm.nih.gov/research/umls/rxnorm|1292")) {
			served.put(path, read(path));
		}
		served.put("/fhir/r5/ClinicalUseDefinition?nonsense=1 (400)",
				read("/fhir/r5/ClinicalUseDefinition?nonsense=1"));
		served.put("/fhir/r5/ClinicalUseDefinition/unknown (404)",
				this.mvc.perform(get("/fhir/r5/ClinicalUseDefinition/unknown"))
					.andReturn()
					.getResponse()
					.getContentAsString());

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

	private String read(String path) throws Exception {
		return this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
	}

}
