package org.baclofen.reference.titration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.baclofen.reference.system.PlainNumbers;

/**
 * Checks a proposed plan step by step against the rules for the patient (their kidney row
 * and age, see {@link PatientRules}) and returns one finding per broken rule. Decreases
 * are never treated as increases, so a taper cannot raise the step-size or interval
 * rules; steps down are checked by {@link TaperChecks}.
 */
public final class PlanChecker {

	private final TitrationRules stored;

	public PlanChecker(TitrationRules rules) {
		this.stored = rules;
	}

	public PlanCheck check(List<PlanStep> steps, BigDecimal crclMlPerMin, boolean continuing) {
		return check(Patient.kidney(crclMlPerMin, false), steps, continuing);
	}

	public PlanCheck check(List<PlanStep> steps, BigDecimal crclMlPerMin, boolean dialysis, boolean continuing) {
		return check(Patient.kidney(crclMlPerMin, dialysis), steps, continuing);
	}

	/**
	 * @param patient what is known about the patient (kidney function, dialysis, age,
	 * weight)
	 * @param continuing true when the first step is the patient's current regimen rather
	 * than a new start
	 */
	public PlanCheck check(Patient patient, List<PlanStep> steps, boolean continuing) {
		if (steps.isEmpty()) {
			throw new IllegalArgumentException("A plan has at least one step");
		}
		PatientRules patientRules = PatientRules.of(this.stored, patient);
		StepChecks checks = new StepChecks(patientRules);
		TaperChecks taper = new TaperChecks(patientRules);
		List<Finding> findings = new ArrayList<>();
		checks.checkAgeCovered(continuing, findings);
		int firstDay = 1;
		for (int i = 0; i < steps.size(); i++) {
			PlanStep step = steps.get(i);
			PlanStep previous = (i == 0) ? null : steps.get(i - 1);
			int number = i + 1;
			checks.checkDailyCap(number, step, previous, findings);
			checks.checkAgeCeiling(number, step, findings);
			checks.checkFrequency(number, step, findings);
			if (previous == null) {
				if (!continuing) {
					checks.checkStart(step, findings);
				}
			}
			else if (step.dailyMg().compareTo(previous.dailyMg()) > 0) {
				checks.checkStepSize(number, previous, step, findings);
				checks.checkInterval(number, previous, findings);
			}
			else if (step.dailyMg().compareTo(previous.dailyMg()) < 0) {
				taper.checkStepDown(number, steps, i, findings);
			}
			if (step.isStopped() && previous != null && !previous.isStopped()) {
				taper.checkStop(number, steps, i, findings);
			}
			checks.checkRenal(number, step, firstDay, continuing, findings);
			firstDay += step.days();
		}
		return new PlanCheck(Verdict.of(findings), List.copyOf(findings), patientRules);
	}

	/**
	 * The outcome of a check: verdict, findings in step order, and the rules applied for
	 * the patient (kidney row and age band, either possibly null).
	 */
	public record PlanCheck(Verdict verdict, List<Finding> findings, PatientRules applied) {

		public List<Finding> findingsFor(int step) {
			return this.findings.stream().filter((finding) -> finding.step() == step).toList();
		}

		/** The kidney row applied, or null. */
		public RenalBandRule renalBand() {
			return this.applied.renalBand();
		}

		/** Whether any finding is more than information. */
		public boolean hasProblems() {
			return this.findings.stream().anyMatch((finding) -> finding.severity() != Rule.Severity.INFO);
		}

	}

	/**
	 * The checks of one step against the protocol, the maximum, the age and the kidneys.
	 */
	private static final class StepChecks {

		private final PatientRules patient;

		private final TitrationRules rules;

		StepChecks(PatientRules patient) {
			this.patient = patient;
			this.rules = patient.rules();
		}

