package org.baclofen.reference.titration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.baclofen.reference.system.PlainNumbers;

/**
 * Plans a taper from the current regimen to a stop in steps of the protocol's interval,
 * each a dose the chosen product can give, never above the daily maximum. Low doses are
 * tapered by dropping doses a day. The steps together last at least the requested length,
 * end at or below the stored end limit, and so check as OK after the current regimen.
 */
public final class TaperPlanner {

	private final TitrationRules rules;

	private final OralProduct product;

	public TaperPlanner(TitrationRules rules, OralProduct product) {
		this.rules = rules;
		this.product = product;
	}

	public TaperPlanner(TitrationRules rules) {
		this(rules, rules.product(null));
	}

	public List<PlanStep> taper(BigDecimal currentDoseMg, int timesPerDay, int taperDays) {
		if (currentDoseMg.signum() <= 0 || timesPerDay < 1) {
			throw new PlanRefusedException("currentDoseMg",
					"A taper needs a current dose above 0 mg, taken at least once a day.");
		}
		if (taperDays < this.rules.minTaperDays()) {
			throw new PlanRefusedException("taperDays", "A taper must last at least " + this.rules.minTaperDays()
					+ " days (the minimum this app's rules use); " + taperDays + " days is too short.");
		}
		BigDecimal currentDaily = currentDoseMg.multiply(BigDecimal.valueOf(timesPerDay));
		BigDecimal from = currentDaily.min(this.rules.maxDailyMg());
		int stepDays = this.rules.intervalDays();
		int reductions = ceilDiv(taperDays, stepDays) + 1;
		List<PlanStep> steps = new ArrayList<>();
		int times = timesPerDay;
		for (int k = 1; k <= reductions; k++) {
			BigDecimal share = BigDecimal.valueOf(reductions - k + 1L)
				.divide(BigDecimal.valueOf(reductions + 1L), 6, RoundingMode.HALF_UP);
			PlanStep previous = steps.isEmpty() ? null : steps.get(steps.size() - 1);
			PlanStep next = stepAtMost(from.multiply(share), times, stepDays);
			if (next == null && previous == null) {
				next = smallestStep(stepDays);
			}
			if (previous != null && (next == null || next.dailyMg().compareTo(previous.dailyMg()) >= 0)) {
				steps.set(steps.size() - 1,
						new PlanStep(previous.days() + stepDays, previous.doseMg(), previous.timesPerDay()));
				continue;
			}
			steps.add(next);
			times = next.timesPerDay();
		}
		if (steps.get(0).dailyMg().compareTo(currentDaily) >= 0) {
			throw new PlanRefusedException("currentDoseMg",
					PlainNumbers.text(currentDaily) + " mg/day is already the smallest daily dose "
							+ this.product.name() + " can give, so it cannot be reduced further in steps. Choose "
							+ "an oral liquid, which can be measured in smaller doses.");
		}
		BigDecimal endLimit = this.rules.taper().endLimitMg(currentDaily);
		PlanStep last = steps.get(steps.size() - 1);
		if (endLimit != null && last.dailyMg().compareTo(endLimit) > 0) {
			throw new PlanRefusedException("currentDoseMg",
					"The taper has to come down to at most " + PlainNumbers.text(endLimit)
							+ " mg/day before stopping, and " + this.product.name() + " cannot give less than "
							+ PlainNumbers.text(last.dailyMg()) + " mg/day. Choose an oral liquid, which can be "
							+ "measured in smaller doses.");
		}
		steps.add(new PlanStep(1, BigDecimal.ZERO, 0));
		return List.copyOf(steps);
	}

	/**
	 * The step not above {@code limit} a day with as many doses a day as still give a
	 * dose (at most {@code maxTimes}): doses are dropped only once a smaller dose cannot
	 * be given; null if none.
	 */
	private PlanStep stepAtMost(BigDecimal limit, int maxTimes, int days) {
		for (int times = maxTimes; times >= 1; times--) {
			BigDecimal dose = this.product.roundDown(limit.divide(BigDecimal.valueOf(times), 6, RoundingMode.FLOOR));
			if (dose.signum() > 0) {
				return new PlanStep(days, dose, times);
			}
		}
		return null;
	}

	private PlanStep smallestStep(int days) {
		return new PlanStep(days, this.product.unit(), 1);
	}

	private static int ceilDiv(int dividend, int divisor) {
		return (dividend + divisor - 1) / divisor;
	}

}
