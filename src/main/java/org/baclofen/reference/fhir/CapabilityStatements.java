package org.baclofen.reference.fhir;

import java.util.Date;

import org.hl7.fhir.r5.model.CapabilityStatement;
import org.hl7.fhir.r5.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r5.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r5.model.CapabilityStatement.RestfulCapabilityMode;
import org.hl7.fhir.r5.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r5.model.Enumerations.CapabilityStatementKind;
import org.hl7.fhir.r5.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r5.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r5.model.Enumerations.SearchParamType;

/**
 * The CapabilityStatement of this server: read-only JSON, MedicationKnowledge,
 * ClinicalUseDefinition (read and search by type) and the reference's own CodeSystems.
 */
final class CapabilityStatements {

	private CapabilityStatements() {
	}

	static CapabilityStatement of(String baseUrl, Date publishedAt) {
		CapabilityStatement statement = new CapabilityStatement();
		statement.setId("baclofen-reference");
		statement.setName("BaclofenReference");
		statement.setTitle("Baclofen Reference FHIR R5 read API");
		statement.setStatus(PublicationStatus.ACTIVE);
		statement.setExperimental(false);
		statement.setDate(publishedAt);
		statement.setPublisher("Baclofen Reference");
		statement.setKind(CapabilityStatementKind.INSTANCE);
		statement.getImplementation()
			.setDescription("Sourced baclofen knowledge: the drug, its dosing and its clinical uses, read-only")
			.setUrl(baseUrl);
		statement.setFhirVersion(FHIRVersion._5_0_0);
		statement.addFormat("application/fhir+json");
		Stamps.narrative(statement, java.util.List.of("Read-only FHIR R5 server for the Baclofen Reference content."));
		CapabilityStatementRestComponent rest = statement.addRest().setMode(RestfulCapabilityMode.SERVER);
		rest.setDocumentation("Public, read-only; no authentication. Responses carry ETag and Last-Modified.");
		resource(rest, "MedicationKnowledge", "The drug: codes, products and strengths, dosing guidelines");
		CapabilityStatementRestResourceComponent clinicalUse = resource(rest, "ClinicalUseDefinition",
				"One resource per indication, contraindication, warning, interaction and undesirable effect");
		clinicalUse.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
		clinicalUse.addSearchParam()
			.setName("type")
			.setDefinition("http://hl7.org/fhir/SearchParameter/ClinicalUseDefinition-type")
			.setType(SearchParamType.TOKEN)
			.setDocumentation("indication | contraindication | interaction | undesirable-effect | warning");
		resource(rest, "CodeSystem", "The reference's own code systems, such as its interaction severity scale");
		return statement;
	}

	private static CapabilityStatementRestResourceComponent resource(CapabilityStatementRestComponent rest, String type,
			String documentation) {
		CapabilityStatementRestResourceComponent resource = rest.addResource()
			.setType(type)
			.setDocumentation(documentation);
		resource.addInteraction().setCode(TypeRestfulInteraction.READ);
		return resource;
	}

}
