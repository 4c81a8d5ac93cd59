package org.baclofen.reference.fhir;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.baclofen.reference.adverse.AdverseEffect;
import org.baclofen.reference.fhir.Vocabulary.OwnCodeSystem;
import org.baclofen.reference.indication.Indication;
import org.baclofen.reference.interaction.Interaction;
import org.baclofen.reference.interaction.SeverityLevel;
import org.baclofen.reference.safety.SafetyItem;
import org.baclofen.reference.safety.SafetyKind;
import org.baclofen.reference.system.PlainNumbers;
import org.hl7.fhir.r5.model.ClinicalUseDefinition;
import org.hl7.fhir.r5.model.ClinicalUseDefinition.ClinicalUseDefinitionType;
import org.hl7.fhir.r5.model.CodeableConcept;
import org.hl7.fhir.r5.model.CodeableReference;
import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.model.Identifier;
import org.hl7.fhir.r5.model.Reference;

/**
 * Turns each published indication, safety item, interaction and adverse effect into one
 * ClinicalUseDefinition. Ids are the content kind and its stored id, so they stay stable
 * across edits.
 */
public final class ClinicalUseMapper {

	private final Vocabulary vocabulary;

	private final Function<String, String> labels;

	/**
	 * @param labels the display text for a message key (the same wording as the pages)
	 */
	public ClinicalUseMapper(Vocabulary vocabulary, Function<String, String> labels) {
		this.vocabulary = vocabulary;
		this.labels = labels;
	}

	/** Every resource, in type order and then in the pages' order. */
	public List<ClinicalUseDefinition> all(PublishedContent content) {
		List<ClinicalUseDefinition> all = new ArrayList<>();
		content.indications().forEach((indication) -> all.add(indication(content, indication)));
		content.safetyItems()
			.stream()
			.filter((item) -> item.getKind() == SafetyKind.CONTRAINDICATION)
			.forEach((item) -> all.add(safetyItem(content, item)));
		content.safetyItems()
			.stream()
			.filter((item) -> item.getKind() != SafetyKind.CONTRAINDICATION)
			.forEach((item) -> all.add(safetyItem(content, item)));
		content.interactions().forEach((interaction) -> all.add(interaction(content, interaction)));
		content.adverseEffects().forEach((effect) -> all.add(adverseEffect(content, effect)));
		return all;
	}

	public Optional<ClinicalUseDefinition> byId(PublishedContent content, String id) {
		return all(content).stream().filter((resource) -> resource.getIdPart().equals(id)).findFirst();
	}

	public static String idOf(Indication indication) {
		return "indication-" + indication.getId();
	}

	public static String idOf(SafetyItem item) {
		return ((item.getKind() == SafetyKind.CONTRAINDICATION) ? "contraindication-" : "warning-") + item.getId();
	}

	public static String idOf(Interaction interaction) {
		return "interaction-" + interaction.getId();
	}

	public static String idOf(AdverseEffect effect) {
		return "undesirable-effect-" + effect.getId();
	}

	ClinicalUseDefinition indication(PublishedContent content, Indication indication) {
		ClinicalUseDefinition resource = base(content, idOf(indication), ClinicalUseDefinitionType.INDICATION);
		resource.addCategory(coded(OwnCodeSystem.INDICATION_STATUS, indication.getStatus(),
				label("indication.status." + indication.getStatus())));
		resource.addCategory(coded(OwnCodeSystem.EVIDENCE_STRENGTH, indication.getEvidence(),
				label("indication.evidence." + indication.getEvidence())));
		resource.getIndication()
			.setDiseaseSymptomProcedure(new CodeableReference(new CodeableConcept().setText(indication.getName())));
		List<String> narrative = new ArrayList<>();
		narrative.add(indication.getName() + " — " + label("indication.status." + indication.getStatus()) + "; "
				+ label("indication.evidence." + indication.getEvidence()) + "; "
				+ label("route." + indication.getRoute()) + ".");
		narrative.add(indication.getSummary());
		narrative.addAll(indication.getDetailParagraphs());
		Stamps.narrative(resource, narrative);
		Stamps.stamp(resource, content.revision(), indication);
		return resource;
	}

	ClinicalUseDefinition safetyItem(PublishedContent content, SafetyItem item) {
		boolean contraindication = item.getKind() == SafetyKind.CONTRAINDICATION;
		ClinicalUseDefinition resource = base(content, idOf(item),
				contraindication ? ClinicalUseDefinitionType.CONTRAINDICATION : ClinicalUseDefinitionType.WARNING);
		resource.addCategory(coded(OwnCodeSystem.SAFETY_KIND, item.getKind(), label("safety.kind." + item.getKind())));
		if (item.isBoxedWarning()) {
			resource.addCategory(new CodeableConcept(
					new Coding(this.vocabulary.codeSystem(OwnCodeSystem.SAFETY_KIND), "boxed-warning", "Boxed warning"))
				.setText("Boxed warning"));
		}
		CodeableConcept condition = new CodeableConcept().setText(item.getCondition());
		if (contraindication) {
			resource.getContraindication().setDiseaseSymptomProcedure(new CodeableReference(condition));
		}
		else {
			resource.getWarning().setCode(condition).setDescription(String.join("\n\n", item.getAdviceParagraphs()));
		}
		List<String> narrative = new ArrayList<>();
		narrative.add(item.getCondition() + " (" + label("route." + item.getRoute())
				+ ((item.getLabelSection() != null) ? "; label section " + item.getLabelSection() : "") + ")");
		narrative.addAll(item.getAdviceParagraphs());
		Stamps.narrative(resource, narrative);
		Stamps.stamp(resource, content.revision(), item);
		return resource;
	}

