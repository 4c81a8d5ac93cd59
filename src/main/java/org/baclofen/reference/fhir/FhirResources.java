package org.baclofen.reference.fhir;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.baclofen.reference.titration.TitrationRulesSource;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.CapabilityStatement;
import org.hl7.fhir.r5.model.ClinicalUseDefinition;
import org.hl7.fhir.r5.model.CodeSystem;
import org.hl7.fhir.r5.model.MedicationKnowledge;
import org.hl7.fhir.r5.model.Resource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The FHIR resources as currently published, each mapped from the same content (and, for
 * the dosing maxima, the same titration rules) as the pages, so the API can never drift
 * from them. The content is read once per published revision
 * ({@link PublishedContentReader}).
 */
@Service
public class FhirResources {

	private final PublishedContentReader reader;

	private final TitrationRulesSource rulesSource;

	private final ClinicalUseMapper clinicalUses;

	private final MedicationKnowledgeMapper medicationKnowledge;

	private final CodeSystemMapper codeSystems;

	FhirResources(PublishedContentReader reader, TitrationRulesSource rulesSource, MessageSource messages,
			@Value("${baclofen.fhir.canonical-base}") String canonicalBase) {
		this.reader = reader;
		this.rulesSource = rulesSource;
		Vocabulary vocabulary = new Vocabulary(canonicalBase);
		java.util.function.Function<String, String> labels = (key) -> messages.getMessage(key, null, key,
				Locale.ENGLISH);
		this.clinicalUses = new ClinicalUseMapper(vocabulary, labels);
		this.medicationKnowledge = new MedicationKnowledgeMapper(labels);
		this.codeSystems = new CodeSystemMapper(vocabulary, labels);
	}

	public PublishedContent.Revision revision() {
		return this.reader.revision();
	}

	public MedicationKnowledge medicationKnowledge() {
		return this.medicationKnowledge.map(this.reader.read(), this.rulesSource.load().rules());
	}

	/**
	 * @param type a ClinicalUseDefinition type code, or null for all
	 */
	public List<ClinicalUseDefinition> clinicalUseDefinitions(ClinicalUseDefinition.ClinicalUseDefinitionType type) {
		return this.clinicalUses.all(this.reader.read())
			.stream()
			.filter((resource) -> type == null || resource.getType() == type)
			.toList();
	}

	public Optional<ClinicalUseDefinition> clinicalUseDefinition(String id) {
		return this.clinicalUses.byId(this.reader.read(), id);
	}

	public List<CodeSystem> codeSystems() {
		return this.codeSystems.all(this.reader.read());
	}

	public Optional<CodeSystem> codeSystem(String id) {
		return this.codeSystems.byId(this.reader.read(), id);
	}

	/** What this server offers, for clients that discover before they read. */
	public CapabilityStatement capabilityStatement(String baseUrl) {
		return CapabilityStatements.of(baseUrl, Date.from(revision().changedAt()));
	}

	/**
	 * A search result: every match, complete, on one page (the content is small and
	 * bounded).
	 */
	public static Bundle searchSet(String baseUrl, String selfUrl, List<? extends Resource> resources) {
		Bundle bundle = new Bundle();
		bundle.setType(Bundle.BundleType.SEARCHSET);
		bundle.setTotal(resources.size());
		bundle.addLink().setRelation(Bundle.LinkRelationTypes.SELF).setUrl(selfUrl);
		for (Resource resource : resources) {
			bundle.addEntry()
				.setFullUrl(baseUrl + "/" + resource.fhirType() + "/" + resource.getIdPart())
				.setResource(resource)
				.getSearch()
				.setMode(Bundle.SearchEntryMode.MATCH);
		}
		return bundle;
	}

}
