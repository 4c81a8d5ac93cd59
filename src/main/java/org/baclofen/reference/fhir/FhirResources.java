package org.baclofen.reference.fhir;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.baclofen.reference.titration.TitrationRulesSource;
import org.hl7.fhir.r5.model.CapabilityStatement;
import org.hl7.fhir.r5.model.ClinicalUseDefinition;
import org.hl7.fhir.r5.model.CodeSystem;
import org.hl7.fhir.r5.model.MedicationKnowledge;
import org.hl7.fhir.r5.model.Resource;
import org.springframework.cache.annotation.Cacheable;
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
			FhirSettings settings) {
		this.reader = reader;
		this.rulesSource = rulesSource;
		Vocabulary vocabulary = new Vocabulary(settings.canonicalBase().toString());
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

	/**
	 * Every resource of a served type, as published now, in the pages' order: built once
	 * per published revision and shared (read-only) by every search.
	 */
	@Cacheable("fhirResources")
	public List<? extends Resource> all(ServedType type) {
		if (type == ServedType.MEDICATION_KNOWLEDGE) {
			return List.of(medicationKnowledge());
		}
		return (type == ServedType.CLINICAL_USE_DEFINITION) ? clinicalUseDefinitions(null) : codeSystems();
	}

	/**
	 * One resource of a served type by its id: built once per published revision and
	 * shared (read-only) by every read; an id that names nothing is not kept.
	 */
	@Cacheable(cacheNames = "fhirResource", unless = "#result == null")
	public Optional<? extends Resource> read(ServedType type, String id) {
		if (type == ServedType.MEDICATION_KNOWLEDGE) {
			return MedicationKnowledgeMapper.ID.equals(id) ? Optional.of(medicationKnowledge()) : Optional.empty();
		}
		return (type == ServedType.CLINICAL_USE_DEFINITION) ? clinicalUseDefinition(id) : codeSystem(id);
	}

	/** What this server offers, for clients that discover before they read. */
	public CapabilityStatement capabilityStatement(String baseUrl) {
		return CapabilityStatements.of(baseUrl, Date.from(revision().changedAt()));
	}

}
