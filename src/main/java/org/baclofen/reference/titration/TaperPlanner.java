package org.baclofen.reference.titration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.baclofen.reference.system.PlainNumbers;

/**
 * Plans a taper from the current regimen to a stop, each step a dose the chosen product
 * can give and never more doses a day than before. It keeps the stored step rule: no step
 * down removes more than the stored share of the daily dose before the taper (or the
 * stored floor where that is more), each step lasts at least the stored days, and the
 * reductions together last at least the requested length and end at or below the stored
 * end point. The one exception: from above the patient's kidney or age ceiling the first
 * step comes down to that ceiling, and the later steps are measured from it. Every taper
 * it returns checks as OK after the current regimen (apart from findings about the
 * current regimen itself).
 */
public final class TaperPlanner {

	private final PatientRules patient;

	private final TitrationRules.TaperRule rule;

	private final OralProduct product;

	public TaperPlanner(PatientRules patient, OralProduct product) {
		this.patient = patient;
		this.rule = patient.stored().taper();
		this.product = product;
	}

	public TaperPlanner(TitrationRules rules, OralProduct product) {
		this(PatientRules.adult(rules, null), product);
	}

	public TaperPlanner(TitrationRules rules) {
		this(rules, rules.product(null));
	}

	public List<PlanStep> taper(BigDecimal currentDoseMg, int timesPerDay, int taperDays) {
		if (currentDoseMg.signum() <= 0 || timesPerDay < 1) {
			throw new PlanRefusedException("currentDoseMg",
					"A taper needs a current dose above 0 mg, taken at least once a day.");
		}
		if (taperDays < this.rule.minDays()) {
			throw new PlanRefusedException("taperDays", "A taper must last at least " + this.rule.minDays()
					+ " days (the minimum this app's rules use); " + taperDays + " days is too short.");
		}
		BigDecimal currentDaily = currentDoseMg.multiply(BigDecimal.valueOf(timesPerDay));
		List<PlanStep> steps = new ArrayList<>();
		// The taper's doses a day never exceed the current ones, nor what the patient's
		// protocol allows (a child's schedule gives at most 3).
		int times = Math.min(timesPerDay, this.patient.rules().maxAdministrationsPerDay());
		PlanStep current = new PlanStep(1, currentDoseMg, timesPerDay);
		BigDecimal base = currentDaily;
		BigDecimal ceiling = this.patient.ceilingMg();
		if (ceiling != null && currentDaily.compareTo(ceiling) > 0) {
			steps.add(downToCeiling(ceiling, times));
			base = ceiling;
		}
		descend(steps, current, base, taperDays, times);
		steps.add(new PlanStep(1, BigDecimal.ZERO, 0));
		return List.copyOf(steps);
	}

	/**
	 * The first step of a taper from above the ceiling: at most the ceiling and at most
	 * one ordinary step below it, with the most doses a day that can give such a total,
	 * and the highest such total.
	 */
	private PlanStep downToCeiling(BigDecimal ceiling, int timesPerDay) {
		BigDecimal lowest = ceiling.subtract(this.rule.maxStepMg(ceiling));
		PlanStep best = null;
		for (PlanStep option : options(lowest, ceiling, true, timesPerDay)) {
			if (best != null && option.timesPerDay() < best.timesPerDay()) {
				break;
			}
			if (best == null || option.dailyMg().compareTo(best.dailyMg()) > 0) {
				best = option;
			}
		}
		if (best == null) {
			throw new PlanRefusedException("product",
					"The taper comes down first to " + PlainNumbers.text(ceiling) + " mg/day ("
							+ this.patient.ceilingReason() + "), and " + this.product.name()
							+ " cannot give a daily dose between " + PlainNumbers.text(lowest.max(BigDecimal.ZERO))
							+ " and " + PlainNumbers.text(ceiling) + " mg. Choose an oral liquid, which can be "
							+ "measured in smaller doses.");
		}
		return best;
	}

