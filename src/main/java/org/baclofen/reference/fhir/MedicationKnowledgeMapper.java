package org.baclofen.reference.fhir;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.baclofen.reference.content.CitedContent;
import org.baclofen.reference.content.Route;
import org.baclofen.reference.dosing.DosageForm;
import org.baclofen.reference.dosing.IntrathecalMaintenanceRange;
import org.baclofen.reference.dosing.IntrathecalScreeningDose;
import org.baclofen.reference.dosing.IntrathecalTitrationLimit;
import org.baclofen.reference.dosing.RenalBand;
import org.baclofen.reference.dosing.TitrationProtocol;
import org.baclofen.reference.dosing.TitrationStep;
import org.baclofen.reference.indication.Indication;
import org.baclofen.reference.indication.IndicationStatus;
import org.baclofen.reference.overview.Drug;
import org.baclofen.reference.system.PlainNumbers;
import org.baclofen.reference.titration.RenalBandRule;
import org.baclofen.reference.titration.TitrationRules;
import org.baclofen.reference.titration.TitrationRulesSource;
import org.hl7.fhir.r5.model.CodeableConcept;
import org.hl7.fhir.r5.model.CodeableReference;
import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.model.Dosage;
import org.hl7.fhir.r5.model.Duration;
import org.hl7.fhir.r5.model.Medication;
import org.hl7.fhir.r5.model.MedicationKnowledge;
import org.hl7.fhir.r5.model.MedicationKnowledge.MedicationKnowledgeIndicationGuidelineDosingGuidelineComponent;
import org.hl7.fhir.r5.model.Quantity;
import org.hl7.fhir.r5.model.Range;
import org.hl7.fhir.r5.model.Ratio;
import org.hl7.fhir.r5.model.Reference;
import org.hl7.fhir.r5.model.Timing;

/**
 * The drug as one MedicationKnowledge: its codes, the marketed products and strengths,
 * the oral titration protocol and maximum (with the renal bands) and the intrathecal
 * dosing as dosing guidelines of the labeled indications, and references to every
 * ClinicalUseDefinition.
 */
public final class MedicationKnowledgeMapper {

	/** How far inside an open CrCl band end its FHIR Range end lies. */
	private static final BigDecimal OPEN_END_STEP = new BigDecimal("0.01");

	public static final String ID = "baclofen";

	private final Function<String, String> labels;

	public MedicationKnowledgeMapper(Function<String, String> labels) {
		this.labels = labels;
	}

	/**
	 * @param rules the titration rules as the engine reads them, so the maxima published
	 * here are the ones the checker applies
	 */
	public MedicationKnowledge map(PublishedContent content, TitrationRules rules) {
		Drug drug = content.drug();
		MedicationKnowledge knowledge = new MedicationKnowledge();
		knowledge.setId(ID);
		knowledge.setStatus(MedicationKnowledge.MedicationKnowledgeStatusCodes.ACTIVE);
		knowledge.setCode(drugCode(drug));
		knowledge.getDefinitional()
			.addIntendedRoute(route(Route.ORAL))
			.addIntendedRoute(route(Route.INTRATHECAL))
			.addIngredient()
			.setItem(new CodeableReference(ingredient(drug)));
		products(content, knowledge);
		for (Indication indication : content.indications()) {
			guideline(content, rules, knowledge, indication);
		}
		content.safetyItems()
			.forEach((item) -> knowledge
				.addClinicalUseIssue(reference(ClinicalUseMapper.idOf(item), item.getCondition())));
		content.interactions()
			.forEach((interaction) -> knowledge
				.addClinicalUseIssue(reference(ClinicalUseMapper.idOf(interaction), interaction.getInteractant())));
		content.adverseEffects()
			.forEach((effect) -> knowledge
				.addClinicalUseIssue(reference(ClinicalUseMapper.idOf(effect), effect.getName())));
		List<String> narrative = new ArrayList<>(drug.getSummaryParagraphs());
		narrative.addAll(drug.getMechanismParagraphs());
		Stamps.narrative(knowledge, narrative);
		// Indications, safety, interactions and adverse effects have their own resources
		// and review dates.
		List<CitedContent> parts = content.dosing();
		Stamps.stamp(knowledge, content.revision(), Stamps.oldestReview(parts), Stamps.sourcesOf(parts));
		return knowledge;
	}

