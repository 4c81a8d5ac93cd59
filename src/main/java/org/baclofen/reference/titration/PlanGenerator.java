package org.baclofen.reference.titration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.baclofen.reference.system.PlainNumbers;

/**
 * Builds an oral titration plan that climbs the protocol for the patient's age to a
 * target daily dose with doses the chosen product can really give: the protocol's start,
 * one more dose a day each interval while the schedule starts less often than usual (a
 * child's weight-based start at bedtime), then one increment per administration every
 * interval, and at the end, where the target needs it, a change of frequency (the label
 * reaches its 80 mg/day maximum as 20 mg four times daily). With a kidney row every day's
 * total is the protocol's reduced by the row, reached with fewer doses a day where whole
 * doses cannot make it, never more; an age ceiling caps the target. Every plan it returns
 * checks as OK against the same rules.
 */
public final class PlanGenerator {

	private final PatientRules patient;

	private final TitrationRules rules;

	private final OralProduct product;

	public PlanGenerator(PatientRules patient, OralProduct product) {
		this.patient = patient;
		this.rules = patient.rules();
		this.product = product;
	}

	public PlanGenerator(TitrationRules rules, OralProduct product) {
		this(PatientRules.adult(rules, null), product);
	}

	public PlanGenerator(TitrationRules rules) {
		this(rules, rules.product(null));
	}

	/** A plan under the adult rules, lowered by the given kidney row (or none). */
	public List<PlanStep> generate(BigDecimal targetDailyMg, RenalBandRule renalBand) {
		return new PlanGenerator(PatientRules.adult(this.patient.stored(), renalBand), this.product)
			.generate(targetDailyMg);
	}

	/** A plan for the patient's kidney function and age. */
	public List<PlanStep> generate(BigDecimal targetDailyMg) {
		refuseForAge();
		refuseUnplannable(targetDailyMg);
		RenalBandRule renalBand = this.patient.renalBand();
		if (renalBand != null && renalBand.allowedDailyMg(targetDailyMg).compareTo(targetDailyMg) < 0) {
			return reducedClimb(renalBand, renalBand.allowedDailyMg(targetDailyMg));
		}
		List<PlanStep> steps = climb(targetDailyMg);
		if (steps == null) {
			throw unreachable(targetDailyMg);
		}
		return steps;
	}

	/**
	 * No plan where no source gives an oral schedule for the age, nor for a weight-based
	 * schedule without the weight its starting dose depends on or a product that cannot
	 * give that dose.
	 */
	private void refuseForAge() {
		AgeBandRule age = this.patient.ageBand();
		if (this.patient.hasNoSchedule()) {
			throw new PlanRefusedException("ageYears", "No source gives an oral baclofen schedule for children "
					+ age.ages() + " (" + age.sources() + "), so this tool does not plan one.");
		}
		if (this.patient.lacksStartingWeight()) {
			throw new PlanRefusedException("weightKg",
					"For a child of " + age.ages() + " the starting dose depends on weight (off-label in the US; "
							+ age.sources() + "). Enter the child's weight.");
		}
		if (this.patient.isWeightBased() && !this.product.canMake(this.rules.startDoseMg())) {
			throw new PlanRefusedException("product",
					"The starting dose for this weight, " + PlainNumbers.text(this.rules.startDoseMg())
							+ " mg, cannot be given with " + this.product.name()
							+ ". Choose an oral liquid, which can be measured in smaller doses.");
		}
	}

	private void refuseUnplannable(BigDecimal target) {
		BigDecimal ageCeiling = this.patient.ageCeilingMg();
		if (ageCeiling != null && target.compareTo(ageCeiling) > 0) {
			throw new PlanRefusedException("targetDailyMg", "A target of " + PlainNumbers.text(target)
					+ " mg/day is above the ceiling of " + this.patient.ageBand().ceilingText() + ".");
		}
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
							+ PlainNumbers.text(this.rules.startDoseMg()) + " mg "
							+ PlainNumbers.timesADay(this.rules.startAdministrationsPerDay()) + "). Choose at least "
							+ PlainNumbers.text(this.rules.startDailyMg()) + " mg/day.");
		}
	}

	/**
	 * The steps from the protocol start to the target, or null when no rule-abiding climb
	 * reaches it.
	 */
	private List<PlanStep> climb(BigDecimal target) {
		List<PlanStep> steps = new ArrayList<>();
		BigDecimal dose = this.rules.startDoseMg();
		int times = this.rules.startAdministrationsPerDay();
		steps.add(new PlanStep(this.rules.intervalDays(), dose, times));
		while (daily(dose, times).compareTo(target) < 0) {
			PlanStep next = landOnTarget(dose, times, target);
			if (next == null) {
				next = (times < this.rules.administrationsPerDay())
						? new PlanStep(this.rules.intervalDays(), dose, times + 1)
						: new PlanStep(this.rules.intervalDays(), dose.add(this.rules.incrementMg()), times);
				if (next.dailyMg().compareTo(target) > 0 || !this.product.canMake(next.doseMg())) {
					return null;
				}
			}
			steps.add(next);
			dose = next.doseMg();
			times = next.timesPerDay();
		}
		return steps;
	}

	/**
	 * The step that reaches the target exactly from here without breaking a rule, if
	 * there is one; while the schedule still adds doses a day, it adds one.
	 */
	private PlanStep landOnTarget(BigDecimal dose, int times, BigDecimal target) {
		BigDecimal rise = target.subtract(daily(dose, times));
		boolean ramping = times < this.rules.administrationsPerDay();
		int fewest = ramping ? times + 1 : times;
		int most = ramping ? times + 1 : this.rules.maxAdministrationsPerDay();
		for (int nextTimes = fewest; nextTimes <= most; nextTimes++) {
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
		while (higher.compareTo(this.patient.maxDailyMg()) <= 0 && climb(higher) == null) {
			higher = higher.add(unit);
		}
		String nearest = (higher.compareTo(this.patient.maxDailyMg()) <= 0)
				? "The nearest targets that can are " + PlainNumbers.text(lower) + " and " + PlainNumbers.text(higher)
				: "The nearest target that can is " + PlainNumbers.text(lower);
		return new PlanRefusedException("targetDailyMg",
				PlainNumbers.text(target) + " mg/day cannot be split into equal doses that " + this.product.name()
						+ " can give while keeping to the protocol's steps. " + nearest + " mg/day.");
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
	 * rises above it. Ties go to the protocol's number of doses a day (at the start, to
	 * its starting number), then to fewer doses.
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
			int usual = (previous == null) ? this.rules.startAdministrationsPerDay()
					: this.rules.administrationsPerDay();
			if (best == null || better(candidate, best, usual)) {
				best = candidate;
			}
		}
		return best;
	}

	private static boolean better(PlanStep candidate, PlanStep best, int usual) {
		int byDaily = candidate.dailyMg().compareTo(best.dailyMg());
		if (byDaily != 0) {
			return byDaily > 0;
		}
		int byDistance = Integer.compare(Math.abs(candidate.timesPerDay() - usual),
				Math.abs(best.timesPerDay() - usual));
		return (byDistance != 0) ? byDistance < 0 : candidate.timesPerDay() < best.timesPerDay();
	}

	private static BigDecimal daily(BigDecimal dose, int times) {
		return dose.multiply(BigDecimal.valueOf(times));
	}

}