	ClinicalUseDefinition interaction(PublishedContent content, Interaction interaction) {
		ClinicalUseDefinition resource = base(content, idOf(interaction), ClinicalUseDefinitionType.INTERACTION);
		resource.addCategory(severity(content, interaction));
		ClinicalUseDefinition.ClinicalUseDefinitionInteractionComponent details = resource.getInteraction();
		CodeableConcept interactant = new CodeableConcept().setText(interaction.getInteractant());
		details.addInteractant().setItem(interactant);
		details.setType(new CodeableConcept().setText(label("interactant.kind." + interaction.getInteractantKind())));
		details.setEffect(new CodeableReference(new CodeableConcept().setText(interaction.getEffect())));
		details.addManagement(new CodeableConcept().setText(interaction.getManagement()));
		List<String> narrative = new ArrayList<>();
		narrative.add(interaction.getInteractant() + " — severity " + label("severity." + interaction.getSeverity())
				+ ((interaction.getSeverityNote() != null) ? " (" + interaction.getSeverityNote() + ")" : ""));
		if (!interaction.getMembers().isEmpty()) {
			narrative.add("Includes: "
					+ String.join(", ", interaction.getMembers().stream().map((member) -> member.getName()).toList())
					+ ".");
		}
		narrative.addAll(interaction.getEffectParagraphs());
		narrative.addAll(interaction.getManagementParagraphs());
		Stamps.narrative(resource, narrative);
		Stamps.stamp(resource, content.revision(), interaction);
		return resource;
	}

	/**
	 * The stored severity on this reference's own scale; the rubric is the scale's
	 * CodeSystem.
	 */
	private CodeableConcept severity(PublishedContent content, Interaction interaction) {
		String code = interaction.getSeverity().name();
		String display = content.severityScale()
			.stream()
			.filter((level) -> level.getCode().equals(code))
			.map(SeverityLevel::getLabel)
			.findFirst()
			.orElse(label("severity." + code));
		return new CodeableConcept(
				new Coding(this.vocabulary.codeSystem(OwnCodeSystem.INTERACTION_SEVERITY), code, display))
			.setText("Severity: " + display);
	}

	ClinicalUseDefinition adverseEffect(PublishedContent content, AdverseEffect effect) {
		ClinicalUseDefinition resource = base(content, idOf(effect), ClinicalUseDefinitionType.UNDESIRABLEEFFECT);
		ClinicalUseDefinition.ClinicalUseDefinitionUndesirableEffectComponent details = resource.getUndesirableEffect();
		details.setSymptomConditionEffect(new CodeableReference(new CodeableConcept().setText(effect.getName())));
		details.setClassification(new CodeableConcept().setText(effect.getBodySystem()));
		String frequency = frequency(effect);
		if (frequency != null) {
			details.setFrequencyOfOccurrence(new CodeableConcept().setText(frequency));
		}
		List<String> narrative = new ArrayList<>();
		narrative.add(effect.getName() + " (" + effect.getBodySystem() + ", " + label("route." + effect.getRoute())
				+ ((frequency != null) ? "; " + frequency : "; reported without a frequency") + ")");
		narrative.add(effect.getNote());
		Stamps.narrative(resource, narrative);
		Stamps.stamp(resource, content.revision(), effect);
		return resource;
	}

	/** "Reported in 2–63% of patients", or null when no source gives a frequency. */
	static String frequency(AdverseEffect effect) {
		BigDecimal min = effect.getFrequencyMinPercent();
		BigDecimal max = effect.getFrequencyMaxPercent();
		if (min == null && max == null) {
			return null;
		}
		if (min != null && max != null && min.compareTo(max) != 0) {
			return "Reported in " + PlainNumbers.text(min) + "–" + PlainNumbers.text(max) + "% of patients";
		}
		if (min != null && max == null) {
			return "Reported in at least " + PlainNumbers.text(min) + "% of patients";
		}
		if (min == null) {
			return "Reported in up to " + PlainNumbers.text(max) + "% of patients";
		}
		return "Reported in " + PlainNumbers.text(min) + "% of patients";
	}

	/**
	 * The subject is baclofen by its RxNorm ingredient code: a logical reference any EHR
	 * can resolve.
	 */
	private ClinicalUseDefinition base(PublishedContent content, String id, ClinicalUseDefinitionType type) {
		ClinicalUseDefinition resource = new ClinicalUseDefinition();
		resource.setId(id);
		resource.setType(type);
		resource.setStatus(new CodeableConcept(new Coding(Vocabulary.PUBLICATION_STATUS, "active", "Active")));
		resource.addSubject(new Reference().setType("Medication")
			.setIdentifier(new Identifier().setSystem(Vocabulary.RXNORM).setValue(content.drug().getRxnormCui()))
			.setDisplay(content.drug().getName()));
		return resource;
	}

	private CodeableConcept coded(OwnCodeSystem system, Enum<?> value, String display) {
		return new CodeableConcept(new Coding(this.vocabulary.codeSystem(system), Vocabulary.code(value), display))
			.setText(display);
	}

	private String label(String key) {
		return this.labels.apply(key);
	}

}
