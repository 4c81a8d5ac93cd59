package org.baclofen.reference.dosing;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.baclofen.reference.dosing.CockcroftGault.CreatinineUnit;
import org.baclofen.reference.dosing.CockcroftGault.Sex;

/**
 * The patient's kidney function and age as every form and JSON body takes them, described
 * once: a creatinine clearance (measured, or an eGFR used in its place), or the
 * Cockcroft–Gault inputs (age, weight, serum creatinine in mg/dL or µmol/L, sex), and
 * whether the patient is on dialysis. Age and weight also feed the oral tools' age rules,
 * so they may be given without a creatinine. The planner, the taper, the checker, their
 * JSON APIs and the renal calculator all bind this type, so its bounds are the same
 * everywhere; the serum creatinine is bounded after conversion to mg/dL (see
 * {@link ConsistentKidneyFunction}), so a value typed in the wrong unit is caught rather
 * than turned into a plausible-looking clearance.
 * <p>
 * Nothing here identifies a patient by itself, but together these values narrow one down:
 * they travel only in a form's or a request's body, never in a link.
 */
@ConsistentKidneyFunction
public class KidneyFunctionInput {

	/** Serum creatinine accepted, in mg/dL; a value in µmol/L is converted first. */
	static final BigDecimal MIN_CREATININE_MG_PER_DL = new BigDecimal("0.1");

	static final BigDecimal MAX_CREATININE_MG_PER_DL = new BigDecimal("20");

	/** Cockcroft–Gault was derived in adults: below this age it is not used. */
	static final int MIN_ESTIMATE_AGE_YEARS = 18;

	@DecimalMin(value = "0", message = "{kidney.crcl.range}")
	@DecimalMax(value = "250", message = "{kidney.crcl.range}")
	private BigDecimal crclMlPerMin;

	/** On dialysis: the dialysis row applies, whatever the clearance. */
	private boolean dialysis;

	@Min(value = 0, message = "{kidney.ageYears.range}")
	@Max(value = 120, message = "{kidney.ageYears.range}")
	private Integer ageYears;

	@DecimalMin(value = "2", message = "{kidney.weightKg.range}")
	@DecimalMax(value = "400", message = "{kidney.weightKg.range}")
	@Digits(integer = 3, fraction = 1, message = "{kidney.weightKg.range}")
	private BigDecimal weightKg;

	@DecimalMin(value = "0", inclusive = false, message = "{kidney.serumCreatinine.range}")
	@Digits(integer = 4, fraction = 2, message = "{kidney.serumCreatinine.digits}")
	private BigDecimal serumCreatinine;

	private CreatinineUnit creatinineUnit = CreatinineUnit.MG_PER_DL;

	private Sex sex;

	/**
	 * The clearance the rules apply: the one given, the Cockcroft–Gault estimate when a
	 * serum creatinine is given, or null when kidney function was not entered. Call it on
	 * a validated input: an inconsistent one (see {@link ConsistentKidneyFunction}) is a
	 * programming error here.
	 */
	public BigDecimal resolvedCrclMlPerMin() {
		if (this.crclMlPerMin != null || this.serumCreatinine == null) {
			return this.crclMlPerMin;
		}
		if (this.ageYears == null || this.weightKg == null || this.sex == null) {
			throw new IllegalStateException("The Cockcroft–Gault estimate needs age, weight and sex");
		}
		return CockcroftGault.crclMlPerMin(this.ageYears, this.weightKg, this.serumCreatinine, unit(), this.sex);
	}

	/** Whether a Cockcroft–Gault estimate was asked for (a serum creatinine is given). */
	public boolean isEstimate() {
		return this.serumCreatinine != null;
	}

	/**
	 * Whether kidney function was entered at all (a clearance, an estimate or dialysis).
	 */
	public boolean hasKidneyFunction() {
		return this.dialysis || this.crclMlPerMin != null || this.serumCreatinine != null;
	}

	/**
	 * Whether anything about the patient was given: then a result has no link, only its
	 * form.
	 */
	public boolean hasPatientInputs() {
		return hasKidneyFunction() || this.ageYears != null || this.weightKg != null || this.sex != null;
	}

	/**
	 * The serum creatinine in mg/dL, whichever unit it was typed in; null when none is
	 * given.
	 */
	BigDecimal serumCreatinineMgPerDl() {
		return (this.serumCreatinine == null) ? null : CockcroftGault.mgPerDl(this.serumCreatinine, unit());
	}

	private CreatinineUnit unit() {
		return (this.creatinineUnit == null) ? CreatinineUnit.MG_PER_DL : this.creatinineUnit;
	}

	/**
	 * The patient inputs given, by parameter name, so a download or handout can post the
	 * same request again.
	 */
	public Map<String, String> patientInputs() {
		Map<String, String> inputs = new LinkedHashMap<>();
		putIfGiven(inputs, "dialysis", this.dialysis ? "true" : null);
		putIfGiven(inputs, "crclMlPerMin", this.crclMlPerMin);
		putIfGiven(inputs, "ageYears", this.ageYears);
		putIfGiven(inputs, "weightKg", this.weightKg);
		putIfGiven(inputs, "serumCreatinine", this.serumCreatinine);
		putIfGiven(inputs, "creatinineUnit", (this.serumCreatinine != null) ? unit() : null);
		putIfGiven(inputs, "sex", this.sex);
		return inputs;
	}

	/** Adds a parameter in the form a request gives it back, when it has a value. */
	public static void putIfGiven(Map<String, String> inputs, String name, Object value) {
		if (value != null) {
			inputs.put(name, (value instanceof BigDecimal decimal) ? decimal.toPlainString() : value.toString());
		}
	}

	public BigDecimal getCrclMlPerMin() {
		return this.crclMlPerMin;
	}

	public void setCrclMlPerMin(BigDecimal crclMlPerMin) {
		this.crclMlPerMin = crclMlPerMin;
	}

	public boolean isDialysis() {
		return this.dialysis;
	}

	public void setDialysis(boolean dialysis) {
		this.dialysis = dialysis;
	}

	public Integer getAgeYears() {
		return this.ageYears;
	}

	public void setAgeYears(Integer ageYears) {
		this.ageYears = ageYears;
	}

	public BigDecimal getWeightKg() {
		return this.weightKg;
	}

	public void setWeightKg(BigDecimal weightKg) {
		this.weightKg = weightKg;
	}

	public BigDecimal getSerumCreatinine() {
		return this.serumCreatinine;
	}

	public void setSerumCreatinine(BigDecimal serumCreatinine) {
		this.serumCreatinine = serumCreatinine;
	}

	public CreatinineUnit getCreatinineUnit() {
		return this.creatinineUnit;
	}

	public void setCreatinineUnit(CreatinineUnit creatinineUnit) {
		this.creatinineUnit = creatinineUnit;
	}

	public Sex getSex() {
		return this.sex;
	}

	public void setSex(Sex sex) {
		this.sex = sex;
	}

}
