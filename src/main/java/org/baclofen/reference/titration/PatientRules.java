package org.baclofen.reference.titration;

import java.math.BigDecimal;

import org.baclofen.reference.dosing.OralAgeRule.Schedule;
import org.baclofen.reference.system.PlainNumbers;

/**
 * The stored rules as they apply to one patient: the kidney row their clearance or
 * dialysis selects, the age band their age falls in (none when no age is given: then the
 * adult rules apply, and the tools say so), the protocol for that age (the US label, or
 * the weight-based schedule from the starting dose for the child's weight), and the
 * ceilings that follow: the kidney row's (its reduction applied to the daily maximum) and
 * the age band's. The planner, the checker and the taper all take the same one, so they
 * agree.
 */
public final class PatientRules {

	private final TitrationRules stored;

	private final Patient patient;

	private final RenalBandRule renalBand;

	private final AgeBandRule ageBand;

	private final WeightStartRule weightStart;

	private PatientRules(TitrationRules stored, Patient patient, RenalBandRule renalBand) {
		this.stored = stored;
		this.patient = patient;
		this.renalBand = renalBand;
		this.ageBand = (patient.ageYears() == null) ? null : stored.ageBand(patient.ageYears()).orElse(null);
		this.weightStart = (isWeightBased() && patient.weightKg() != null)
				? stored.weightStart(patient.weightKg()).orElse(null) : null;
	}

	public static PatientRules of(TitrationRules stored, Patient patient) {
		return new PatientRules(stored, patient,
				stored.renalBand(patient.crclMlPerMin(), patient.dialysis()).orElse(null));
	}

	/** The adult rules (no age given) with a kidney row chosen by the caller, or none. */
	public static PatientRules adult(TitrationRules stored, RenalBandRule renalBand) {
		return new PatientRules(stored, Patient.UNKNOWN, renalBand);
	}

	public Patient patient() {
		return this.patient;
	}

	/** The stored rules, unchanged by the patient. */
	public TitrationRules stored() {
		return this.stored;
	}

	/** The kidney row applied, or null. */
	public RenalBandRule renalBand() {
		return this.renalBand;
	}

	/** The age band applied, or null when no age was given (or none is stored for it). */
	public AgeBandRule ageBand() {
		return this.ageBand;
	}

	/**
	 * Whether an age was given: without one the adult rules apply, and the tools say so.
	 */
	public boolean ageGiven() {
		return this.patient.ageYears() != null;
	}

	public boolean isWeightBased() {
		return this.ageBand != null && this.ageBand.schedule() == Schedule.WEIGHT_BASED;
	}

	/** Whether no source gives an oral schedule at this age (the planner refuses). */
	public boolean hasNoSchedule() {
		return this.ageBand != null && this.ageBand.schedule() == Schedule.NONE;
	}

	/**
	 * For a weight-based schedule without a weight (or a weight no stored range covers):
	 * the starting dose cannot be chosen.
	 */
	public boolean lacksStartingWeight() {
		return isWeightBased() && this.weightStart == null;
	}

	/**
	 * The protocol for this patient: the weight-based schedule for a child whose starting
	 * dose is known, otherwise the stored (label) protocol.
	 */
	public TitrationRules rules() {
		return (isWeightBased() && this.weightStart != null)
				? this.stored.weightBased(this.ageBand, this.weightStart.startDoseMg()) : this.stored;
	}

	/** The weight-based starting dose used, or null. */
	public WeightStartRule weightStart() {
		return this.weightStart;
	}

	/** The kidney row's ceiling: its reduction applied to the label maximum; or null. */
	public BigDecimal renalCeilingMg() {
		RenalBandRule band = renalBand();
		return (band == null) ? null : band.allowedDailyMg(this.stored.maxDailyMg());
	}

	/** The age band's ceiling, or null when it has none of its own. */
	public BigDecimal ageCeilingMg() {
		return (this.ageBand == null || this.ageBand.maxDailyMg() == null) ? null : this.ageBand.maxDailyMg();
	}