	static CodeableConcept drugCode(Drug drug) {
		return new CodeableConcept()
			.addCoding(new Coding(Vocabulary.RXNORM, drug.getRxnormCui(), drug.getName().toLowerCase()))
			.addCoding(new Coding(Vocabulary.ATC, drug.getAtcCode(), drug.getName().toLowerCase()))
			.addCoding(new Coding(Vocabulary.SNOMED_CT, drug.getSnomedCtId(), drug.getName() + " (substance)"))
			.setText(drug.getName());
	}

	private static CodeableConcept ingredient(Drug drug) {
		return new CodeableConcept()
			.addCoding(new Coding(Vocabulary.RXNORM, drug.getRxnormCui(), drug.getName().toLowerCase()))
			.setText(drug.getName());
	}

	private CodeableConcept route(Route route) {
		String code = (route == Route.INTRATHECAL) ? Vocabulary.INTRATHECAL_ROUTE : Vocabulary.ORAL_ROUTE;
		String display = (route == Route.INTRATHECAL) ? "Intrathecal route" : "Oral route";
		return new CodeableConcept(new Coding(Vocabulary.SNOMED_CT, code, display)).setText(label("route." + route));
	}

	/**
	 * Each marketed form and strength as a contained Medication the knowledge links to.
	 */
	private void products(PublishedContent content, MedicationKnowledge knowledge) {
		for (DosageForm form : content.dosageForms()) {
			Medication product = new Medication();
			product.setId("product-" + form.getId());
			product.setStatus(Medication.MedicationStatusCodes.ACTIVE);
			product.setCode(new CodeableConcept().setText(form.getProduct() + " " + form.getStrength()));
			product.setDoseForm(new CodeableConcept().setText(formText(form.getForm())));
			String unit = form.getAmountUnit().name().toLowerCase();
			String ucum = (form.getAmountUnit() == DosageForm.AmountUnit.MCG) ? "ug" : unit;
			Quantity denominator = form.isLiquid() ? quantity(form.getPerVolumeMl(), "mL", "mL")
					: quantity(BigDecimal.ONE, unit(form.getForm()), "{" + unit(form.getForm()) + "}");
			product.addIngredient()
				.setItem(new CodeableReference(ingredient(content.drug())))
				.setIsActive(true)
				.setStrength(
						new Ratio().setNumerator(quantity(form.getAmount(), unit, ucum)).setDenominator(denominator));
			knowledge.addContained(product);
			knowledge
				.addAssociatedMedication(new Reference("#" + product.getId()).setDisplay(product.getCode().getText()));
		}
	}

	private static String formText(DosageForm.Form form) {
		return switch (form) {
			case TABLET -> "Oral tablet";
			case ORAL_SOLUTION -> "Oral solution";
			case ORAL_SUSPENSION -> "Oral suspension";
			case ORAL_GRANULES -> "Oral granules";
			case INTRATHECAL_INJECTION -> "Solution for intrathecal injection";
		};
	}

	private static String unit(DosageForm.Form form) {
		return switch (form) {
			case TABLET -> "tablet";
			case ORAL_GRANULES -> "packet";
			default -> "mL";
		};
	}

