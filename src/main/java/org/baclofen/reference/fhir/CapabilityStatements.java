package org.baclofen.reference.fhir;

import java.util.Date;
import java.util.List;

import org.hl7.fhir.r5.model.CapabilityStatement;
import org.hl7.fhir.r5.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r5.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r5.model.CapabilityStatement.ConditionalReadStatus;
import org.hl7.fhir.r5.model.CapabilityStatement.ResourceVersionPolicy;
import org.hl7.fhir.r5.model.CapabilityStatement.RestfulCapabilityMode;
import org.hl7.fhir.r5.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r5.model.Enumerations.CapabilityStatementKind;
import org.hl7.fhir.r5.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r5.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r5.model.Enumerations.SearchParamType;

/**
 * The CapabilityStatement of this server, written from the same {@link ServedType}
 * descriptions the controller serves by: read and search for each type, its search
 * parameters, the paging and output parameters every search takes, both formats,
 * conditional reads and version ids. Nothing is claimed that the controller does not do.
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
		for (FhirOutput.Format format : FhirOutput.Format.values()) {
			statement.addFormat(format.mediaType().getType() + "/" + format.mediaType().getSubtype());
		}
		Stamps.narrative(statement, List.of("Read-only FHIR R5 server for the Baclofen Reference content."));
		CapabilityStatementRestComponent rest = statement.addRest().setMode(RestfulCapabilityMode.SERVER);
		rest.setDocumentation("Public, read-only; no authentication. Responses carry the content version as ETag "
				+ "(and meta.versionId) and Last-Modified, and answer If-None-Match and If-Modified-Since with 304. "
				+ "Searches also take POST [type]/_search with form parameters. Search parameters and modifiers "
				+ "not listed here are refused with 400, never ignored. Every answer takes _format (json, xml), "
				+ "_pretty, _summary (true, false, data; count for searches) and _elements.");
		for (ServedType type : ServedType.ALL) {
			resource(rest, type);
		}
		rest.addSearchParam()
			.setName("_count")
			.setType(SearchParamType.NUMBER)
			.setDocumentation("Page size; the next link names the following page");
		rest.addSearchParam()
			.setName("_offset")
			.setType(SearchParamType.NUMBER)
			.setDocumentation("The first match of the page, as the next and previous links give it");
		rest.addSearchParam()
			.setName("_summary")
			.setType(SearchParamType.TOKEN)
			.setDocumentation("true | false | data | count");
		rest.addSearchParam()
			.setName("_elements")
			.setType(SearchParamType.STRING)
			.setDocumentation("Comma-separated element names to return");
		return statement;
	}

	private static void resource(CapabilityStatementRestComponent rest, ServedType type) {
		CapabilityStatementRestResourceComponent resource = rest.addResource()
			.setType(type.name())
			.setDocumentation(type.documentation())
			.setVersioning(ResourceVersionPolicy.VERSIONED)
			.setReadHistory(false)
			.setConditionalRead(ConditionalReadStatus.FULLSUPPORT);
		resource.addInteraction().setCode(TypeRestfulInteraction.READ);
		resource.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
		for (SearchParameter parameter : type.searchParameters()) {
			resource.addSearchParam()
				.setName(parameter.name())
				.setDefinition(parameter.definition())
				.setType(parameter.type())
				.setDocumentation(parameter.documentation() + (parameter.modifiers().isEmpty() ? "" : " (modifier: :"
						+ String.join(", :", parameter.modifiers().stream().sorted().toList()) + ")"));
		}
	}

}
