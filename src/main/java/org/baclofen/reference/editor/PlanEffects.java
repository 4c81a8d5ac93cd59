package org.baclofen.reference.editor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.baclofen.reference.content.EditableContent;
import org.baclofen.reference.dosing.DiscontinuationGuidance;
import org.baclofen.reference.dosing.DosageForm;
import org.baclofen.reference.dosing.IntrathecalMaintenanceRange;
import org.baclofen.reference.dosing.IntrathecalTitrationLimit;
import org.baclofen.reference.dosing.OralAgeRule;
import org.baclofen.reference.dosing.RenalBand;
import org.baclofen.reference.dosing.TitrationProtocol;
import org.baclofen.reference.dosing.WeightStartDose;
import org.baclofen.reference.kind.ContentAdmin;
import org.baclofen.reference.kind.ContentAdmins;
import org.baclofen.reference.kind.ContentForm;
import org.baclofen.reference.titration.IntrathecalChecker;
import org.baclofen.reference.titration.PlanGenerator;
import org.baclofen.reference.titration.PlanStep;
import org.baclofen.reference.titration.TaperPlanner;
import org.baclofen.reference.titration.TitrationRules;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a draft of the rule data the tools use would do to the reference plans (stored
 * rows, see {@link ReferencePlan}). "Before" and "after" are computed by the tools'
 * plain-Java engine from the published rule rows and from the same rows with the draft's
 * change in place ({@link RuleRows}); nothing of the draft is written anywhere.
 */
@Component
class PlanEffects {

	/** The kinds whose numbers the titration tools read. */
	static final Set<String> RULE_KINDS = Set.of("titration-protocols", "renal-bands", "discontinuation-guidance",
			"dosage-forms", "intrathecal-titration-limits", "intrathecal-maintenance-ranges", "oral-age-rules",
			"weight-start-doses");

	/** One reference plan before and after the draft, each as lines to show. */
	public record Effect(String name, List<String> before, List<String> after) {

		public boolean changed() {
			return !this.before.equals(this.after);
		}

	}

	private final ContentAdmins admins;

	private final DraftForms forms;

	private final ReferencePlanRepository referencePlans;

	private final MessageSource messages;

	private final Clock clock;