		/**
		 * An age no source gives an oral schedule for, or a child's new start whose
		 * weight-based starting dose cannot be known.
		 */
		void checkAgeCovered(boolean continuing, List<Finding> findings) {
			AgeBandRule age = this.patient.ageBand();
			if (this.patient.hasNoSchedule()) {
				findings.add(new Finding(1, Rule.AGE,
						"No source gives an oral baclofen schedule for children " + age.ages() + " (" + age.sources()
								+ "): these doses cannot be checked against any dosing "
								+ "source. Ask a specialist."));
			}
			else if (this.patient.lacksStartingWeight() && !continuing) {
				findings.add(new Finding(1, Rule.START_DOSE,
						"Step 1: for a child of " + age.ages()
								+ " the starting dose depends on weight (off-label in the US; " + age.sources()
								+ "). Enter the weight to check the start."));
			}
		}

		/**
		 * Above the label maximum is an alert, except on the way down from a dose above
		 * it, where the taper step rule governs how fast the dose comes down.
		 */
		void checkDailyCap(int number, PlanStep step, PlanStep previous, List<Finding> findings) {
			BigDecimal max = this.rules.maxDailyMg();
			if (step.dailyMg().compareTo(max) <= 0) {
				return;
			}
			if (previous != null && step.dailyMg().compareTo(previous.dailyMg()) < 0) {
				findings.add(new Finding(number, Rule.TAPER_ABOVE_MAXIMUM, "Step " + number + ": "
						+ PlainNumbers.text(step.dailyMg()) + " mg/day is above the US label maximum of "
						+ PlainNumbers.text(max) + " mg/day, on the way down from "
						+ PlainNumbers.text(previous.dailyMg())
						+ " mg/day: the taper step rule lets a dose above the maximum come down only step by step."));
				return;
			}
			findings.add(new Finding(number, Rule.DAILY_CAP,
					"Step " + number + ": " + PlainNumbers.text(step.dailyMg())
							+ " mg/day is above the US label maximum of " + PlainNumbers.text(max)
							+ " mg/day. Lower the dose; doses above the label maximum are off-label."));
		}

		void checkAgeCeiling(int number, PlanStep step, List<Finding> findings) {
			BigDecimal ceiling = this.patient.ageCeilingMg();
			if (ceiling != null && step.dailyMg().compareTo(ceiling) > 0) {
				findings.add(new Finding(number, Rule.AGE,
						"Step " + number + ": " + PlainNumbers.text(step.dailyMg())
								+ " mg/day is above the age ceiling of " + this.patient.ageBand().ceilingText()
								+ ", for a child of " + this.patient.patient().ageYears() + " years."));
			}
		}

		void checkFrequency(int number, PlanStep step, List<Finding> findings) {
			if (step.timesPerDay() > this.rules.maxAdministrationsPerDay()) {
				findings.add(new Finding(number, Rule.FREQUENCY,
						"Step " + number + ": " + PlainNumbers.timesADay(step.timesPerDay())
								+ "; the protocol divides the daily dose into at most "
								+ this.rules.maxAdministrationsPerDay() + " doses a day. Use fewer, larger doses."));
			}
		}

		void checkStart(PlanStep first, List<Finding> findings) {
			if (this.patient.lacksStartingWeight()) {
				return;
			}
			if (first.doseMg().compareTo(this.rules.startDoseMg()) > 0
					|| first.dailyMg().compareTo(this.rules.startDailyMg()) > 0) {
				findings.add(new Finding(1, Rule.START_DOSE,
						"Step 1: starts at " + PlainNumbers.text(first.doseMg()) + " mg "
								+ PlainNumbers.timesADay(first.timesPerDay()) + " ("
								+ PlainNumbers.text(first.dailyMg()) + " mg/day); " + protocolName() + " starts at "
								+ PlainNumbers.text(this.rules.startDoseMg()) + " mg "
								+ PlainNumbers.timesADay(this.rules.startAdministrationsPerDay()) + " ("
								+ PlainNumbers.text(this.rules.startDailyMg())
								+ " mg/day). Start lower, or mark the first step as the patient's current regimen."));
			}
		}

