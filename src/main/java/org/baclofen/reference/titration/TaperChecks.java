package org.baclofen.reference.titration;

import java.math.BigDecimal;
import java.util.List;

import org.baclofen.reference.system.PlainNumbers;

/**
 * The checks of a plan's way down: each step down removes no more than the stored step
 * rule allows (a share of the daily dose before the taper, or the stored floor where that
 * is more) and follows a reduced step of at least the stored days; a stop follows a taper
 * of at least the stored minimum that came down to the stored end point. The one
 * exception: when the dose before the taper is above the patient's kidney or age ceiling,
 * the first step may come down to that ceiling in one step (an information finding), and
 * the later steps are measured from the ceiling.
 */
final class TaperChecks {

	private final PatientRules patient;

	private final TitrationRules.TaperRule taper;

	TaperChecks(PatientRules patient) {
		this.patient = patient;
		this.taper = patient.stored().taper();
	}

	/** The index of the step the descent that ends at {@code index - 1} started from. */
	private static int descentStart(List<PlanStep> steps, int index) {
		int start = index - 1;
		while (start > 0 && !steps.get(start - 1).isStopped()
				&& steps.get(start - 1).dailyMg().compareTo(steps.get(start).dailyMg()) >= 0) {
			start--;
		}
		return start;
	}

	/**
	 * The daily dose a taper from {@code peakDaily} is measured from: it, or the ceiling.
	 */
	private BigDecimal base(BigDecimal peakDaily) {
		BigDecimal ceiling = this.patient.ceilingMg();
		return (ceiling != null && peakDaily.compareTo(ceiling) > 0) ? ceiling : peakDaily;
	}

	/** A step down that is not a stop (a stop is checked by {@link #checkStop}). */
	void checkStepDown(int number, List<PlanStep> steps, int index, List<Finding> findings) {
		PlanStep step = steps.get(index);
		PlanStep previous = steps.get(index - 1);
		BigDecimal peak = steps.get(descentStart(steps, index)).dailyMg();
		boolean firstDown = previous.dailyMg().compareTo(peak) == 0;
		if (!firstDown && previous.days() < this.taper.stepMinDays()) {
			findings.add(new Finding(number, Rule.TAPER_STEP,
					"Step " + number + ": lowers the dose after only " + days(previous.days())
							+ " at the reduced dose before; " + stepRule(peak) + ". Keep the previous step longer."));
		}
		if (step.isStopped()) {
			return;
		}
		BigDecimal ceiling = this.patient.ceilingMg();
		boolean fromAboveCeiling = ceiling != null && peak.compareTo(ceiling) > 0;
		if (firstDown && fromAboveCeiling && step.dailyMg().compareTo(ceiling) <= 0) {
			checkCeilingStep(number, previous, step, ceiling, findings);
			return;
		}
		BigDecimal measuredFrom = (fromAboveCeiling && previous.dailyMg().compareTo(ceiling) <= 0) ? ceiling : peak;
		BigDecimal removed = previous.dailyMg().subtract(step.dailyMg());
		BigDecimal most = this.taper.maxStepMg(measuredFrom);
		if (removed.compareTo(most) > 0) {
			findings.add(new Finding(number, Rule.TAPER_STEP,
					"Step " + number + ": lowers the daily dose by " + PlainNumbers.text(removed) + " mg (from "
							+ PlainNumbers.text(previous.dailyMg()) + " to " + PlainNumbers.text(step.dailyMg())
							+ " mg/day), more than the " + PlainNumbers.text(most) + " mg/day one step may remove: "
							+ stepRule(measuredFrom) + ". Add a step in between."));
		}
	}

