package org.baclofen.reference.titration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.baclofen.reference.system.PlainNumbers;

/**
 * Builds an oral titration plan that climbs the stored protocol to a target daily dose
 * with doses the chosen product can really give: the protocol's start, one increment per
 * administration every interval, and at the end, where the target needs it, a change of
 * frequency (the label reaches its 80 mg/day maximum as 20 mg four times daily). With a
 * renal band every day's total is the protocol's reduced by the band, reached with fewer
 * doses a day where whole doses cannot make it, never more. Every plan it returns checks
 * as OK against the same rules.
 */
public final class PlanGenerator {

	private final TitrationRules rules;

	private final OralProduct product;

	public PlanGenerator(TitrationRules rules, OralProduct product) {
		this.rules = rules;
		this.product = product;
	}

	public PlanGenerator(TitrationRules rules) {
		this(rules, rules.product(null));
	}

	public List<PlanStep> generate(BigDecimal targetDailyMg, RenalBandRule renalBand) {
		refuseUnplannable(targetDailyMg);
		if (renalBand != null && renalBand.allowedDailyMg(targetDailyMg).compareTo(targetDailyMg) < 0) {
			return reducedClimb(renalBand, renalBand.allowedDailyMg(targetDailyMg));
		}
		List<PlanStep> steps = climb(targetDailyMg);
		if (steps == null) {
			throw unreachable(targetDailyMg);
		}
		return steps;
	}

	private void refuseUnplannable(BigDecimal target) {
		if (target.compareTo(this.rules.maxDailyMg()) > 0) {
			throw new PlanRefusedException("targetDailyMg",
					"A target of " + PlainNumbers.text(target) + " mg/day is above the US label maximum of "
							+ PlainNumbers.text(this.rules.maxDailyMg())
							+ " mg/day. Doses above it are off-label, and this tool does not plan them.");
		}
		if (target.compareTo(this.rules.startDailyMg()) < 0) {
			throw new PlanRefusedException("targetDailyMg",
					"A target of " + PlainNumbers.text(target) + " mg/day is below the protocol's starting dose of "
							+ PlainNumbers.text(this.rules.startDailyMg()) + " mg/day ("
							+ PlainNumbers.text(this.rules.startDoseMg()) + " mg " + this.rules.administrationsPerDay()
							+ " times daily). Choose at least " + PlainNumbers.text(this.rules.startDailyMg())
							+ " mg/day.");
		}
	}

	/**
	 * The steps from the protocol start to the target, or null when no rule-abiding climb
	 * reaches it.
	 */
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

	/**
	 * The step that reaches the target exactly from here without breaking a rule, if
	 * there is one.
	 */
	private PlanStep landOnTarget(BigDecimal dose, int times, BigDecimal target) {
		BigDecimal rise = target.subtract(daily(dose, times));
		for (int nextTimes = times; nextTimes <= this.rules.maxAdministrationsPerDay(); nextTimes++) {
			BigDecimal nextDose = target.divide(BigDecimal.valueOf(nextTimes), 6, RoundingMode.HALF_UP)
				.stripTrailingZeros();
			boolean even = daily(nextDose, nextTimes).compareTo(target) == 0;
			if (even && this.product.canMake(nextDose)
					&& nextDose.subtract(dose).compareTo(this.rules.incrementMg()) <= 0
					&& rise.compareTo(this.rules.incrementMg().multiply(BigDecimal.valueOf(nextTimes))) <= 0) {
				return new PlanStep(this.rules.intervalDays(), nextDose, nextTimes);
			}
		}
		return null;
	}

	private PlanRefusedException unreachable(BigDecimal target) {
		BigDecimal unit = this.product.unit();
		BigDecimal lower = this.product.roundDown(target);
		while (lower.compareTo(this.rules.startDailyMg()) > 0 && climb(lower) == null) {
			lower = lower.subtract(unit);
		}
		BigDecimal higher = this.product.roundDown(target).add(unit);
		while (higher.compareTo(this.rules.maxDailyMg()) < 0 && climb(higher) == null) {
			higher = higher.add(unit);
		}
		return new PlanRefusedException("targetDailyMg",
				PlainNumbers.text(target) + " mg/day cannot be split into equal doses that " + this.product.name()
						+ " can give while keeping to the protocol's steps. The nearest targets that can are "
						+ PlainNumbers.text(lower) + " and " + PlainNumbers.text(higher) + " mg/day.");
	}

