package org.baclofen.reference.cdshooks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.baclofen.reference.cdshooks.CdsHooks.Card;
import org.baclofen.reference.cdshooks.CdsHooks.Indicator;
import org.baclofen.reference.content.Source;
import org.baclofen.reference.fhir.Vocabulary;
import org.baclofen.reference.interaction.Interaction;
import org.baclofen.reference.interaction.Severity;
import org.baclofen.reference.safety.SafetyItem;
import org.baclofen.reference.safety.SafetyKind;
import org.baclofen.reference.screening.MedicationMatch;
import org.baclofen.reference.screening.ScreeningResult;
import org.baclofen.reference.system.PlainNumbers;
import org.baclofen.reference.titration.Finding;
import org.baclofen.reference.titration.OralProduct;
import org.baclofen.reference.titration.Patient;
import org.baclofen.reference.titration.PatientRules;
import org.baclofen.reference.titration.PlanChecker;
import org.baclofen.reference.titration.PlanGenerator;
import org.baclofen.reference.titration.PlanRefusedException;
import org.baclofen.reference.titration.PlanStep;
import org.baclofen.reference.titration.Rule;
import org.baclofen.reference.titration.TaperPlanner;
import org.baclofen.reference.titration.TitrationRules;
import org.baclofen.reference.titration.TitrationRulesSource.StoredRules;
import org.baclofen.reference.titration.Verdict;
import org.hl7.fhir.r5.model.CodeableConcept;
import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.model.Dosage;
import org.hl7.fhir.r5.model.Duration;
import org.hl7.fhir.r5.model.MedicationRequest;
import org.hl7.fhir.r5.model.Quantity;
import org.hl7.fhir.r5.model.Timing;

/**
 * Turns what the engine and the screening found into CDS Hooks cards. Every finding keeps
 * the engine's own words; the indicator follows its severity (ALERT critical, CAUTION
 * warning, otherwise info); the source is the app's page for the rule; and where the fix
 * is clear the card suggests it as a replacement order that itself passes the same
 * checker.
 */
public final class OrderCards {

	/** Findings the label schedule fixes for a new start. */
	private static final Set<Rule> FIXED_BY_LABEL_SCHEDULE = EnumSet.of(Rule.DAILY_CAP, Rule.START_DOSE, Rule.STEP_SIZE,
			Rule.STEP_INTERVAL, Rule.FREQUENCY, Rule.RENAL);

	private final Cards cards;

	private final StoredRules stored;

	private final OrderReplacement replacement;

	/**
	 * @param cards makes the cards, with their links to the app's pages
	 * @param replacement writes a suggested order as the client sent it, with new dosage
	 * instructions
	 */
	public OrderCards(Cards cards, StoredRules stored, OrderReplacement replacement) {
		this.cards = cards;
		this.stored = stored;
		this.replacement = replacement;
	}

	/**
	 * What the record says about the patient that the oral rules depend on.
	 *
	 * @param kidney the latest kidney function, or null
	 * @param kidneyFailure true when a recorded condition is end-stage kidney disease or
	 * dialysis: the dialysis / kidney-failure row applies whatever the latest value
	 * @param ageYears the age from the birth date, or null (the adult rules apply)
	 */
	public record PatientFacts(KidneyFunction kidney, boolean kidneyFailure, Integer ageYears) {

		public static final PatientFacts UNKNOWN = new PatientFacts(null, false, null);

		Patient patient() {
			return new Patient((this.kidney != null) ? this.kidney.value() : null, this.kidneyFailure, this.ageYears,
					null);
		}

		/** Where the kidney row came from, as a card says it. */
		String kidneyNote() {
			String recorded = this.kidneyFailure
					? "Recorded end-stage kidney disease or dialysis takes the dialysis and kidney-failure row." : "";
			if (this.kidney == null) {
				return recorded;
			}
			String measured = this.kidney.isEstimatedGfr()
					? "Kidney function: " + this.kidney.describe()
							+ ", used in place of a Cockcroft-Gault CrCl, which the bands were grouped by."
					: "Kidney function: " + this.kidney.describe() + ".";
			return recorded.isEmpty() ? measured : recorded + " " + measured;
		}

		boolean hasKidneyFunction() {
			return this.kidney != null || this.kidneyFailure;
		}

	}

