package org.baclofen.reference.fhir;

import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.baclofen.reference.fhir.Vocabulary.OwnCodeSystem;
import org.baclofen.reference.indication.EvidenceStrength;
import org.baclofen.reference.indication.IndicationStatus;
import org.baclofen.reference.interaction.SeverityLevel;
import org.baclofen.reference.safety.SafetyKind;
import org.hl7.fhir.r5.model.CodeSystem;
import org.hl7.fhir.r5.model.Enumerations.CodeSystemContentMode;
import org.hl7.fhir.r5.model.Enumerations.PublicationStatus;

/**
 * This reference's own code systems, served so that a client (and the validator) can look
 * up what a code means. The interaction severity scale is content: its levels and their
 * meanings (the rubric) are the ones stored and shown on the interactions page.
 */
public final class CodeSystemMapper {

	private final Vocabulary vocabulary;

	private final Function<String, String> labels;

	public CodeSystemMapper(Vocabulary vocabulary, Function<String, String> labels) {
		this.vocabulary = vocabulary;
		this.labels = labels;
	}

	public List<CodeSystem> all(PublishedContent content) {
		return List.of(severity(content), indicationStatus(content), evidenceStrength(content), safetyKind(content),
				overrideReason(content));
	}

	public Optional<CodeSystem> byId(PublishedContent content, String id) {
		return all(content).stream().filter((system) -> system.getIdPart().equals(id)).findFirst();
	}

	private CodeSystem severity(PublishedContent content) {
		CodeSystem system = base(content, OwnCodeSystem.INTERACTION_SEVERITY, "InteractionSeverity",
				"Baclofen Reference interaction severity",
				"How severe this reference rates an interaction with baclofen, and what each level means.");
		for (SeverityLevel level : content.severityScale()) {
			system.addConcept().setCode(level.getCode()).setDisplay(level.getLabel()).setDefinition(level.getMeaning());
		}
		if (!content.severityScale().isEmpty()) {
			system.setLastReviewDate(
					Date.from(Stamps.oldestReview(content.severityScale()).atStartOfDay(ZoneOffset.UTC).toInstant()));
			Stamps.sourcesOf(content.severityScale())
				.forEach((source) -> system.addRelatedArtifact(Stamps.citation(source)));
		}
		return system;
	}

	private CodeSystem indicationStatus(PublishedContent content) {
		return fromEnum(content, OwnCodeSystem.INDICATION_STATUS, "IndicationStatus",
				"Baclofen Reference indication status", "Where a use of baclofen stands against the US label.",
				IndicationStatus.values(), "indication.status.");
	}

	private CodeSystem evidenceStrength(PublishedContent content) {
		return fromEnum(content, OwnCodeSystem.EVIDENCE_STRENGTH, "EvidenceStrength",
				"Baclofen Reference evidence strength", "How strong the evidence for a use of baclofen is.",
				EvidenceStrength.values(), "indication.evidence.");
	}

	/** A code system of an enum's constants, displayed as the pages display them. */
	private CodeSystem fromEnum(PublishedContent content, OwnCodeSystem id, String name, String title,
			String description, Enum<?>[] values, String labelKeyPrefix) {
		CodeSystem system = base(content, id, name, title, description);
		for (Enum<?> value : values) {
			system.addConcept()
				.setCode(Vocabulary.code(value))
				.setDisplay(this.labels.apply(labelKeyPrefix + value.name()));
		}
		return system;
	}

	private CodeSystem safetyKind(PublishedContent content) {
		CodeSystem system = fromEnum(content, OwnCodeSystem.SAFETY_KIND, "SafetyKind", "Baclofen Reference safety kind",
				"Which part of baclofen's safety information a statement belongs to.", SafetyKind.values(),
				"safety.kind.");
		system.addConcept().setCode("boxed-warning").setDisplay("Boxed warning");
		return system;
	}

	private CodeSystem overrideReason(PublishedContent content) {
		return fromEnum(content, OwnCodeSystem.CDS_OVERRIDE_REASON, "CdsOverrideReason",
				"Baclofen Reference CDS override reason",
				"Why a clinician went ahead despite a critical card of the Baclofen Reference CDS Hooks service.",
				OverrideReason.values(), "cds.overrideReason.");
	}

	private CodeSystem base(PublishedContent content, OwnCodeSystem id, String name, String title, String description) {
		CodeSystem system = new CodeSystem();
		system.setId(id.id());
		system.setUrl(this.vocabulary.codeSystem(id));
		system.setName(name);
		system.setTitle(title);
		system.setStatus(PublicationStatus.ACTIVE);
		system.setExperimental(false);
		system.setDate(Date.from(content.revision().changedAt()));
		system.setPublisher("Baclofen Reference");
		system.setDescription(description);
		system.setCaseSensitive(true);
		system.setContent(CodeSystemContentMode.COMPLETE);
		Stamps.version(system, content.revision());
		Stamps.narrative(system, List.of(title + ": " + description));
		return system;
	}

}