		private String protocolName() {
			return this.patient.isWeightBased() ? "the weight-based schedule for this child (off-label in the US)"
					: "the protocol";
		}

		void checkStepSize(int number, PlanStep previous, PlanStep step, List<Finding> findings) {
			BigDecimal perDose = step.doseMg().subtract(previous.doseMg());
			BigDecimal perDay = step.dailyMg().subtract(previous.dailyMg());
			BigDecimal maxPerDay = this.rules.incrementMg().multiply(BigDecimal.valueOf(step.timesPerDay()));
			if (perDose.compareTo(this.rules.incrementMg()) > 0) {
				findings.add(new Finding(number, Rule.STEP_SIZE,
						"Step " + number + ": raises each dose by " + PlainNumbers.text(perDose) + " mg (from "
								+ PlainNumbers.text(previous.doseMg()) + " to " + PlainNumbers.text(step.doseMg())
								+ " mg); " + protocolName() + " raises by at most "
								+ PlainNumbers.text(this.rules.incrementMg())
								+ " mg per administration. Add an intermediate step."));
			}
			else if (perDay.compareTo(maxPerDay) > 0) {
				findings.add(new Finding(number, Rule.STEP_SIZE,
						"Step " + number + ": raises the daily total by " + PlainNumbers.text(perDay) + " mg (from "
								+ PlainNumbers.text(previous.dailyMg()) + " to " + PlainNumbers.text(step.dailyMg())
								+ " mg/day); taken " + PlainNumbers.timesADay(step.timesPerDay()) + ", "
								+ protocolName() + " allows at most " + PlainNumbers.text(maxPerDay)
								+ " mg/day more per step. Add an intermediate step."));
			}
		}

		void checkInterval(int number, PlanStep previous, List<Finding> findings) {
			if (previous.days() < this.rules.intervalDays()) {
				findings.add(new Finding(number, Rule.STEP_INTERVAL,
						"Step " + number + ": increases after only " + previous.days()
								+ (previous.days() == 1 ? " day" : " days") + " at the previous dose; " + protocolName()
								+ " waits at least " + this.rules.intervalDays()
								+ " days between increases. Keep the previous step longer."));
			}
		}

		/**
		 * Applies the kidney row to every step: none above its ceiling, and on a new
		 * start none above the protocol's limit for its first day reduced by the row (so
		 * a full-dose start is a finding).
		 */
		void checkRenal(int number, PlanStep step, int firstDay, boolean continuing, List<Finding> findings) {
			RenalBandRule band = this.patient.renalBand();
			Patient who = this.patient.patient();
			if (band == null) {
				if (number == 1 && who.hasKidneyFunction()) {
					findings
						.add(new Finding(1, Rule.RENAL, (who.dialysis() ? "No stored renal band is marked for dialysis"
								: "No stored renal band covers a CrCl of " + PlainNumbers.text(who.crclMlPerMin())
										+ " mL/min")
								+ ", so the renal rule could not be applied; check the renal bands in the content."));
				}
				return;
			}
			if (step.isStopped()) {
				return;
			}
			String source = " The row comes from a " + band.sourceKind() + " (" + band.sources()
					+ "); the US labels give no kidney bands and only advise caution and a lower dose.";
			BigDecimal ceiling = this.patient.renalCeilingMg();
			if (step.dailyMg().compareTo(ceiling) > 0) {
				findings.add(new Finding(number, Rule.RENAL, "Step " + number + ": " + PlainNumbers.text(step.dailyMg())
						+ " mg/day is above " + PlainNumbers.text(ceiling) + " mg/day, the ceiling for "
						+ this.patient.kidneyPatient() + " (" + band.meaning(this.rules.maxDailyMg()) + ")." + source));
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
								+ " is above " + PlainNumbers.text(allowed) + " mg/day: the protocol's "
								+ PlainNumbers.text(protocolLimit) + " mg/day for that day with the reduction for "
								+ this.patient.kidneyPatient() + " (" + band.meaning(this.rules.maxDailyMg()) + ")."
								+ source));
			}
		}

	}

}