	/**
	 * The cards for one baclofen order.
	 * @param currentRegimen the dose the patient takes now (from an active order), or
	 * null if none is known
	 * @param facts the kidney function, recorded kidney failure and age
	 */
	public List<Card> forOrder(MedicationRequest order, PlanStep currentRegimen, PatientFacts facts) {
		if (isIntrathecal(order)) {
			return List.of(card(CardKind.INTRATHECAL,
					"Intrathecal baclofen order: not checked against the oral titration rules.",
					"The oral protocol, daily maximum and renal bands apply to oral baclofen. Check "
							+ "intrathecal screening, titration and maintenance doses against the "
							+ "intrathecal dosing page.",
					Indicator.info, "/dosing/intrathecal", List.of()));
		}
		List<PlanStep> steps = new ArrayList<>();
		if (currentRegimen != null) {
			steps.add(currentRegimen);
		}
		if (order.getStatus() == MedicationRequest.MedicationrequestStatus.STOPPED) {
			if (currentRegimen == null) {
				return List.of(card(CardKind.TAPER,
						"Baclofen is being stopped; the current dose is unknown, so the taper was not checked.",
						"Reduce gradually over at least " + rules().minTaperDays()
								+ " days unless a serious adverse reaction requires rapid withdrawal; "
								+ "abrupt withdrawal can cause hallucinations and seizures.",
						Indicator.warning, "/dosing/discontinuation", List.of()));
			}
			steps.add(new PlanStep(1, BigDecimal.ZERO, 0));
		}
		else {
			DosageReader.Reading reading = DosageReader.read(order);
			if (reading.isReadable() && reading.asNeeded()) {
				return new AsNeededCheck(PatientRules.of(rules(), facts.patient()), this.cards).cards(reading,
						facts.kidneyNote());
			}
			if (!reading.isReadable()) {
				return List.of(card(CardKind.UNREADABLE, "Baclofen dose not checked: " + reading.problem() + ".",
						"Enter the schedule in the titration checker to check it against the stored rules.",
						Indicator.info, "/titration/check", List.of()));
			}
			steps.addAll(reading.steps());
		}
		Patient patient = facts.patient();
		PlanChecker.PlanCheck check = new PlanChecker(rules()).check(patient, steps, currentRegimen != null);
		List<Card> cards = new ArrayList<>();
		CdsHooks.Suggestion fix = suggestion(order, check, steps, currentRegimen, patient);
		Finding fixedFinding = (fix == null) ? null : worstFixable(check);
		for (Finding finding : check.findings()) {
			String detail = finding.message()
					+ ((currentRegimen != null) ? " (Step 1 is the patient's current regimen from the "
							+ "active order; the order's dosages follow.)" : "")
					+ ((finding.rule() == Rule.RENAL && facts.hasKidneyFunction()) ? " " + facts.kidneyNote() : "")
					+ " " + check.applied().ageStatement();
			cards.add(card(kind(finding.rule()), "Baclofen: " + firstSentence(finding.message()), detail,
					indicator(finding.severity()), page(finding.rule()),
					(finding == fixedFinding) ? List.of(fix) : List.of()));
		}
		boolean renalFinding = check.findings().stream().anyMatch((finding) -> finding.rule() == Rule.RENAL);
		if (facts.hasKidneyFunction() && check.renalBand() != null && !renalFinding) {
			String who = (facts.kidney() != null) ? facts.kidney().describe() : "Recorded kidney failure or dialysis";
			cards.add(card(CardKind.RENAL,
					"Baclofen: " + who + " lowers the daily maximum; this order stays within "
							+ PlainNumbers.text(rules().maxDailyMg(check.renalBand())) + " mg/day.",
					check.renalBand().describe(rules().maxDailyMg()) + ". " + facts.kidneyNote(), Indicator.info,
					"/dosing/renal", List.of()));
		}
		return cards;
	}

	/**
	 * Interaction matches and condition warnings, each once, worst first as the screening
	 * orders them.
	 */
	public List<Card> forScreening(ScreeningResult screening) {
		List<Card> cards = new ArrayList<>();
		for (ScreeningResult.SeverityGroup group : screening.severityGroups()) {
			for (ScreeningResult.InteractionHit hit : group.hits()) {
				Interaction interaction = hit.interaction();
				String medicines = String.join(", ",
						hit.matches().stream().map(MedicationMatch::matchedName).distinct().toList());
				cards.add(card(CardKind.INTERACTION,
						"Baclofen + " + interaction.getInteractant() + " (" + medicines + "): interaction, "
								+ "severity " + severityLabel(screening, interaction.getSeverity()) + ".",
						interaction.getEffect() + "\n\n" + interaction.getManagement() + "\n\n"
								+ sources(interaction.getSources()),
						indicator(interaction.getSeverity()), "/interactions#" + interaction.getSlug(), List.of()));
			}
		}
		for (ScreeningResult.ConditionWarning warning : screening.conditionWarnings()) {
			SafetyItem item = warning.item();
			cards.add(card(CardKind.CONDITION,
					warning.condition().getLabel() + ": " + kindWord(item) + " for baclofen (" + item.getCondition()
							+ ").",
					item.getAdvice() + "\n\n" + sources(item.getSources()), indicator(item), item.publicLink(),
					List.of()));
		}
		return cards;
	}