	/**
	 * The lower of the kidney and age ceilings, or null when neither applies: a taper
	 * from above it comes down to it in its first step.
	 */
	public BigDecimal ceilingMg() {
		BigDecimal renal = renalCeilingMg();
		BigDecimal age = ageCeilingMg();
		if (renal == null) {
			return age;
		}
		return (age == null) ? renal : renal.min(age);
	}

	/** The most this patient may take a day: the label maximum, or a lower ceiling. */
	public BigDecimal maxDailyMg() {
		BigDecimal ceiling = ceilingMg();
		return PlainNumbers
			.normal((ceiling == null) ? this.stored.maxDailyMg() : ceiling.min(this.stored.maxDailyMg()));
	}

	/**
	 * Which ceiling {@link #ceilingMg()} is, in words: "the kidney ceiling for CrCl 40
	 * mL/min (...)" or "the age ceiling, 60 mg/day for 2 to under 8 years (...)".
	 */
	public String ceilingReason() {
		BigDecimal renal = renalCeilingMg();
		BigDecimal age = ageCeilingMg();
		if (renal != null && (age == null || renal.compareTo(age) <= 0)) {
			return "the kidney ceiling for " + kidneyPatient() + ": " + renalBand().describe(this.stored.maxDailyMg());
		}
		return (age == null) ? null : "the age ceiling, " + this.ageBand.ceilingText();
	}

	/**
	 * The patient as the kidney row sees them: "a CrCl of 40 mL/min", "a CrCl of 12
	 * mL/min, which is kidney failure", "a patient on dialysis".
	 */
	public String kidneyPatient() {
		RenalBandRule band = renalBand();
		if (this.patient.dialysis()) {
			return "a patient on dialysis or with recorded kidney failure";
		}
		if (this.patient.crclMlPerMin() != null) {
			return "a CrCl of " + PlainNumbers.text(this.patient.crclMlPerMin()) + " mL/min"
					+ ((band != null && band.dialysis()) ? ", which is kidney failure" : "");
		}
		return (band == null) ? "this patient" : "a patient with " + band.patients();
	}

	/**
	 * Which rules the age selected, in the words pages, APIs and cards use; without an
	 * age, that the adult rules were used.
	 */
	public String ageStatement() {
		if (!ageGiven()) {
			return "No age was given, so the US label's adult rules were used.";
		}
		AgeBandRule age = this.ageBand;
		if (age == null) {
			return "No stored age rule covers " + this.patient.ageYears()
					+ " years; the US label's adult rules were used.";
		}
		return switch (age.schedule()) {
			case US_LABEL -> "Age " + this.patient.ageYears() + ": the US label's rules (" + age.ages() + ").";
			case NONE -> "Age " + this.patient.ageYears() + ": no source gives an oral schedule for children "
					+ age.ages() + " (" + age.sources() + ").";
			case WEIGHT_BASED -> weightBasedStatement(age);
		};
	}

	private String weightBasedStatement(AgeBandRule age) {
		String start = (this.weightStart == null) ? "a starting dose by weight (enter the weight)"
				: PlainNumbers.text(this.weightStart.startDoseMg()) + " mg "
						+ PlainNumbers.timesADay(age.startTimesPerDay()) + " for "
						+ PlainNumbers.text(this.patient.weightKg()) + " kg";
		return "Age " + this.patient.ageYears() + ": off-label in the US for " + age.ages()
				+ "; the weight-based schedule (" + age.sources() + ") starts at " + start
				+ ", adds a dose a day every " + age.intervalDays() + " days up to "
				+ PlainNumbers.timesADay(age.timesPerDay()) + ", then raises each dose by the starting dose every "
				+ age.intervalDays() + " days, to at most " + PlainNumbers.text(maxDailyMgForAge()) + " mg/day.";
	}

	private BigDecimal maxDailyMgForAge() {
		BigDecimal age = ageCeilingMg();
		return (age == null) ? this.stored.maxDailyMg() : age.min(this.stored.maxDailyMg());
	}

}
