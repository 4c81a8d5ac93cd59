package org.baclofen.reference.dosing;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.baclofen.reference.dosing.CockcroftGault.CreatinineUnit;
import org.baclofen.reference.dosing.CockcroftGault.Sex;

/**
 * The Cockcroft–Gault inputs typed on the renal page. Nothing here identifies a patient,
 * and nothing is stored. Serum creatinine is bounded per unit: 0.1–20 mg/dL is the same
 * span as about 9–1770 µmol/L, so a value typed in the wrong unit is caught rather than
 * turned into a plausible-looking clearance.
 */
public class CreatinineClearanceForm {

	/**
	 * The creatinine range the calculator accepts, in mg/dL; µmol/L values are converted
	 * first.
	 */
	static final BigDecimal MIN_CREATININE_MG_PER_DL = new BigDecimal("0.1");

	static final BigDecimal MAX_CREATININE_MG_PER_DL = new BigDecimal("20");

	@NotNull(message = "{renal.calculator.ageYears.range}")
	@Min(value = 18, message = "{renal.calculator.ageYears.range}")
	@Max(value = 120, message = "{renal.calculator.ageYears.range}")
	private Integer ageYears;

	@NotNull(message = "{renal.calculator.weightKg.range}")
	@DecimalMin(value = "20", message = "{renal.calculator.weightKg.range}")
	@DecimalMax(value = "400", message = "{renal.calculator.weightKg.range}")
	@Digits(integer = 3, fraction = 1, message = "{renal.calculator.weightKg.range}")
	private BigDecimal weightKg;

	@NotNull(message = "{renal.calculator.serumCreatinine.required}")
	@DecimalMin(value = "0", inclusive = false, message = "{renal.calculator.serumCreatinine.required}")
	@Digits(integer = 4, fraction = 2, message = "{renal.calculator.serumCreatinine.digits}")
	private BigDecimal serumCreatinine;

	@NotNull(message = "{renal.calculator.unit.required}")
	private CreatinineUnit creatinineUnit = CreatinineUnit.MG_PER_DL;

	@NotNull(message = "{renal.calculator.sex.required}")
	private Sex sex;

	/**
	 * True unless a creatinine is given whose value, in its unit, lies outside 0.1–20
	 * mg/dL.
	 */
	boolean creatinineInRangeForItsUnit() {
		if (this.serumCreatinine == null || this.creatinineUnit == null || this.serumCreatinine.signum() <= 0) {
			return true;
		}
		// The same conversion the estimate uses, so a value accepted here is the value
		// computed with.
		BigDecimal mgPerDl = CockcroftGault.mgPerDl(this.serumCreatinine, this.creatinineUnit);
		return mgPerDl.compareTo(MIN_CREATININE_MG_PER_DL) >= 0 && mgPerDl.compareTo(MAX_CREATININE_MG_PER_DL) <= 0;
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
