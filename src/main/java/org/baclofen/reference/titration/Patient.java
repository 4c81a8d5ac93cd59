package org.baclofen.reference.titration;

import java.math.BigDecimal;

/**
 * What the rules know about the patient, each part optional: kidney function (a
 * creatinine clearance, or an eGFR used in its place), whether on dialysis or with
 * recorded kidney failure, age in whole years and weight. Nothing that identifies anyone.
 */
public record Patient(BigDecimal crclMlPerMin, boolean dialysis, Integer ageYears, BigDecimal weightKg) {

	public static final Patient UNKNOWN = new Patient(null, false, null, null);

	/** Kidney function only, for the adult rules. */
	public static Patient kidney(BigDecimal crclMlPerMin, boolean dialysis) {
		return new Patient(crclMlPerMin, dialysis, null, null);
	}

	public Patient withAge(Integer ageYears) {
		return new Patient(this.crclMlPerMin, this.dialysis, ageYears, this.weightKg);
	}

	public boolean hasKidneyFunction() {
		return this.crclMlPerMin != null || this.dialysis;
	}

}
