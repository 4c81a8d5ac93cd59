package org.baclofen.reference.titration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.baclofen.reference.system.PlainNumbers;

/**
 * Checks a proposed plan step by step against the stored rules and returns one finding
 * per broken rule. Decreases are never treated as increases, so a taper cannot raise the
 * step-size or interval rules.
 */
public final class PlanChecker {

	private final TitrationRules rules;

	public PlanChecker(TitrationRules rules) {
		this.rules = rules;
	}

	public PlanCheck check(List<PlanStep> steps, BigDecimal crclMlPerMin, boolean continuing) {
		return check(steps, crclMlPerMin, false, continuing);
	}

	/**
	 * @param crclMlPerMin creatinine clearance, or null when unknown
	 * @param dialysis true when the patient is on dialysis (the dialysis band applies
	 * whatever the CrCl)
	 * @param continuing true when the first step is the patient's current regimen rather
	 * than a new start
	 */
	public PlanCheck check(List<PlanStep> steps, BigDecimal crclMlPerMin, boolean dialysis, boolean continuing) {
		if (steps.isEmpty()) {
			throw new IllegalArgumentException("A plan has at least one step");
		}
		RenalBandRule band = this.rules.renalBand(crclMlPerMin, dialysis).orElse(null);
		List<Finding> findings = new ArrayList<>();
		int firstDay = 1;
		for (int i = 0; i < steps.size(); i++) {
			PlanStep step = steps.get(i);
			PlanStep previous = (i == 0) ? null : steps.get(i - 1);
			int number = i + 1;
			checkDailyCap(number, step, findings);
			checkFrequency(number, step, findings);
			if (previous == null) {
				if (!continuing) {
					checkStart(step, findings);
				}
			}
			else if (step.dailyMg().compareTo(previous.dailyMg()) > 0) {
				checkStepSize(number, previous, step, findings);
				checkInterval(number, previous, findings);
			}
			if (step.isStopped() && previous != null && !previous.isStopped()) {
				checkTaper(number, steps, i, findings);
			}
			if (band != null) {
				checkRenal(number, step, firstDay, continuing, band, crclMlPerMin, findings);
			}
			else if (i == 0 && (crclMlPerMin != null || dialysis)) {
				findings.add(new Finding(1, Rule.RENAL,
						(dialysis ? "No stored renal band is marked for dialysis"
								: "No stored renal band covers a CrCl of " + PlainNumbers.text(crclMlPerMin)
										+ " mL/min")
								+ ", so the renal rule could not be applied; check the renal bands in the content."));
			}
			firstDay += step.days();
		}
		return new PlanCheck(Verdict.of(findings), List.copyOf(findings), band);
	}

	private void checkDailyCap(int number, PlanStep step, List<Finding> findings) {
		if (step.dailyMg().compareTo(this.rules.maxDailyMg()) > 0) {
			findings.add(new Finding(number, Rule.DAILY_CAP,
					"Step " + number + ": " + PlainNumbers.text(step.dailyMg())
							+ " mg/day is above the US label maximum of " + PlainNumbers.text(this.rules.maxDailyMg())
							+ " mg/day. Lower the dose; doses above the label maximum are off-label."));
		}
	}

	private void checkFrequency(int number, PlanStep step, List<Finding> findings) {
		if (step.timesPerDay() > this.rules.maxAdministrationsPerDay()) {
			findings.add(new Finding(number, Rule.FREQUENCY,
					"Step " + number + ": " + step.timesPerDay()
							+ " administrations a day; the protocol divides the daily dose into at most "
							+ this.rules.maxAdministrationsPerDay() + ". Use fewer, larger doses."));
		}
	}

	private void checkStart(PlanStep first, List<Finding> findings) {
		if (first.doseMg().compareTo(this.rules.startDoseMg()) > 0
				|| first.dailyMg().compareTo(this.rules.startDailyMg()) > 0) {
			findings.add(new Finding(1, Rule.START_DOSE,
					"Step 1: starts at " + PlainNumbers.text(first.doseMg()) + " mg " + first.timesPerDay()
							+ " times daily (" + PlainNumbers.text(first.dailyMg())
							+ " mg/day); the protocol starts at " + PlainNumbers.text(this.rules.startDoseMg()) + " mg "
							+ this.rules.administrationsPerDay() + " times daily ("
							+ PlainNumbers.text(this.rules.startDailyMg())
							+ " mg/day). Start lower, or mark the first step as the patient's current regimen."));
		}
	}

	private void checkStepSize(int number, PlanStep previous, PlanStep step, List<Finding> findings) {
		BigDecimal perDose = step.doseMg().subtract(previous.doseMg());
		BigDecimal perDay = step.dailyMg().subtract(previous.dailyMg());
		BigDecimal maxPerDay = this.rules.incrementMg().multiply(BigDecimal.valueOf(step.timesPerDay()));
		if (perDose.compareTo(this.rules.incrementMg()) > 0) {
			findings.add(new Finding(number, Rule.STEP_SIZE,
					"Step " + number + ": raises each dose by " + PlainNumbers.text(perDose) + " mg (from "
							+ PlainNumbers.text(previous.doseMg()) + " to " + PlainNumbers.text(step.doseMg())
							+ " mg); the protocol raises by at most " + PlainNumbers.text(this.rules.incrementMg())
							+ " mg per administration. Add an intermediate step."));
		}
		else if (perDay.compareTo(maxPerDay) > 0) {
			findings.add(new Finding(number, Rule.STEP_SIZE,
					"Step " + number + ": raises the daily total by " + PlainNumbers.text(perDay) + " mg (from "
							+ PlainNumbers.text(previous.dailyMg()) + " to " + PlainNumbers.text(step.dailyMg())
							+ " mg/day); at " + step.timesPerDay()
							+ " administrations a day the protocol allows at most " + PlainNumbers.text(maxPerDay)
							+ " mg/day more per step. Add an intermediate step."));
		}
	}

