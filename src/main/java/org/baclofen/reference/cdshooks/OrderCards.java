package org.baclofen.reference.cdshooks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

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
import org.baclofen.reference.titration.PlanChecker;
import org.baclofen.reference.titration.PlanGenerator;
import org.baclofen.reference.titration.PlanRefusedException;
import org.baclofen.reference.titration.PlanStep;
import org.baclofen.reference.titration.RenalBandRule;
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
import tools.jackson.databind.JsonNode;

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

	private static final String SOURCE_LABEL = "Baclofen Reference";

	private final String appBaseUrl;

	private final StoredRules stored;

	private final Function<MedicationRequest, JsonNode> toJson;

	/**
	 * @param appBaseUrl the app's address, for the cards' links to its pages
	 * @param toJson writes a suggested order as the client's FHIR JSON
	 */
	public OrderCards(String appBaseUrl, StoredRules stored, Function<MedicationRequest, JsonNode> toJson) {
		this.appBaseUrl = appBaseUrl.replaceAll("/+$", "");
		this.stored = stored;
		this.toJson = toJson;
	}

	/**
	 * The cards for one baclofen order.
	 * @param currentRegimen the dose the patient takes now (from an active order), or
	 * null if none is known
	 * @param kidney the latest kidney function, or null
	 */
	public List<Card> forOrder(MedicationRequest order, PlanStep currentRegimen, KidneyFunction kidney) {
		if (isIntrathecal(order)) {
			return List.of(card("Intrathecal baclofen order: not checked against the oral titration rules.",
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
				return List
					.of(card("Baclofen is being stopped; the current dose is unknown, so the taper was not checked.",
							"Reduce gradually over at least " + rules().minTaperDays()
									+ " days unless a serious adverse reaction requires rapid withdrawal; "
									+ "abrupt withdrawal can cause hallucinations and seizures.",
							Indicator.warning, "/dosing/discontinuation", List.of()));
			}
			steps.add(new PlanStep(1, BigDecimal.ZERO, 0));
		}
		else {
			DosageReader.Reading reading = DosageReader.read(order);
			if (!reading.isReadable()) {
				return List.of(card("Baclofen dose not checked: " + reading.problem() + ".",
						"Enter the schedule in the titration checker to check it against the stored rules.",
						Indicator.info, "/titration/check", List.of()));
			}
			steps.addAll(reading.steps());
		}
		BigDecimal crcl = (kidney != null) ? kidney.value() : null;
		PlanChecker.PlanCheck check = new PlanChecker(rules()).check(steps, crcl, currentRegimen != null);
		List<Card> cards = new ArrayList<>();
		CdsHooks.Suggestion fix = suggestion(order, check, steps, currentRegimen, crcl);
		Finding fixedFinding = (fix == null) ? null : worstFixable(check);
		for (Finding finding : check.findings()) {
			String detail = finding.message()
					+ ((currentRegimen != null) ? " (Step 1 is the patient's current regimen from the "
							+ "active order; the order's dosages follow.)" : "")
					+ ((finding.rule() == Rule.RENAL && kidney != null) ? " " + kidneyNote(kidney) : "");
			cards.add(card("Baclofen: " + firstSentence(finding.message()), detail, indicator(finding.severity()),
					page(finding.rule()), (finding == fixedFinding) ? List.of(fix) : List.of()));
		}
		boolean renalFinding = check.findings().stream().anyMatch((finding) -> finding.rule() == Rule.RENAL);
		if (kidney != null && check.renalBand() != null && !renalFinding) {
			cards.add(card(
					"Baclofen: " + kidney.describe() + " lowers the daily maximum; this order stays within "
							+ PlainNumbers.text(rules().maxDailyMg(check.renalBand())) + " mg/day.",
					check.renalBand().describe(rules().maxDailyMg()) + ". " + kidneyNote(kidney), Indicator.info,
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
				cards.add(card(
						"Baclofen + " + interaction.getInteractant() + " (" + medicines + "): interaction, "
								+ "severity " + severityLabel(screening, interaction.getSeverity()) + ".",
						interaction.getEffect() + "\n\n" + interaction.getManagement() + "\n\n"
								+ sources(interaction.getSources()),
						indicator(interaction.getSeverity()), "/interactions#" + interaction.getSlug(), List.of()));
			}
		}
		for (ScreeningResult.ConditionWarning warning : screening.conditionWarnings()) {
			SafetyItem item = warning.item();
			cards.add(card(
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
	 */
	public Card notChecked(List<Prefetch> missing) {
		String what = String.join(", ", missing.stream().map(Prefetch::description).toList());
		return card("Not checked: " + what + ".",
				"The request did not include this data (prefetch) and gave no FHIR server with an access "
						+ "token to fetch it from, or fetching it failed. Interactions, condition warnings "
						+ "and the renal band depend on it.",
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
			PlanStep currentRegimen, BigDecimal crcl) {
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
			replacement = new TaperPlanner(rules()).taper(from.doseMg(), from.timesPerDay(), rules().minTaperDays());
			label = "Taper over at least " + rules().minTaperDays() + " days before stopping";
		}
		else {
			if (currentRegimen != null) {
				return null;
			}
			BigDecimal highest = steps.stream().map(PlanStep::dailyMg).max(BigDecimal::compareTo).orElseThrow();
			BigDecimal target = highest.min(rules().maxDailyMg());
			RenalBandRule band = check.renalBand();
			replacement = labelSchedule(target, band);
			if (replacement == null) {
				return null;
			}
			label = "Use the label titration schedule to "
					+ PlainNumbers.text(replacement.get(replacement.size() - 1).dailyMg()) + " mg/day";
		}
		if (new PlanChecker(rules()).check(replacement, crcl, worst.rule() == Rule.ABRUPT_STOP)
			.verdict() != Verdict.OK) {
			return null;
		}
		MedicationRequest replaced = order.copy();
		replaced.setStatus(order.getStatus() == MedicationRequest.MedicationrequestStatus.STOPPED
				? MedicationRequest.MedicationrequestStatus.DRAFT : order.getStatus());
		replaced.setDosageInstruction(dosages(replacement, worst.rule() != Rule.ABRUPT_STOP));
		CdsHooks.Action action = new CdsHooks.Action("update", label + " (replaces the order's dosage instructions).",
				this.toJson.apply(replaced));
		return new CdsHooks.Suggestion(label, UUID.randomUUID().toString(), true, List.of(action));
	}

	/**
	 * The generated schedule to the target, or to the protocol's usual target if the
	 * tablets cannot make it.
	 */
	private List<PlanStep> labelSchedule(BigDecimal target, RenalBandRule band) {
		for (BigDecimal candidate : List.of(target, this.stored.defaultTargetDailyMg())) {
			try {
				return new PlanGenerator(rules()).generate(candidate, band);
			}
			catch (PlanRefusedException refused) {
				// the next candidate, or no suggestion at all
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

	private static String kidneyNote(KidneyFunction kidney) {
		return kidney.isEstimatedGfr()
				? "Kidney function: " + kidney.describe()
						+ ", used in place of a Cockcroft-Gault CrCl, which the bands were grouped by."
				: "Kidney function: " + kidney.describe() + ".";
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

	private Card card(String summary, String detail, Indicator indicator, String path,
			List<CdsHooks.Suggestion> suggestions) {
		return new Card(UUID.randomUUID().toString(), summary(summary), detail, indicator,
				new CdsHooks.Source(SOURCE_LABEL, this.appBaseUrl + path), suggestions,
				suggestions.isEmpty() ? null : "at-most-one", List.of());
	}

	/** Shortened at a word to fit the specification's limit. */
	static String summary(String text) {
		if (text.length() <= Card.MAX_SUMMARY) {
			return text;
		}
		String cut = text.substring(0, Card.MAX_SUMMARY - 1);
		int space = cut.lastIndexOf(' ');
		return ((space > Card.MAX_SUMMARY / 2) ? cut.substring(0, space) : cut) + "…";
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
