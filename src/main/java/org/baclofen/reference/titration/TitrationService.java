package org.baclofen.reference.titration;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

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
	 * A dated plan with the rules, product and renal band that shaped it. For a plan
	 * lowered by a band, {@code reducedTargetDailyMg} is what the band allows for the
	 * target and {@code lengthenedSteps} the steps held longer than an interval because
	 * the product could give no more for the next one.
	 */
	public record DatedPlan(StoredRules stored, LocalDate start, OralProduct product, BigDecimal targetDailyMg,
			BigDecimal crclMlPerMin, boolean dialysis, RenalBandRule renalBand, BigDecimal reducedTargetDailyMg,
			BigDecimal maxDailyMg, List<ScheduledStep> steps, List<Integer> lengthenedSteps) {

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

		/** For a taper: whether the current daily dose is above the daily maximum. */
		public boolean aboveCap() {
			return this.targetDailyMg.compareTo(this.maxDailyMg) > 0;
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
		TitrationRules rules = stored.rules();
		OralProduct product = rules.product(request.getProduct());
		BigDecimal target = (request.getTargetDailyMg() != null) ? request.getTargetDailyMg()
				: stored.defaultTargetDailyMg();
		BigDecimal crcl = request.resolveCrcl();
		RenalBandRule band = rules.renalBand(crcl, request.isDialysis()).orElse(null);
		List<PlanStep> steps = new PlanGenerator(rules, product).generate(target, band);
		BigDecimal reduced = (band == null || band.allowedDailyMg(target).compareTo(target) >= 0) ? null
				: band.allowedDailyMg(target);
		List<Integer> lengthened = new ArrayList<>();
		for (int i = 0; reduced != null && i < steps.size(); i++) {
			if (steps.get(i).days() > rules.intervalDays()) {
				lengthened.add(i + 1);
			}
		}
		return new DatedPlan(stored, start, product, target, crcl, request.isDialysis(), band, reduced,
				rules.maxDailyMg(band), ScheduledStep.schedule(steps, start, product), List.copyOf(lengthened));
	}

	/**
	 * @throws PlanRefusedException when the inputs cannot make a taper, naming the input
	 * at fault
	 */
	public DatedPlan taper(TaperRequest request) {
		LocalDate start = plausibleStart(request.getStart());
		StoredRules stored = rules();
		TitrationRules rules = stored.rules();
		OralProduct product = rules.product(request.getProduct());
		int days = (request.getTaperDays() != null) ? request.getTaperDays() : rules.minTaperDays();
		List<PlanStep> steps = new TaperPlanner(rules, product).taper(request.getCurrentDoseMg(),
				request.getTimesPerDay(), days);
		return new DatedPlan(stored, start, product,
				request.getCurrentDoseMg().multiply(BigDecimal.valueOf(request.getTimesPerDay())), null, false, null,
				null, rules.maxDailyMg(), ScheduledStep.schedule(steps, start, product), List.of());
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
		PlanChecker.PlanCheck check = new PlanChecker(stored.rules()).check(steps, request.getCrclMlPerMin(),
				request.isDialysis(), request.isContinuing());
		return new CheckedPlan(stored, check, ScheduledStep.schedule(steps, (LocalDate) null, null));
	}

}
