package org.baclofen.reference.titration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds an oral titration plan that climbs the stored protocol to a target daily dose: the protocol's
 * start, one increment per administration every interval, and at the end, where the target needs it, a
 * change of frequency (the label reaches its 80 mg/day maximum as 20 mg four times daily). Every plan it
 * returns checks as OK against the same rules.
 */
public final class PlanGenerator {

	private final TitrationRules rules;

	public PlanGenerator(TitrationRules rules) {
		this.rules = rules;
	}

	public List<PlanStep> generate(BigDecimal targetDailyMg, RenalBandRule renalBand) {
		refuseUnplannable(targetDailyMg);
		List<PlanStep> steps = climb(targetDailyMg);
		if (steps == null) {
			throw unreachable(targetDailyMg);
		}
		return (renalBand == null) ? steps : reduceForKidneys(steps, renalBand);
	}

	private void refuseUnplannable(BigDecimal target) {
		if (target.compareTo(this.rules.maxDailyMg()) > 0) {
			throw new PlanRefusedException("targetDailyMg", "A target of " + plain(target)
					+ " mg/day is above the US label maximum of " + plain(this.rules.maxDailyMg())
					+ " mg/day. Doses above it are off-label, and this tool does not plan them.");
		}
		if (target.compareTo(this.rules.startDailyMg()) < 0) {
			throw new PlanRefusedException("targetDailyMg", "A target of " + plain(target)
					+ " mg/day is below the protocol's starting dose of " + plain(this.rules.startDailyMg())
					+ " mg/day (" + plain(this.rules.startDoseMg()) + " mg " + this.rules.administrationsPerDay()
					+ " times daily). Choose at least " + plain(this.rules.startDailyMg()) + " mg/day.");
		}
	}

	/** The steps from the protocol start to the target, or null when no rule-abiding climb reaches it. */
	private List<PlanStep> climb(BigDecimal target) {
		List<PlanStep> steps = new ArrayList<>();
		BigDecimal dose = this.rules.startDoseMg();
		int times = this.rules.administrationsPerDay();
		steps.add(new PlanStep(this.rules.intervalDays(), dose, times));
		while (daily(dose, times).compareTo(target) < 0) {
			PlanStep next = landOnTarget(dose, times, target);
			if (next == null) {
				BigDecimal higher = dose.add(this.rules.incrementMg());
				if (daily(higher, times).compareTo(target) > 0) {
					return null;
				}
				next = new PlanStep(this.rules.intervalDays(), higher, times);
			}
			steps.add(next);
			dose = next.doseMg();
			times = next.timesPerDay();
		}
		return steps;
	}

	/** The step that reaches the target exactly from here without breaking a rule, if there is one. */
	private PlanStep landOnTarget(BigDecimal dose, int times, BigDecimal target) {
		BigDecimal rise = target.subtract(daily(dose, times));
		for (int nextTimes = times; nextTimes <= this.rules.maxAdministrationsPerDay(); nextTimes++) {
			BigDecimal nextDose = target.divide(BigDecimal.valueOf(nextTimes), 6, RoundingMode.HALF_UP).stripTrailingZeros();
			boolean even = daily(nextDose, nextTimes).compareTo(target) == 0;
			if (even && this.rules.tablets().canMake(nextDose)
					&& nextDose.subtract(dose).compareTo(this.rules.incrementMg()) <= 0
					&& rise.compareTo(this.rules.incrementMg().multiply(BigDecimal.valueOf(nextTimes))) <= 0) {
				return new PlanStep(this.rules.intervalDays(), nextDose, nextTimes);
			}
		}
		return null;
	}

	private PlanRefusedException unreachable(BigDecimal target) {
		BigDecimal unit = this.rules.tablets().unit();
		BigDecimal lower = this.rules.tablets().roundDown(target);
		while (lower.compareTo(this.rules.startDailyMg()) > 0 && climb(lower) == null) {
			lower = lower.subtract(unit);
		}
		BigDecimal higher = this.rules.tablets().roundDown(target).add(unit);
		while (higher.compareTo(this.rules.maxDailyMg()) < 0 && climb(higher) == null) {
			higher = higher.add(unit);
		}
		return new PlanRefusedException("targetDailyMg", plain(target)
				+ " mg/day cannot be split into equal doses that the tablets can make while keeping to the protocol's steps. "
				+ "The nearest targets that can are " + plain(lower) + " and " + plain(higher) + " mg/day.");
	}

	/**
	 * Applies a renal band's reduction to every dose, rounding down to what the tablets can make (never below
	 * the smallest makeable dose), and merges steps that end up equal.
	 */
	private List<PlanStep> reduceForKidneys(List<PlanStep> steps, RenalBandRule band) {
		BigDecimal unit = this.rules.tablets().unit();
		List<PlanStep> reduced = new ArrayList<>();
		for (PlanStep step : steps) {
			BigDecimal dose = this.rules.tablets().roundDown(step.doseMg().multiply(band.remainingFraction())).max(unit);
			PlanStep scaled = new PlanStep(step.days(), dose, step.timesPerDay());
			int last = reduced.size() - 1;
			if (last >= 0 && reduced.get(last).doseMg().compareTo(dose) == 0
					&& reduced.get(last).timesPerDay() == step.timesPerDay()) {
				reduced.set(last, new PlanStep(reduced.get(last).days() + step.days(), dose, step.timesPerDay()));
			}
			else {
				reduced.add(scaled);
			}
		}
		return List.copyOf(reduced);
	}

	private static BigDecimal daily(BigDecimal dose, int times) {
		return dose.multiply(BigDecimal.valueOf(times));
	}

	static String plain(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

}
