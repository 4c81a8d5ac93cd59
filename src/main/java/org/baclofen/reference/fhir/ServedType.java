package org.baclofen.reference.fhir;

import java.util.List;
import java.util.Optional;

import org.baclofen.reference.fhir.SearchParameter.Token;
import org.hl7.fhir.r5.model.ClinicalUseDefinition;
import org.hl7.fhir.r5.model.CodeSystem;
import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.model.MedicationKnowledge;
import org.hl7.fhir.r5.model.Resource;

/**
 * A resource type this server serves, described once: the controller reads and searches
 * by this description and the CapabilityStatement is written from it, so the statement
 * claims exactly what works.
 */
record ServedType(String name, String documentation, List<SearchParameter> searchParameters) {

	private static final SearchParameter ID = SearchParameter.token("_id",
			"http://hl7.org/fhir/SearchParameter/Resource-id", "The resource's id",
			(resource) -> List.of(Token.of(null, resource.getIdPart())));

	static final ServedType MEDICATION_KNOWLEDGE = new ServedType("MedicationKnowledge",
			"The drug: codes, products and strengths, dosing guidelines",
			List.of(ID,
					SearchParameter.token("code", "http://hl7.org/fhir/SearchParameter/MedicationKnowledge-code",
							"The drug's codes (RxNorm, ATC, SNOMED CT)",
							(resource) -> codings(((MedicationKnowledge) resource).getCode().getCoding()))));

	static final ServedType CLINICAL_USE_DEFINITION = new ServedType("ClinicalUseDefinition",
			"One resource per indication, contraindication, warning, interaction and undesirable effect",
			List.of(ID,
					SearchParameter.closedToken("type",
							"http://hl7.org/fhir/SearchParameter/ClinicalUseDefinition-type",
							java.util.Arrays.stream(ClinicalUseDefinition.ClinicalUseDefinitionType.values())
								.filter((type) -> type != ClinicalUseDefinition.ClinicalUseDefinitionType.NULL)
								.map(ClinicalUseDefinition.ClinicalUseDefinitionType::toCode)
								.collect(java.util.stream.Collectors.toSet()),
							(resource) -> List.of(Token.implied("http://hl7.org/fhir/clinical-use-definition-type",
									((ClinicalUseDefinition) resource).getType().toCode())))));

	static final ServedType CODE_SYSTEM = new ServedType("CodeSystem",
			"The reference's own code systems, such as its interaction severity scale",
			List.of(ID,
					SearchParameter.uri("url", "http://hl7.org/fhir/SearchParameter/CanonicalResource-url",
							"The code system's canonical URL, as its codings name it",
							(resource) -> List.of(Token.of(null, ((CodeSystem) resource).getUrl())))));

	static final List<ServedType> ALL = List.of(MEDICATION_KNOWLEDGE, CLINICAL_USE_DEFINITION, CODE_SYSTEM);

	static Optional<ServedType> named(String name) {
		return ALL.stream().filter((type) -> type.name().equals(name)).findFirst();
	}

	Optional<SearchParameter> parameter(String name) {
		return this.searchParameters.stream().filter((parameter) -> parameter.name().equals(name)).findFirst();
	}

	List<String> parameterNames() {
		return this.searchParameters.stream().map(SearchParameter::name).toList();
	}

	private static List<Token> codings(List<Coding> codings) {
		return codings.stream().map((coding) -> Token.of(coding.getSystem(), coding.getCode())).toList();
	}

	/** True when the resource is of this type. */
	boolean isTypeOf(Resource resource) {
		return this.name.equals(resource.fhirType());
	}

}
