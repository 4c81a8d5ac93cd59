package org.baclofen.reference.editor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import org.baclofen.reference.content.EditableContent;
import org.baclofen.reference.dosing.AgeGroup;
import org.baclofen.reference.dosing.IntrathecalTitrationLimit;
import org.baclofen.reference.dosing.SpasticityOrigin;
import org.baclofen.reference.kind.ContentAdmin;
import org.baclofen.reference.kind.ContentAdmins;
import org.baclofen.reference.kind.ContentForm;
import org.baclofen.reference.titration.IntrathecalCheckRequest;
import org.baclofen.reference.titration.IntrathecalCheckService;
import org.baclofen.reference.titration.IntrathecalChecker;
import org.baclofen.reference.titration.PlanGenerator;
import org.baclofen.reference.titration.PlanStep;
import org.baclofen.reference.titration.TaperPlanner;
import org.baclofen.reference.titration.TitrationRules;
import org.baclofen.reference.titration.TitrationRulesSource;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a draft of the rule data the tools use would do to reference plans: the label
 * climb to 80 mg/day, the same climb at a creatinine clearance of 25 mL/min, a taper from
 * 80 mg/day over the shortest taper the rules allow, and an intrathecal maintenance
 * increase from 400 to 480 mcg/day. "After" is computed by the tools' own engine on the
 * draft's numbers, inside a transaction that is always rolled back: nothing of the draft
 * is ever committed to the published tables, and no other reader sees it.
 */
@Component
class PlanEffects {

	/** The kinds whose numbers the titration tools read. */
	static final Set<String> RULE_KINDS = Set.of("titration-protocols", "renal-bands", "discontinuation-guidance",
			"dosage-forms", "intrathecal-titration-limits", "intrathecal-maintenance-ranges");

	private static final BigDecimal LABEL_TARGET_MG = BigDecimal.valueOf(80);

	private static final BigDecimal REFERENCE_CRCL = BigDecimal.valueOf(25);

	private static final BigDecimal TAPER_FROM_DOSE_MG = BigDecimal.valueOf(20);

	private static final int TAPER_FROM_TIMES_A_DAY = 4;

	/** One reference plan before and after the draft, each as lines to show. */
	public record Effect(String name, List<String> before, List<String> after) {

		public boolean changed() {
			return !this.before.equals(this.after);
		}

	}

	private final TransactionTemplate rolledBack;

	private final TitrationRulesSource rules;

	private final IntrathecalCheckService intrathecal;

	private final ContentAdmins admins;

	private final DraftForms forms;

	private final EntityManager entityManager;

	private final MessageSource messages;

	private final ContentEditing editing;

	PlanEffects(PlatformTransactionManager transactions, TitrationRulesSource rules,
			IntrathecalCheckService intrathecal, ContentAdmins admins, DraftForms forms, EntityManager entityManager,
			MessageSource messages, ContentEditing editing) {
		this.rolledBack = new TransactionTemplate(transactions);
		// Always a transaction of its own, so rolling it back never touches a caller's
		// work.
		this.rolledBack.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.rules = rules;
		this.intrathecal = intrathecal;
		this.admins = admins;
		this.forms = forms;
		this.entityManager = entityManager;
		this.messages = messages;
		this.editing = editing;
	}

	/**
	 * The effects for a draft of rule data; empty for other kinds, which no tool computes
	 * with.
	 */
	List<Effect> of(Draft draft) {
		if (!RULE_KINDS.contains(draft.getKind())) {
			return List.of();
		}
		return this.rolledBack.execute((transaction) -> {
			transaction.setRollbackOnly();
			List<List<String>> before = referencePlans();
			List<String> names = referenceNames();
			List<List<String>> after;
			try {
				applyUncommitted(draft, this.admins.get(draft.getKind()));
				this.entityManager.clear();
				after = referencePlans();
			}
			catch (RuntimeException unusable) {
				String line = message("review.effect.unusable", unusable.getMessage());
				after = before.stream().map((plan) -> List.of(line)).toList();
			}
			List<Effect> effects = new ArrayList<>();
			for (int i = 0; i < names.size(); i++) {
				effects.add(new Effect(names.get(i), before.get(i), after.get(i)));
			}
			return effects;
		});
	}

	private <E extends EditableContent, F extends ContentForm> void applyUncommitted(Draft draft,
			ContentAdmin<E, F> admin) {
		F form = (draft.getAction() == DraftAction.DELETE) ? null : this.forms.read(admin, draft);
		this.editing.applyUncommitted(admin, draft.getItemId(), form);
	}

	private List<String> referenceNames() {
		return List.of(message("review.effects.labelPlan"), message("review.effects.renalPlan"),
				message("review.effects.taper"), message("review.effects.intrathecal"));
	}

	private List<List<String>> referencePlans() {
		TitrationRules current;
		try {
			current = this.rules.load().rules();
		}
		catch (RuntimeException unreadable) {
			List<String> line = List.of(message("review.effect.unusable", unreadable.getMessage()));
			return List.of(line, line, line, intrathecalCheck());
		}
		return List.of(lines(() -> new PlanGenerator(current).generate(LABEL_TARGET_MG, null)),
				lines(() -> new PlanGenerator(current).generate(LABEL_TARGET_MG,
						current.renalBand(REFERENCE_CRCL).orElse(null))),
				lines(() -> new TaperPlanner(current).taper(TAPER_FROM_DOSE_MG, TAPER_FROM_TIMES_A_DAY,
						current.minTaperDays())),
				intrathecalCheck());
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
			return List.of(message("review.effect.refused", refused.getMessage()));
		}
	}

	private List<String> intrathecalCheck() {
		IntrathecalCheckRequest request = new IntrathecalCheckRequest();
		request.setOrigin(SpasticityOrigin.SPINAL);
		request.setAgeGroup(AgeGroup.ADULT);
		request.setPhase(IntrathecalTitrationLimit.Phase.MAINTENANCE);
		request.setCurrentMcgPerDay(BigDecimal.valueOf(400));
		request.setProposedMcgPerDay(BigDecimal.valueOf(480));
		IntrathecalChecker.IntrathecalCheck check = this.intrathecal.check(request);
		List<String> lines = new ArrayList<>();
		lines.add((check.changeMessage() != null) ? check.changeMessage() : check.changeStatus().name());
		if (check.rangeMessage() != null) {
			lines.add(check.rangeMessage());
		}
		return lines;
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.ENGLISH);
	}

}