	/**
	 * The severity as the scale names it (Major, Moderate, ...), as the interactions page
	 * shows it.
	 */
	private static String severityLabel(ScreeningResult screening, Severity severity) {
		return screening.scale()
			.stream()
			.filter((level) -> level.getCode().equals(severity.name()))
			.map((level) -> level.getLabel())
			.findFirst()
			.orElse(severity.name().charAt(0) + severity.name().substring(1).toLowerCase(Locale.ROOT));
	}

	/**
	 * Says what could not be checked and why, so silence is never mistaken for "nothing
	 * found".
	 * @param why why the service did not fetch it itself, or null when fetching failed
	 */
	public Card notChecked(List<Prefetch> missing, String why) {
		String what = String.join(", ", missing.stream().map(Prefetch::description).toList());
		return card(CardKind.NOT_CHECKED, "Not checked: " + what + ".",
				"The request did not include this data (prefetch). "
						+ ((why != null) ? why : "Fetching it from the FHIR server failed.")
						+ " Interactions, allergies, condition warnings, kidney bands and age rules depend on it.",
				Indicator.info, "/check", List.of());
	}

	private TitrationRules rules() {
		return this.stored.rules();
	}

	private static boolean isIntrathecal(MedicationRequest order) {
		for (Dosage dosage : order.getDosageInstruction()) {
			for (Coding coding : dosage.getRoute().getCoding()) {
				if (Vocabulary.SNOMED_CT.equals(coding.getSystem())
						&& Vocabulary.INTRATHECAL_ROUTE.equals(coding.getCode())) {
					return true;
				}
			}
			if (Medicines.words(String.valueOf(dosage.getRoute().getText())).contains("intrathecal")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The label schedule as a replacement order, for a new start whose findings it fixes;
	 * or, for a stop without a taper, the stored taper. Only offered when the replacement
	 * passes the same checker.
	 */
	private CdsHooks.Suggestion suggestion(MedicationRequest order, PlanChecker.PlanCheck check, List<PlanStep> steps,
			PlanStep currentRegimen, Patient patient) {
		Finding worst = worstFixable(check);
		if (worst == null) {
			return null;
		}
		List<PlanStep> replacement;
		String label;
		if (worst.rule() == Rule.ABRUPT_STOP) {
			PlanStep from = (currentRegimen != null) ? currentRegimen : steps.get(0);
			if (!rules().product(null).canMake(from.doseMg())) {
				return null;
			}
			// The patient's own taper: from above their kidney or age ceiling it comes
			// down
			// to it first, and no later step goes above it.
			replacement = new TaperPlanner(check.applied(), rules().product(null)).taper(from.doseMg(),
					from.timesPerDay(), rules().minTaperDays());
			label = "Taper over at least " + rules().minTaperDays() + " days before stopping";
		}
		else {
			if (currentRegimen != null) {
				return null;
			}
			BigDecimal highest = steps.stream().map(PlanStep::dailyMg).max(BigDecimal::compareTo).orElseThrow();
			BigDecimal target = highest.min(check.applied().maxDailyMg());
			replacement = labelSchedule(target, check.applied(), this.replacement.orderedProduct(order));
			if (replacement == null) {
				return null;
			}
			label = "Use the label titration schedule to "
					+ PlainNumbers.text(replacement.get(replacement.size() - 1).dailyMg()) + " mg/day";
		}
		if (new PlanChecker(rules()).check(patient, replacement, worst.rule() == Rule.ABRUPT_STOP)
			.verdict() != Verdict.OK) {
			return null;
		}
		OrderReplacement.Replaced replaced = this.replacement.replace(order, replacement,
				dosages(replacement, worst.rule() != Rule.ABRUPT_STOP));
		String fullLabel = label + replaced.productChange();
		CdsHooks.Action action = new CdsHooks.Action("update",
				fullLabel + " (replaces the order's dosage instructions; everything else stays as ordered).",
				replaced.resource());
		return new CdsHooks.Suggestion(fullLabel, UUID.randomUUID().toString(), true, List.of(action));
	}

	/**
	 * The generated schedule to the target, or to the protocol's usual target if the
	 * tablets cannot make it: with the ordered product when it can make every dose, else
	 * with the stored tablets (and the suggestion then names the product change).
	 */
	private List<PlanStep> labelSchedule(BigDecimal target, PatientRules patient, OralProduct ordered) {
		List<OralProduct> products = new ArrayList<>();
		if (ordered != null) {
			products.add(ordered);
		}
		products.add(rules().product(null));
		for (OralProduct product : products) {
			for (BigDecimal candidate : List.of(target, this.stored.defaultTargetDailyMg())) {
				try {
					return new PlanGenerator(patient, product).generate(candidate.min(patient.maxDailyMg()));
				}
				catch (PlanRefusedException refused) {
					// the next candidate or product, or no suggestion at all
				}
			}
		}
		return null;
	}

	private static Finding worstFixable(PlanChecker.PlanCheck check) {
		Finding worst = null;
		for (Finding finding : check.findings()) {
			boolean fixable = FIXED_BY_LABEL_SCHEDULE.contains(finding.rule()) || finding.rule() == Rule.ABRUPT_STOP;
			if (fixable && (worst == null || finding.severity().compareTo(worst.severity()) > 0)) {
				worst = finding;
			}
		}
		return worst;
	}

	/**
	 * Plan steps as FHIR dosages in sequence; the last is open-ended when it is the dose
	 * to stay on.
	 */
	static List<Dosage> dosages(List<PlanStep> steps, boolean lastOpenEnded) {
		List<Dosage> dosages = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			PlanStep step = steps.get(i);
			boolean openEnded = lastOpenEnded && i == steps.size() - 1;
			Dosage dosage = new Dosage().setSequence(i + 1);
			dosage.setText(PlainNumbers.text(step.doseMg()) + " mg " + Vocabulary.timesDaily(step.timesPerDay())
					+ (openEnded ? " from then on" : " for " + step.days() + " days"));
			if (step.isStopped()) {
				dosage.setText("Stop (after the taper)");
			}
			Timing.TimingRepeatComponent repeat = dosage.getTiming().getRepeat();
			repeat.setFrequency(Math.max(step.timesPerDay(), 1)).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.D);
			if (!openEnded) {
				Duration duration = new Duration();
				duration.setValue(step.days()).setUnit("days").setSystem(Vocabulary.UCUM).setCode("d");
				repeat.setBounds(duration);
			}
			dosage.addDoseAndRate()
				.setDose(new Quantity().setValue(step.doseMg()).setUnit("mg").setSystem(Vocabulary.UCUM).setCode("mg"));
			dosage.setRoute(new CodeableConcept(new Coding(Vocabulary.SNOMED_CT, Vocabulary.ORAL_ROUTE, "Oral route")));
			dosages.add(dosage);
		}
		return dosages;
	}

	private static Indicator indicator(Rule.Severity severity) {
		return switch (severity) {
			case ALERT -> Indicator.critical;
			case CAUTION -> Indicator.warning;
			case INFO -> Indicator.info;
		};
	}

	/**
	 * The stored severity: major critical, minor info; moderate and unrated are warnings
	 * (unrated is not harmless).
	 */
	private static Indicator indicator(Severity severity) {
		return switch (severity) {
			case MAJOR -> Indicator.critical;
			case MODERATE, UNKNOWN -> Indicator.warning;
			case MINOR -> Indicator.info;
		};
	}

	private static Indicator indicator(SafetyItem item) {
		if (item.getKind() == SafetyKind.CONTRAINDICATION) {
			return Indicator.critical;
		}
		return (item.isBoxedWarning() || item.getKind() == SafetyKind.WARNING) ? Indicator.warning : Indicator.info;
	}

	private static String kindWord(SafetyItem item) {
		return switch (item.getKind()) {
			case CONTRAINDICATION -> "contraindication";
			case WARNING -> item.isBoxedWarning() ? "boxed warning" : "warning";
			case PRECAUTION -> "precaution";
			case PREGNANCY -> "pregnancy advice";
			case LACTATION -> "breastfeeding advice";
			case OVERDOSE -> "overdose advice";
		};
	}

	private static String page(Rule rule) {
		return switch (rule) {
			case RENAL -> "/dosing/renal";
			case ABRUPT_STOP -> "/dosing/discontinuation";
			default -> "/dosing/oral";
		};
	}

	private Card card(CardKind kind, String summary, String detail, Indicator indicator, String path,
			List<CdsHooks.Suggestion> suggestions) {
		return this.cards.card(kind, summary, detail, indicator, path, suggestions);
	}

	private static CardKind kind(Rule rule) {
		return switch (rule) {
			case RENAL -> CardKind.RENAL;
			case ABRUPT_STOP -> CardKind.TAPER;
			default -> CardKind.DOSE;
		};
	}

	/** The engine's message without its step prefix, up to its first sentence. */
	static String firstSentence(String message) {
		String text = message.replaceFirst("^Step \\d+: ", "");
		int end = text.indexOf(". ");
		return (end > 0) ? text.substring(0, end + 1) : text;
	}

	private static String sources(List<Source> sources) {
		return "Sources: " + String.join(", ",
				sources.stream().map((source) -> source.getCode() + " " + source.getTitle()).toList());
	}

}