	/**
	 * The exception: a first step from above the ceiling down to it (and no further than
	 * one ordinary step below it) is information, not a finding against the step rule.
	 */
	private void checkCeilingStep(int number, PlanStep previous, PlanStep step, BigDecimal ceiling,
			List<Finding> findings) {
		BigDecimal lowest = ceiling.subtract(this.taper.maxStepMg(ceiling));
		if (step.dailyMg().compareTo(lowest) < 0) {
			findings.add(new Finding(number, Rule.TAPER_STEP,
					"Step " + number + ": comes down from " + PlainNumbers.text(previous.dailyMg()) + " to "
							+ PlainNumbers.text(step.dailyMg()) + " mg/day in one step. A first step may come down "
							+ "to " + this.patient.ceilingReason() + ", and from there by at most "
							+ PlainNumbers.text(this.taper.maxStepMg(ceiling)) + " mg/day a step (" + stepRule(ceiling)
							+ "). Stop the first step at " + PlainNumbers.text(lowest) + " mg/day or above."));
			return;
		}
		findings.add(new Finding(number, Rule.CEILING_STEP,
				"Step " + number + ": comes down from " + PlainNumbers.text(previous.dailyMg()) + " to "
						+ PlainNumbers.text(step.dailyMg()) + " mg/day in one step, to " + this.patient.ceilingReason()
						+ ". This is the taper rule's one exception (this "
						+ "reference's own rule): above the ceiling, the risk of the drug building up outweighs "
						+ "the risk of withdrawal. Later steps follow the step rule, measured from "
						+ PlainNumbers.text(ceiling) + " mg/day."));
	}

	/**
	 * A stop must follow a real taper: the steps that lead down to it without rising
	 * again, after the last step at the dose they start from, must together last at least
	 * the stored minimum, and the last of them must have come down to the stored end
	 * limit. A rise just before the stop starts the count again, so re-escalating and
	 * then stopping is abrupt.
	 */
	void checkStop(int number, List<PlanStep> steps, int stopIndex, List<Finding> findings) {
		int peak = descentStart(steps, stopIndex);
		while (peak + 1 < stopIndex
				&& steps.get(peak + 1).dailyMg().compareTo(steps.get(descentStart(steps, stopIndex)).dailyMg()) == 0) {
			peak++;
		}
		int taperDays = 0;
		for (int i = peak + 1; i < stopIndex; i++) {
			taperDays += steps.get(i).days();
		}
		BigDecimal fromDaily = steps.get(peak).dailyMg();
		if (taperDays < this.taper.minDays()) {
			findings.add(new Finding(number, Rule.ABRUPT_STOP,
					"Step " + number + ": stops from " + PlainNumbers.text(fromDaily) + " mg/day after a taper of only "
							+ days(taperDays) + ". Reduce gradually over at least " + this.taper.minDays()
							+ " days, unless a serious adverse reaction requires rapid withdrawal; abrupt "
							+ "withdrawal can cause hallucinations and seizures."));
			return;
		}
		BigDecimal endLimit = this.taper.endLimitMg(base(fromDaily));
		BigDecimal lastDaily = steps.get(stopIndex - 1).dailyMg();
		if (endLimit != null && lastDaily.compareTo(endLimit) > 0) {
			findings.add(new Finding(number, Rule.ABRUPT_STOP,
					"Step " + number + ": stops from " + PlainNumbers.text(lastDaily) + " mg/day. A taper from "
							+ PlainNumbers.text(base(fromDaily)) + " mg/day comes down to at most "
							+ PlainNumbers.text(endLimit) + " mg/day before the stop (" + endRuleText()
							+ "); add lower steps before stopping."));
		}
	}

	/** The step rule in words, for a taper measured from {@code fromDaily}. */
	private String stepRule(BigDecimal fromDaily) {
		String share = PlainNumbers.text(this.taper.stepMaxFraction().multiply(BigDecimal.valueOf(100))) + "% of the "
				+ PlainNumbers.text(fromDaily) + " mg/day the taper starts from";
		String floor = (this.taper.stepFloorMg() == null) ? ""
				: ", or " + PlainNumbers.text(this.taper.stepFloorMg()) + " mg/day where that is more";
		return "no step down removes more than " + share + floor + ", and each step lasts at least "
				+ this.taper.stepMinDays() + " days (this reference's own rule)";
	}

	private String endRuleText() {
		String fraction = (this.taper.endFraction() == null) ? null
				: PlainNumbers.text(this.taper.endFraction().multiply(BigDecimal.valueOf(100)))
						+ "% of the daily dose before the taper";
		String absolute = (this.taper.endMaxDailyMg() == null) ? null
				: PlainNumbers.text(this.taper.endMaxDailyMg()) + " mg/day";
		String either = (fraction == null) ? absolute
				: (absolute == null) ? fraction : fraction + " or " + absolute + ", whichever is higher";
		return either + ": this reference's own rule";
	}

	private static String days(int days) {
		return days + ((days == 1) ? " day" : " days");
	}

}