	/**
	 * The reductions after {@code current} (or after the ceiling step already in
	 * {@code steps}): evenly spaced targets from {@code base} towards zero, each step the
	 * makeable total nearest its target within one allowed step of the step before, then
	 * further steps until the stored end point is reached.
	 */
	private void descend(List<PlanStep> steps, PlanStep current, BigDecimal base, int taperDays, int maxTimes) {
		int stepDays = this.rule.stepMinDays();
		BigDecimal most = this.rule.maxStepMg(base);
		BigDecimal endLimit = this.rule.endLimitMg(base);
		int reductions = Math.max(ceilDiv(taperDays, stepDays) + 1,
				base.divide(most, 0, RoundingMode.CEILING).intValue());
		for (int k = 1; k <= reductions; k++) {
			BigDecimal target = base.multiply(BigDecimal.valueOf(reductions - k + 1L))
				.divide(BigDecimal.valueOf(reductions + 1L), 6, RoundingMode.HALF_UP);
			PlanStep previous = steps.isEmpty() ? current : steps.get(steps.size() - 1);
			PlanStep next = (target.compareTo(previous.dailyMg()) >= 0) ? null
					: nearest(previous, maxTimes, most, target, stepDays);
			if (next == null && steps.isEmpty()) {
				throw cannotStart(current.dailyMg());
			}
			if (next == null) {
				steps.set(steps.size() - 1,
						new PlanStep(previous.days() + stepDays, previous.doseMg(), previous.timesPerDay()));
			}
			else {
				steps.add(next);
			}
		}
		while (endLimit != null && steps.get(steps.size() - 1).dailyMg().compareTo(endLimit) > 0) {
			PlanStep previous = steps.get(steps.size() - 1);
			PlanStep next = nearest(previous, maxTimes, most, BigDecimal.ZERO, stepDays);
			if (next == null) {
				throw new PlanRefusedException("currentDoseMg",
						"The taper has to come down to at most " + PlainNumbers.text(endLimit)
								+ " mg/day before stopping, and " + this.product.name() + " cannot go below "
								+ PlainNumbers.text(previous.dailyMg()) + " mg/day by steps of at most "
								+ PlainNumbers.text(most)
								+ " mg/day. Choose an oral liquid, which can be measured in smaller doses.");
			}
			steps.add(next);
		}
	}

	/**
	 * The step after {@code previous} nearest {@code target} that removes at most
	 * {@code most} a day, with the most doses a day (never more than before, nor than
	 * {@code maxTimes}) that can give one; null if none.
	 */
	private PlanStep nearest(PlanStep previous, int maxTimes, BigDecimal most, BigDecimal target, int days) {
		BigDecimal lowest = previous.dailyMg().subtract(most);
		List<PlanStep> options = options(lowest, previous.dailyMg(), false, Math.min(maxTimes, previous.timesPerDay()));
		PlanStep best = null;
		for (PlanStep option : options) {
			if (best != null && option.timesPerDay() < best.timesPerDay()) {
				break;
			}
			BigDecimal distance = option.dailyMg().subtract(target).abs();
			if (best == null || distance.compareTo(best.dailyMg().subtract(target).abs()) < 0) {
				best = option;
			}
		}
		return (best == null) ? null : new PlanStep(days, best.doseMg(), best.timesPerDay());
	}

	/**
	 * Every step the product can give with a daily total from {@code lowest} up to
	 * {@code highest} (included only if {@code highestIncluded}) and at most
	 * {@code maxTimes} doses a day, the most doses a day first.
	 */
	private List<PlanStep> options(BigDecimal lowest, BigDecimal highest, boolean highestIncluded, int maxTimes) {
		List<PlanStep> options = new ArrayList<>();
		BigDecimal unit = this.product.unit();
		for (int times = maxTimes; times >= 1; times--) {
			BigDecimal count = BigDecimal.valueOf(times);
			BigDecimal dose = this.product.roundDown(highest.divide(count, 6, RoundingMode.FLOOR));
			for (; dose.signum() > 0 && dose.multiply(count).compareTo(lowest) >= 0; dose = dose.subtract(unit)) {
				BigDecimal daily = dose.multiply(count);
				boolean below = daily.compareTo(highest) < 0 || (highestIncluded && daily.compareTo(highest) == 0);
				if (below && this.product.canMake(dose)) {
					options.add(new PlanStep(this.rule.stepMinDays(), dose, times));
				}
			}
		}
		return options;
	}

	private PlanRefusedException cannotStart(BigDecimal currentDaily) {
		return new PlanRefusedException("currentDoseMg",
				PlainNumbers.text(currentDaily) + " mg/day is already the smallest daily dose " + this.product.name()
						+ " can give, so it cannot be reduced further in steps. Choose an oral liquid, which can be "
						+ "measured in smaller doses.");
	}

	private static int ceilDiv(int dividend, int divisor) {
		return (dividend + divisor - 1) / divisor;
	}

}