	/**
	 * One indication guideline per published indication. Labeled uses carry the label's
	 * dosing for their route; off-label and advised-against uses carry none, because the
	 * label gives none.
	 */
	private void guideline(PublishedContent content, TitrationRules rules, MedicationKnowledge knowledge,
			Indication indication) {
		MedicationKnowledge.MedicationKnowledgeIndicationGuidelineComponent guideline = knowledge
			.addIndicationGuideline();
		guideline
			.addIndication(new CodeableReference(reference(ClinicalUseMapper.idOf(indication), indication.getName())));
		if (indication.getStatus() != IndicationStatus.LABELED) {
			return;
		}
		if (indication.getRoute() != Route.INTRATHECAL) {
			oralDosing(content, rules, guideline.addDosingGuideline());
			for (RenalBand band : content.renalBands()) {
				if (band.getDoseReductionPercent().signum() > 0 || band.getMaxDailyMg() != null) {
					renalDosing(rules, band, guideline.addDosingGuideline());
				}
			}
		}
		if (indication.getRoute() != Route.ORAL) {
			intrathecalDosing(content, guideline.addDosingGuideline());
		}
	}

	private void oralDosing(PublishedContent content, TitrationRules rules,
			MedicationKnowledgeIndicationGuidelineDosingGuidelineComponent dosing) {
		TitrationProtocol protocol = content.oralProtocol();
		dosing.setTreatmentIntent(new CodeableConcept().setText(protocol.getName()));
		var schedule = dosing.addDosage().setType(new CodeableConcept().setText("Titration schedule"));
		List<TitrationStep> steps = protocol.getSteps();
		for (int i = 0; i < steps.size(); i++) {
			TitrationStep step = steps.get(i);
			Dosage dosage = new Dosage().setSequence(i + 1).setRoute(route(Route.ORAL));
			dosage.setText(days(step) + ": " + PlainNumbers.text(step.getDoseMg()) + " mg "
					+ Vocabulary.timesDaily(step.getTimesPerDay()) + " (" + PlainNumbers.text(step.getDailyMg())
					+ " mg/day)" + ((step.getNote() != null) ? ". " + step.getNote() : ""));
			Timing.TimingRepeatComponent repeat = dosage.getTiming().getRepeat();
			repeat.setFrequency(step.getTimesPerDay()).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.D);
			if (!step.isOpenEnded()) {
				repeat.setBounds(duration(step.getLastDay() - step.getFirstDay() + 1));
			}
			dosage.addDoseAndRate().setDose(quantity(step.getDoseMg(), "mg", "mg"));
			schedule.addDosage(dosage);
		}
		Dosage maximum = new Dosage().setRoute(route(Route.ORAL))
			.setText("At most " + PlainNumbers.text(rules.maxDailyMg()) + " mg a day, divided into at most "
					+ rules.maxAdministrationsPerDay() + " doses; raise each dose by at most "
					+ PlainNumbers.text(rules.incrementMg()) + " mg every " + rules.intervalDays() + " days.");
		maximum.addMaxDosePerPeriod(perDay(rules.maxDailyMg()));
		dosing.addDosage().setType(new CodeableConcept().setText("Maximum")).addDosage(maximum);
	}

	private void renalDosing(TitrationRules rules, RenalBand band,
			MedicationKnowledgeIndicationGuidelineDosingGuidelineComponent dosing) {
		RenalBandRule rule = TitrationRulesSource.toRule(band);
		BigDecimal max = rules.maxDailyMg(rule);
		dosing.setTreatmentIntent(
				new CodeableConcept().setText((band.isDialysis() ? "Dialysis or end-stage kidney disease"
						: "Renal impairment: reduce the dose by about " + rule.reductionText() + "%") + " ("
						+ label("source.kind." + band.getSourceKind())
						+ "; the US label gives no creatinine-clearance bands)"));
		Dosage maximum = new Dosage().setRoute(route(Route.ORAL))
			.setText("At most " + PlainNumbers.text(max) + " mg a day. " + band.getAdvice());
		maximum.addMaxDosePerPeriod(perDay(max));
		dosing.addDosage().setType(new CodeableConcept().setText("Maximum")).addDosage(maximum);
		if (band.isDialysis()) {
			dosing.addPatientCharacteristic()
				.setType(new CodeableConcept().setText("On dialysis or end-stage kidney disease"));
		}
		if (band.getCrclMinMlPerMin() == null && band.getCrclMaxMlPerMin() == null) {
			return;
		}
		dosing.addPatientCharacteristic()
			.setType(new CodeableConcept()
				.setText("Creatinine clearance (Cockcroft-Gault): " + rule.describe(rules.maxDailyMg())))
			.setValue(crclRange(band));
	}

	/**
	 * The band's CrCl range as closed ends a FHIR Range can carry: an open end ("under
	 * 30") is moved 0.01 mL/min inside, so the ranges of neighbouring bands never share a
	 * value (15–29.99, 30–49.99, ...). The characteristic's text states the band in
	 * words.
	 */
	static Range crclRange(RenalBand band) {
		Range crcl = new Range();
		if (band.getCrclMinMlPerMin() != null) {
			BigDecimal low = band.isMinInclusive() ? band.getCrclMinMlPerMin()
					: band.getCrclMinMlPerMin().add(OPEN_END_STEP);
			crcl.setLow(quantity(PlainNumbers.normal(low), "mL/min", "mL/min"));
		}
		if (band.getCrclMaxMlPerMin() != null) {
			BigDecimal high = band.isMaxInclusive() ? band.getCrclMaxMlPerMin()
					: band.getCrclMaxMlPerMin().subtract(OPEN_END_STEP);
			crcl.setHigh(quantity(PlainNumbers.normal(high), "mL/min", "mL/min"));
		}
		return crcl;
	}

	private void intrathecalDosing(PublishedContent content,
			MedicationKnowledgeIndicationGuidelineDosingGuidelineComponent dosing) {
		dosing.setTreatmentIntent(new CodeableConcept().setText("Intrathecal screening, titration and maintenance"));
		var screening = dosing.addDosage().setType(new CodeableConcept().setText("Screening"));
		for (IntrathecalScreeningDose bolus : content.screeningDoses()) {
			Dosage dosage = new Dosage().setSequence(bolus.getSequence()).setRoute(route(Route.INTRATHECAL));
			dosage.setText("Bolus " + bolus.getSequence() + ": " + PlainNumbers.text(bolus.getDoseMcg()) + " mcg"
					+ ((bolus.getVolumeMl() != null) ? " in " + PlainNumbers.text(bolus.getVolumeMl()) + " mL" : "")
					+ ", " + bolus.getTiming() + ((bolus.getNote() != null) ? ". " + bolus.getNote() : ""));
			dosage.addDoseAndRate().setDose(quantity(bolus.getDoseMcg(), "mcg", "ug"));
			screening.addDosage(dosage);
		}
		var titration = dosing.addDosage().setType(new CodeableConcept().setText("Titration"));
		for (IntrathecalTitrationLimit limit : content.titrationLimits()) {
			titration.addDosage(new Dosage().setRoute(route(Route.INTRATHECAL))
				.setText(limit.getOrigin().name().charAt(0) + limit.getOrigin().name().substring(1).toLowerCase()
						+ " origin, " + limit.getPhase().name().toLowerCase().replace('_', '-') + ": "
						+ limit.getDirection().name().toLowerCase() + " the daily dose by "
						+ PlainNumbers.text(limit.getMinChangePercent()) + "–"
						+ PlainNumbers.text(limit.getMaxChangePercent()) + "% " + limit.getPerInterval()
						+ ((limit.getNote() != null) ? ". " + limit.getNote() : "")));
		}
		var maintenance = dosing.addDosage().setType(new CodeableConcept().setText("Maintenance"));
		for (IntrathecalMaintenanceRange range : content.maintenanceRanges()) {
			Dosage dosage = new Dosage().setRoute(route(Route.INTRATHECAL));
			dosage.setText(maintenanceText(range));
			if (range.getTypicalMinMcgPerDay() != null || range.getTypicalMaxMcgPerDay() != null) {
				Range typical = new Range();
				if (range.getTypicalMinMcgPerDay() != null) {
					typical.setLow(quantity(range.getTypicalMinMcgPerDay(), "mcg", "ug"));
				}
				if (range.getTypicalMaxMcgPerDay() != null) {
					typical.setHigh(quantity(range.getTypicalMaxMcgPerDay(), "mcg", "ug"));
				}
				dosage.addDoseAndRate().setDose(typical);
				dosage.getTiming().getRepeat().setFrequency(1).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.D);
			}
			maintenance.addDosage(dosage);
		}
	}

	/**
	 * A maintenance range in words, each part only where it is stored (no empty "usually"
	 * before "seen in trials"), with the daily dose above which experience is limited.
	 */
	static String maintenanceText(IntrathecalMaintenanceRange range) {
		List<String> parts = new ArrayList<>();
		parts.add(mcgRange("usually", range.getTypicalMinMcgPerDay(), range.getTypicalMaxMcgPerDay()));
		parts.add(mcgRange("seen in trials", range.getObservedMinMcgPerDay(), range.getObservedMaxMcgPerDay()));
		if (range.getLimitedExperienceAboveMcgPerDay() != null && range.getLimitedExperienceNote() == null) {
			parts.add("experience above " + PlainNumbers.text(range.getLimitedExperienceAboveMcgPerDay())
					+ " mcg/day is limited (not a labeled maximum)");
		}
		String numbers = String.join("; ", parts.stream().filter((part) -> !part.isEmpty()).toList());
		StringBuilder text = new StringBuilder(range.getPopulation());
		if (!numbers.isEmpty()) {
			text.append(": ").append(numbers);
		}
		if (range.getLimitedExperienceNote() != null) {
			text.append(". ").append(range.getLimitedExperienceNote());
		}
		if (range.getNote() != null) {
			text.append(". ").append(range.getNote());
		}
		return text.toString();
	}

	private static String mcgRange(String prefix, BigDecimal min, BigDecimal max) {
		if (min == null && max == null) {
			return "";
		}
		if (min == null) {
			return prefix + " up to " + PlainNumbers.text(max) + " mcg/day";
		}
		if (max == null) {
			return prefix + " from " + PlainNumbers.text(min) + " mcg/day";
		}
		return prefix + " " + PlainNumbers.text(min) + "–" + PlainNumbers.text(max) + " mcg/day";
	}

	private static String days(TitrationStep step) {
		return step.isOpenEnded() ? "From day " + step.getFirstDay()
				: "Days " + step.getFirstDay() + "–" + step.getLastDay();
	}

	static Reference reference(String clinicalUseId, String display) {
		return new Reference("ClinicalUseDefinition/" + clinicalUseId).setDisplay(display);
	}

	private static Ratio perDay(BigDecimal mg) {
		return new Ratio().setNumerator(quantity(mg, "mg", "mg")).setDenominator(quantity(BigDecimal.ONE, "day", "d"));
	}

	private static Duration duration(int days) {
		Duration duration = new Duration();
		duration.setValue(days).setUnit((days == 1) ? "day" : "days").setSystem(Vocabulary.UCUM).setCode("d");
		return duration;
	}

	/**
	 * A UCUM quantity whose value is written as people write it: 80, not 8E+1 (which FHIR
	 * does not allow).
	 */
	static Quantity quantity(BigDecimal value, String unit, String ucum) {
		BigDecimal stripped = value.stripTrailingZeros();
		return new Quantity().setValue((stripped.scale() < 0) ? stripped.setScale(0) : stripped)
			.setUnit(unit)
			.setSystem(Vocabulary.UCUM)
			.setCode(ucum);
	}

	private String label(String key) {
		return this.labels.apply(key);
	}

}