	private void checkInterval(int number, PlanStep previous, List<Finding> findings) {
		if (previous.days() < this.rules.intervalDays()) {
			findings.add(new Finding(number, Rule.STEP_INTERVAL,
					"Step " + number + ": increases after only " + previous.days()
							+ (previous.days() == 1 ? " day" : " days")
							+ " at the previous dose; the protocol waits at least " + this.rules.intervalDays()
							+ " days between increases. Keep the previous step longer."));
		}
	}

	/**
	 * A stop must follow a real taper: the steps that lead down to it without rising
	 * again, after the last step at the dose they start from, must together last at least
	 * the stored minimum, and the last of them must have come down to the stored end
	 * limit. A rise just before the stop starts the count again, so re-escalating and
	 * then stopping is abrupt.
	 */
	private void checkTaper(int number, List<PlanStep> steps, int stopIndex, List<Finding> findings) {
		int runStart = stopIndex - 1;
		while (runStart > 0 && !steps.get(runStart - 1).isStopped()
				&& steps.get(runStart - 1).dailyMg().compareTo(steps.get(runStart).dailyMg()) >= 0) {
			runStart--;
		}
		int peak = runStart;
		while (peak + 1 < stopIndex && steps.get(peak + 1).dailyMg().compareTo(steps.get(runStart).dailyMg()) == 0) {
			peak++;
		}
		int taperDays = 0;
		for (int i = peak + 1; i < stopIndex; i++) {
			taperDays += steps.get(i).days();
		}
		TitrationRules.TaperRule taper = this.rules.taper();
		BigDecimal fromDaily = steps.get(peak).dailyMg();
		if (taperDays < taper.minDays()) {
			findings.add(new Finding(number, Rule.ABRUPT_STOP,
					"Step " + number + ": stops from " + PlainNumbers.text(fromDaily) + " mg/day after a taper of only "
							+ taperDays + (taperDays == 1 ? " day" : " days") + ". Reduce gradually over at least "
							+ taper.minDays()
							+ " days, unless a serious adverse reaction requires rapid withdrawal; abrupt "
							+ "withdrawal can cause hallucinations and seizures."));
			return;
		}
		BigDecimal endLimit = taper.endLimitMg(fromDaily);
		BigDecimal lastDaily = steps.get(stopIndex - 1).dailyMg();
		if (endLimit != null && lastDaily.compareTo(endLimit) > 0) {
			findings.add(new Finding(number, Rule.ABRUPT_STOP,
					"Step " + number + ": stops from " + PlainNumbers.text(lastDaily) + " mg/day. A taper from "
							+ PlainNumbers.text(fromDaily) + " mg/day comes down to at most "
							+ PlainNumbers.text(endLimit) + " mg/day before the stop (" + endRuleText(taper)
							+ "); add lower steps before stopping."));
		}
	}

	private static String endRuleText(TitrationRules.TaperRule taper) {
		String fraction = (taper.endFraction() == null) ? null
				: PlainNumbers.text(taper.endFraction().multiply(BigDecimal.valueOf(100))) + "% of the "
						+ "daily dose before the taper";
		String absolute = (taper.endMaxDailyMg() == null) ? null : PlainNumbers.text(taper.endMaxDailyMg()) + " mg/day";
		String either = (fraction == null) ? absolute
				: (absolute == null) ? fraction : fraction + " or " + absolute + ", whichever is higher";
		return either + ": this reference's own rule";
	}

	/**
	 * Applies the band to every step: none above the band's daily maximum, and on a new
	 * start none above the protocol's limit for its first day reduced by the band (so a
	 * full-dose start is a finding).
	 */
	private void checkRenal(int number, PlanStep step, int firstDay, boolean continuing, RenalBandRule band,
			BigDecimal crcl, List<Finding> findings) {
		if (step.isStopped()) {
			return;
		}
		String patient = band.dialysis() ? "a patient on dialysis" : "a CrCl of " + PlainNumbers.text(crcl) + " mL/min";
		String source = " The band comes from a " + band.sourceKind() + " (" + band.sources()
				+ "); the US labels give no kidney bands and only advise caution and a lower dose.";
		BigDecimal renalMax = this.rules.maxDailyMg(band);
		if (step.dailyMg().compareTo(renalMax) > 0) {
			findings.add(new Finding(number, Rule.RENAL,
					"Step " + number + ": " + PlainNumbers.text(step.dailyMg()) + " mg/day is above "
							+ PlainNumbers.text(renalMax) + " mg/day, the most the band allows for " + patient + "."
							+ source));
			return;
		}
		if (continuing) {
			return;
		}
		BigDecimal protocolLimit = this.rules.protocolDailyLimitOnDay(firstDay);
		BigDecimal allowed = band.allowedDailyMg(protocolLimit);
		if (step.dailyMg().compareTo(allowed) > 0) {
			findings.add(new Finding(number, Rule.RENAL,
					"Step " + number + ": " + PlainNumbers.text(step.dailyMg()) + " mg/day from day " + firstDay
							+ " is above " + PlainNumbers.text(allowed) + " mg/day, the protocol's "
							+ PlainNumbers.text(protocolLimit) + " mg/day for that day reduced for " + patient + "."
							+ source));
		}
	}

	/**
	 * The outcome of a check: verdict, findings in step order, and the renal band applied
	 * (or null).
	 */
	public record PlanCheck(Verdict verdict, List<Finding> findings, RenalBandRule renalBand) {

		public List<Finding> findingsFor(int step) {
			return this.findings.stream().filter((finding) -> finding.step() == step).toList();
		}

	}

}