	/**
	 * The protocol's climb with every day's total lowered by the band: at each interval
	 * the most the protocol allows that day, reduced, up to the reduced target. Each step
	 * is the largest total the product can give within that, keeping the step rules;
	 * where it cannot give more than the step before, that step is held for another
	 * interval.
	 */
	private List<PlanStep> reducedClimb(RenalBandRule band, BigDecimal reducedTarget) {
		List<PlanStep> steps = new ArrayList<>();
		for (int k = 0;; k++) {
			int day = 1 + k * this.rules.intervalDays();
			BigDecimal limit = band.allowedDailyMg(this.rules.protocolDailyLimitOnDay(day)).min(reducedTarget);
			PlanStep previous = steps.isEmpty() ? null : steps.get(steps.size() - 1);
			PlanStep next = bestStep(limit, previous);
			if (next == null && previous == null) {
				throw new PlanRefusedException("targetDailyMg",
						"The kidney band allows at most " + PlainNumbers.text(limit) + " mg/day at the start, and "
								+ this.product.name()
								+ " cannot give a dose that small. Choose an oral liquid, which can be measured in "
								+ "smaller doses.");
			}
			if (next == null) {
				steps.set(steps.size() - 1, new PlanStep(previous.days() + this.rules.intervalDays(), previous.doseMg(),
						previous.timesPerDay()));
			}
			else {
				steps.add(next);
			}
			if (limit.compareTo(reducedTarget) >= 0) {
				return List.copyOf(steps);
			}
		}
	}

	/**
	 * The step with the largest daily total not above {@code limit} that the product can
	 * give and that keeps the start and step rules after {@code previous}; null when none
	 * rises above it. Ties go to the protocol's number of doses a day, then to fewer
	 * doses.
	 */
	private PlanStep bestStep(BigDecimal limit, PlanStep previous) {
		PlanStep best = null;
		for (int times = 1; times <= this.rules.maxAdministrationsPerDay(); times++) {
			BigDecimal count = BigDecimal.valueOf(times);
			BigDecimal most = limit.divide(count, 6, RoundingMode.FLOOR);
			if (previous == null) {
				most = most.min(this.rules.startDoseMg())
					.min(this.rules.startDailyMg().divide(count, 6, RoundingMode.FLOOR));
			}
			else {
				most = most.min(previous.doseMg().add(this.rules.incrementMg()))
					.min(previous.dailyMg()
						.add(this.rules.incrementMg().multiply(count))
						.divide(count, 6, RoundingMode.FLOOR));
			}
			BigDecimal dose = this.product.roundDown(most);
			if (dose.signum() == 0 || (previous != null && daily(dose, times).compareTo(previous.dailyMg()) <= 0)) {
				continue;
			}
			PlanStep candidate = new PlanStep(this.rules.intervalDays(), dose, times);
			if (best == null || better(candidate, best)) {
				best = candidate;
			}
		}
		return best;
	}

	private boolean better(PlanStep candidate, PlanStep best) {
		int byDaily = candidate.dailyMg().compareTo(best.dailyMg());
		if (byDaily != 0) {
			return byDaily > 0;
		}
		int usual = this.rules.administrationsPerDay();
		int byDistance = Integer.compare(Math.abs(candidate.timesPerDay() - usual),
				Math.abs(best.timesPerDay() - usual));
		return (byDistance != 0) ? byDistance < 0 : candidate.timesPerDay() < best.timesPerDay();
	}

	private static BigDecimal daily(BigDecimal dose, int times) {
		return dose.multiply(BigDecimal.valueOf(times));
	}

}