	PlanEffects(ContentAdmins admins, DraftForms forms, ReferencePlanRepository referencePlans, MessageSource messages,
			Clock clock) {
		this.admins = admins;
		this.forms = forms;
		this.referencePlans = referencePlans;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The effects for a draft of rule data; empty for other kinds, which no tool computes
	 * with.
	 */
	@Transactional(readOnly = true)
	List<Effect> of(Draft draft) {
		if (!RULE_KINDS.contains(draft.getKind())) {
			return List.of();
		}
		List<ReferencePlan> plans = this.referencePlans.findAllByOrderBySortOrderAsc();
		RuleRows published = published();
		List<List<String>> before = linesOf(plans, published);
		List<List<String>> after;
		try {
			after = linesOf(plans, withDraft(published, draft));
		}
		catch (RuntimeException unusable) {
			String line = message("review.effect.unusable", reasonOf(unusable));
			after = plans.stream().map((plan) -> List.of(line)).toList();
		}
		List<Effect> effects = new ArrayList<>();
		for (int i = 0; i < plans.size(); i++) {
			effects.add(new Effect(nameOf(plans.get(i)), before.get(i), after.get(i)));
		}
		return effects;
	}

	/** The reference plans with their names, for the page that lists them. */
	@Transactional(readOnly = true)
	List<String> referencePlanNames() {
		return this.referencePlans.findAllByOrderBySortOrderAsc().stream().map(this::nameOf).toList();
	}

	private RuleRows published() {
		return new RuleRows(this.admins.<TitrationProtocol, ContentForm>get("titration-protocols").findAll(),
				this.admins.<DiscontinuationGuidance, ContentForm>get("discontinuation-guidance").findAll(),
				this.admins.<RenalBand, ContentForm>get("renal-bands").findAll(),
				this.admins.<DosageForm, ContentForm>get("dosage-forms").findAll(),
				this.admins.<IntrathecalTitrationLimit, ContentForm>get("intrathecal-titration-limits").findAll(),
				this.admins.<IntrathecalMaintenanceRange, ContentForm>get("intrathecal-maintenance-ranges").findAll(),
				this.admins.<OralAgeRule, ContentForm>get("oral-age-rules").findAll(),
				this.admins.<WeightStartDose, ContentForm>get("weight-start-doses").findAll());
	}

	/** The published rows with the draft's change in place, by the draft's rule kind. */
	private RuleRows withDraft(RuleRows published, Draft draft) {
		Long id = draft.getItemId();
		return switch (draft.getKind()) {
			case "titration-protocols" -> published.withProtocol(id, drafted(draft));
			case "discontinuation-guidance" -> published.withDiscontinuation(id, drafted(draft));
			case "renal-bands" -> published.withRenalBand(id, drafted(draft));
			case "dosage-forms" -> published.withDosageForm(id, drafted(draft));
			case "intrathecal-titration-limits" -> published.withIntrathecalLimit(id, drafted(draft));
			case "intrathecal-maintenance-ranges" -> published.withIntrathecalRange(id, drafted(draft));
			case "oral-age-rules" -> published.withAgeRule(id, drafted(draft));
			case "weight-start-doses" -> published.withWeightStart(id, drafted(draft));
			default -> throw new IllegalArgumentException("Not a rule kind: " + draft.getKind());
		};
	}

	/**
	 * The row as the draft would make it, built only for this and never saved; null for a
	 * deletion.
	 */
	private <E extends EditableContent, F extends ContentForm> E drafted(Draft draft) {
		if (draft.getAction() == DraftAction.DELETE) {
			return null;
		}
		ContentAdmin<E, F> admin = this.admins.get(draft.getKind());
		return admin.create(this.forms.read(admin, draft), LocalDate.now(this.clock));
	}

	private List<List<String>> linesOf(List<ReferencePlan> plans, RuleRows rows) {
		return plans.stream().map((plan) -> linesOf(plan, rows)).toList();
	}

	private List<String> linesOf(ReferencePlan plan, RuleRows rows) {
		if (plan.getKind() == ReferencePlan.Kind.INTRATHECAL_CHANGE) {
			return intrathecalLines(plan, rows);
		}
		TitrationRules rules;
		try {
			rules = rows.titrationRules();
		}
		catch (RuntimeException unusable) {
			return List.of(message("review.effect.unusable", reasonOf(unusable)));
		}
		if (plan.getKind() == ReferencePlan.Kind.ORAL_TAPER) {
			return lines(() -> new TaperPlanner(rules).taper(plan.getTaperDoseMg(), plan.getTaperTimesPerDay(),
					rules.minTaperDays()));
		}
		return lines(() -> new PlanGenerator(rules).generate(plan.getTargetDailyMg(),
				(plan.getCrclMlPerMin() == null) ? null : rules.renalBand(plan.getCrclMlPerMin()).orElse(null)));
	}

	private List<String> lines(Supplier<List<PlanStep>> plan) {
		try {
			return plan.get()
				.stream()
				.map((step) -> message("review.effect.step", step.days(), step.doseMg().toPlainString(),
						step.timesPerDay(), step.dailyMg().toPlainString()))
				.toList();
		}
		catch (RuntimeException refused) {
			return List.of(message("review.effect.refused", reasonOf(refused)));
		}
	}

	private List<String> intrathecalLines(ReferencePlan plan, RuleRows rows) {
		IntrathecalChecker.IntrathecalCheck check;
		try {
			check = rows.intrathecalChecker()
				.check(plan.getOrigin(), plan.getAgeGroup(), plan.getPhase(), plan.getCurrentMcgPerDay(),
						plan.getProposedMcgPerDay());
		}
		catch (RuntimeException unusable) {
			return List.of(message("review.effect.unusable", reasonOf(unusable)));
		}
		List<String> lines = new ArrayList<>();
		lines.add((check.changeMessage() != null) ? check.changeMessage() : check.changeStatus().name());
		if (check.rangeMessage() != null) {
			lines.add(check.rangeMessage());
		}
		return lines;
	}

	/** The plan's name, in its own numbers. */
	String nameOf(ReferencePlan plan) {
		return switch (plan.getKind()) {
			case ORAL_TITRATION ->
				(plan.getCrclMlPerMin() == null) ? message("review.effects.labelPlan", plain(plan.getTargetDailyMg()))
						: message("review.effects.renalPlan", plain(plan.getTargetDailyMg()),
								plain(plan.getCrclMlPerMin()));
			case ORAL_TAPER ->
				message("review.effects.taper", plain(plan.getTaperDoseMg()), plan.getTaperTimesPerDay());
			case INTRATHECAL_CHANGE -> message("review.effects.intrathecal", plain(plan.getCurrentMcgPerDay()),
					plain(plan.getProposedMcgPerDay()), resolvable("intrathecal.phase." + plan.getPhase().name()),
					resolvable("ageGroup." + plan.getAgeGroup().name()),
					resolvable("origin." + plan.getOrigin().name()));
		};
	}

	/** A refusal's own message: a draft that cannot be read says why in words. */
	private String reasonOf(RuntimeException refused) {
		return (refused instanceof MessageSourceResolvable resolvable)
				? this.messages.getMessage(resolvable, Locale.ENGLISH) : refused.getMessage();
	}

	private static MessageSourceResolvable resolvable(String key) {
		return new DefaultMessageSourceResolvable(key);
	}

	private static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.ENGLISH);
	}

}
