package org.baclofen.reference.titration;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import org.baclofen.reference.dosing.KidneyFunctionInput;
import org.baclofen.reference.titration.TitrationRulesSource.StoredRules;
import org.springframework.stereotype.Service;

/**
 * Plans, tapers and checks with the rules as currently stored. Web pages and the JSON API
 * both go through here, so they always agree.
 */
@Service
public class TitrationService {

	/**
	 * A schedule starts at most this far in the past or the future; anything else is a
	 * typing mistake.
	 */
	private static final Period START_WINDOW_BACK = Period.ofYears(1);

	private static final Period START_WINDOW_AHEAD = Period.ofYears(2);

	private final TitrationRulesSource rulesSource;

	private final Clock clock;

	TitrationService(TitrationRulesSource rulesSource, Clock clock) {
		this.rulesSource = rulesSource;
		this.clock = clock;
	}

	/**
	 * A dated plan with the rules, product, kidney row and age band that shaped it
	 * ({@code applied}). For a plan lowered by a kidney row, {@code reducedTargetDailyMg}
	 * is what the row allows for the target and {@code lengthenedSteps} the steps held
	 * longer than an interval because the product could give no more for the next one.
	 * For a taper, {@code targetDailyMg} is the daily dose it starts from.
	 */
	public record DatedPlan(StoredRules stored, LocalDate start, OralProduct product, BigDecimal targetDailyMg,
			PatientRules applied, BigDecimal reducedTargetDailyMg, BigDecimal maxDailyMg, List<ScheduledStep> steps,
			List<Integer> lengthenedSteps) {

		public BigDecimal crclMlPerMin() {
			return this.applied.patient().crclMlPerMin();
		}

		public boolean dialysis() {
			return this.applied.patient().dialysis();
		}

		/** The kidney row applied, or null. */
		public RenalBandRule renalBand() {
			return this.applied.renalBand();
		}

		/**
		 * The kidney row's two numbers in words: its reduction of the dose the patient
		 * would otherwise take, and its ceiling; null without a row.
		 */
		public String renalMeaning() {
			return (renalBand() == null) ? null : renalBand().meaning(this.stored.rules().maxDailyMg());
		}

		/** For a taper: whether it starts above the patient's kidney or age ceiling. */
		public boolean startsAboveCeiling() {
			BigDecimal ceiling = this.applied.ceilingMg();
			return ceiling != null && this.targetDailyMg.compareTo(ceiling) > 0;
		}

		/**
		 * The daily total of the last running step: what the plan reaches, or what a
		 * taper starts from.
		 */
		public BigDecimal finalDailyMg() {
			return this.steps.stream()
				.filter((step) -> !step.isStopped())
				.reduce((first, second) -> second)
				.map(ScheduledStep::dailyMg)
				.orElse(BigDecimal.ZERO);
		}

		/**
		 * Whether the product stops short of what the band allows, so the plan's top is
		 * lower still.
		 */
		public boolean productFallsShort() {
			return this.reducedTargetDailyMg != null && finalDailyMg().compareTo(this.reducedTargetDailyMg) < 0;
		}

		/** For a taper: whether the current daily dose is above the label maximum. */
		public boolean aboveCap() {
			return this.targetDailyMg.compareTo(this.stored.rules().maxDailyMg()) > 0;
		}

	}

	/**
	 * A checked plan: the verdict and findings next to the steps as laid out day by day.
	 */
	public record CheckedPlan(StoredRules stored, PlanChecker.PlanCheck check, List<ScheduledStep> steps) {

		public List<Finding> findingsFor(int step) {
			return this.check.findingsFor(step);
		}

	}

	/**
	 * The rules as stored now, for a form that shows them before anything is planned or
	 * checked.
	 */
	public StoredRules rules() {
		return this.rulesSource.load();
	}

	/**
	 * @throws PlanRefusedException when the inputs cannot make a plan, naming the input
	 * at fault
	 */
	public DatedPlan plan(PlanRequest request) {
		LocalDate start = plausibleStart(request.getStart());
		StoredRules stored = rules();
		PatientRules applied = PatientRules.of(stored.rules(), patient(request));
		OralProduct product = stored.rules().product(request.getProduct());
		BigDecimal target = (request.getTargetDailyMg() != null) ? request.getTargetDailyMg()
				: defaultTarget(stored, applied);
		List<PlanStep> steps = new PlanGenerator(applied, product).generate(target);
		RenalBandRule band = applied.renalBand();
		BigDecimal reduced = (band == null || band.allowedDailyMg(target).compareTo(target) >= 0) ? null
				: band.allowedDailyMg(target);
		List<Integer> lengthened = new ArrayList<>();
		for (int i = 0; reduced != null && i < steps.size(); i++) {
			if (steps.get(i).days() > applied.rules().intervalDays()) {
				lengthened.add(i + 1);
			}
		}
		return new DatedPlan(stored, start, product, target, applied, reduced, applied.maxDailyMg(),
				ScheduledStep.schedule(steps, start, product), List.copyOf(lengthened));
	}

	/** The label's usual target, or the age ceiling where that is lower. */
	private static BigDecimal defaultTarget(StoredRules stored, PatientRules applied) {
		BigDecimal usual = stored.defaultTargetDailyMg();
		BigDecimal ageCeiling = applied.ageCeilingMg();
		return (ageCeiling == null) ? usual : usual.min(ageCeiling);
	}

	/**
	 * The patient as the rules see them: the resolved clearance, dialysis, age, weight.
	 */
	static Patient patient(KidneyFunctionInput input) {
		return new Patient(input.resolvedCrclMlPerMin(), input.isDialysis(), input.getAgeYears(), input.getWeightKg());
	}

	/**
	 * @throws PlanRefusedException when the inputs cannot make a taper, naming the input
	 * at fault
	 */
	public DatedPlan taper(TaperRequest request) {
		LocalDate start = plausibleStart(request.getStart());
		StoredRules stored = rules();
		PatientRules applied = PatientRules.of(stored.rules(), patient(request));
		OralProduct product = stored.rules().product(request.getProduct());
		int days = (request.getTaperDays() != null) ? request.getTaperDays() : stored.rules().minTaperDays();
		List<PlanStep> steps = new TaperPlanner(applied, product).taper(request.getCurrentDoseMg(),
				request.getTimesPerDay(), days);
		return new DatedPlan(stored, start, product,
				request.getCurrentDoseMg().multiply(BigDecimal.valueOf(request.getTimesPerDay())), applied, null,
				applied.maxDailyMg(), ScheduledStep.schedule(steps, start, product), List.of());
	}

	/**
	 * The start asked for, or today when none was; refused when it is implausibly far
	 * off.
	 */
	private LocalDate plausibleStart(LocalDate requested) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate start = (requested != null) ? requested : today;
		if (start.isBefore(today.minus(START_WINDOW_BACK)) || start.isAfter(today.plus(START_WINDOW_AHEAD))) {
			throw new PlanRefusedException("start", "Choose a start date between " + today.minus(START_WINDOW_BACK)
					+ " and " + today.plus(START_WINDOW_AHEAD) + ".");
		}
		return start;
	}

	public CheckedPlan check(PlanCheckRequest request) {
		StoredRules stored = rules();
		List<PlanStep> steps = request.toPlanSteps();
		PlanChecker.PlanCheck check = new PlanChecker(stored.rules()).check(patient(request), steps,
				request.isContinuing());
		return new CheckedPlan(stored, check, ScheduledStep.schedule(steps, (LocalDate) null, null));
	}

}
