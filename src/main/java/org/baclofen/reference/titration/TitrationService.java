package org.baclofen.reference.titration;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.baclofen.reference.titration.TitrationRulesSource.StoredRules;
import org.springframework.stereotype.Service;

/**
 * Plans, tapers and checks with the rules as currently stored. Web pages and the JSON API both go
 * through here, so they always agree.
 */
@Service
public class TitrationService {

	/** A schedule starts at most this far in the past or the future; anything else is a typing mistake. */
	private static final Period START_WINDOW_BACK = Period.ofYears(1);

	private static final Period START_WINDOW_AHEAD = Period.ofYears(2);

	private final TitrationRulesSource rulesSource;

	private final Clock clock;

	TitrationService(TitrationRulesSource rulesSource, Clock clock) {
		this.rulesSource = rulesSource;
		this.clock = clock;
	}

	/** A dated plan with the rules and renal band that shaped it. */
	public record DatedPlan(StoredRules stored, BigDecimal targetDailyMg, BigDecimal crclMlPerMin,
			RenalBandRule renalBand, BigDecimal maxDailyMg, List<ScheduledStep> steps) {
	}

	/** A checked plan: the verdict and findings next to the steps as laid out day by day. */
	public record CheckedPlan(StoredRules stored, PlanChecker.PlanCheck check, List<ScheduledStep> steps) {

		public List<Finding> findingsFor(int step) {
			return this.check.findingsFor(step);
		}

	}

	/** The rules as stored now; load them once per request and pass them to the methods below. */
	public StoredRules rules() {
		return this.rulesSource.load();
	}

	/** @throws PlanRefusedException when the inputs cannot make a plan, naming the input at fault */
	public DatedPlan plan(StoredRules stored, PlanRequest request) {
		requirePlausibleStart(request.getStart());
		TitrationRules rules = stored.rules();
		BigDecimal target = (request.getTargetDailyMg() != null) ? request.getTargetDailyMg()
				: stored.defaultTargetDailyMg();
		BigDecimal crcl = request.resolveCrcl();
		RenalBandRule band = (crcl == null) ? null : rules.renalBand(crcl).orElse(null);
		List<PlanStep> steps = new PlanGenerator(rules).generate(target, band);
		return new DatedPlan(stored, target, crcl, band, rules.maxDailyMg(band),
				ScheduledStep.schedule(steps, request.getStart(), rules.tablets()));
	}

	/** @throws PlanRefusedException when the inputs cannot make a taper, naming the input at fault */
	public DatedPlan taper(StoredRules stored, TaperRequest request) {
		requirePlausibleStart(request.getStart());
		TitrationRules rules = stored.rules();
		int days = (request.getTaperDays() != null) ? request.getTaperDays() : rules.minTaperDays();
		if (!rules.tablets().canMake(request.getCurrentDoseMg())) {
			throw new PlanRefusedException("currentDoseMg", "A dose of " + PlanGenerator.plain(request.getCurrentDoseMg())
					+ " mg cannot be made from the tablets (steps of " + PlanGenerator.plain(rules.tablets().unit())
					+ " mg).");
		}
		List<PlanStep> steps = new TaperPlanner(rules).taper(request.getCurrentDoseMg(), request.getTimesPerDay(), days);
		return new DatedPlan(stored, request.getCurrentDoseMg().multiply(BigDecimal.valueOf(request.getTimesPerDay())),
				null, null, rules.maxDailyMg(), ScheduledStep.schedule(steps, request.getStart(), rules.tablets()));
	}

	private void requirePlausibleStart(LocalDate start) {
		LocalDate today = LocalDate.now(this.clock);
		if (start.isBefore(today.minus(START_WINDOW_BACK)) || start.isAfter(today.plus(START_WINDOW_AHEAD))) {
			throw new PlanRefusedException("start", "Choose a start date between " + today.minus(START_WINDOW_BACK)
					+ " and " + today.plus(START_WINDOW_AHEAD) + ".");
		}
	}

	public CheckedPlan check(StoredRules stored, PlanCheckRequest request) {
		List<PlanStep> steps = request.toPlanSteps();
		PlanChecker.PlanCheck check = new PlanChecker(stored.rules()).check(steps, request.getCrclMlPerMin(),
				request.isContinuing());
		return new CheckedPlan(stored, check, ScheduledStep.schedule(steps, (LocalDate) null, stored.rules().tablets()));
	}

}
