package org.baclofen.reference.titration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.baclofen.reference.dosing.CockcroftGault;
import org.baclofen.reference.dosing.CockcroftGault.CreatinineUnit;
import org.baclofen.reference.dosing.CockcroftGault.Sex;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the plan generator needs: a start date, a target daily dose (the label's usual
 * target when empty) and, optionally, kidney function as a CrCl or as the Cockcroft–Gault
 * inputs. Nothing identifies a patient by itself, but kidney function with age, weight
 * and sex narrows one down: those inputs travel only in a form's body, never in a link
 * (see {@link #shareableInputs}).
 */
public class PlanRequest {

	/**
	 * The inputs that say nothing about the patient (start, target, product): the only
	 * ones a link carries.
	 */
	public static final ShareableLink<PlanRequest> LINK = new ShareableLink<>("/titration/plan",
			List.of(new ShareableLink.Parameter<>("start", PlanRequest::getStart),
					new ShareableLink.Parameter<>("targetDailyMg", PlanRequest::getTargetDailyMg),
					new ShareableLink.Parameter<>("product", PlanRequest::getProduct)));

	/** Empty for today (by the application clock). */
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate start;

	@DecimalMin(value = "0.5", message = "{titration.targetDailyMg.range}")
	@DecimalMax(value = "1000", message = "{titration.targetDailyMg.range}")
	@Digits(integer = 4, fraction = 2, message = "{titration.doseMg.digits}")
	private BigDecimal targetDailyMg;

	@DecimalMin(value = "0", message = "{titration.crcl.range}")
	@DecimalMax(value = "250", message = "{titration.crcl.range}")
	private BigDecimal crclMlPerMin;

	@Min(value = 18, message = "{titration.ageYears.range}")
	@Max(value = 120, message = "{titration.ageYears.range}")
	private Integer ageYears;

	@DecimalMin(value = "20", message = "{titration.weightKg.range}")
	@DecimalMax(value = "400", message = "{titration.weightKg.range}")
	private BigDecimal weightKg;

	@DecimalMin(value = "0.1", message = "{titration.serumCreatinine.range}")
	@DecimalMax(value = "2000", message = "{titration.serumCreatinine.range}")
	private BigDecimal serumCreatinine;

	private CreatinineUnit creatinineUnit = CreatinineUnit.MG_PER_DL;

	private Sex sex;

	/** The product chosen to give the doses (a dosage-form id); empty for the tablets. */
	private Long product;

	/** On dialysis: the dialysis band applies, whatever the clearance. */
	private boolean dialysis;

	public Long getProduct() {
		return this.product;
	}

	public void setProduct(Long product) {
		this.product = product;
	}

	public boolean isDialysis() {
		return this.dialysis;
	}

	public void setDialysis(boolean dialysis) {
		this.dialysis = dialysis;
	}

	public LocalDate getStart() {
		return this.start;
	}

	public void setStart(LocalDate start) {
		this.start = start;
	}

	public BigDecimal getTargetDailyMg() {
		return this.targetDailyMg;
	}

	public void setTargetDailyMg(BigDecimal targetDailyMg) {
		this.targetDailyMg = targetDailyMg;
	}

	public BigDecimal getCrclMlPerMin() {
		return this.crclMlPerMin;
	}

	public void setCrclMlPerMin(BigDecimal crclMlPerMin) {
		this.crclMlPerMin = crclMlPerMin;
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

	/**
	 * The CrCl to apply: the one given, or the Cockcroft–Gault estimate when all its
	 * inputs are given, or null when kidney function was not entered.
	 * @throws PlanRefusedException when both or only some inputs are given
	 */
	BigDecimal resolveCrcl() {
		boolean anyEstimateInput = this.ageYears != null || this.weightKg != null || this.serumCreatinine != null
				|| this.sex != null;
		if (this.crclMlPerMin != null) {
			if (anyEstimateInput) {
				throw new PlanRefusedException("crclMlPerMin",
						"Give either a CrCl or the Cockcroft–Gault inputs (age, weight, serum creatinine, "
								+ "sex), not both.");
			}
			return this.crclMlPerMin;
		}
		if (!anyEstimateInput) {
			return null;
		}
		requireEstimateInput("ageYears", this.ageYears);
		requireEstimateInput("weightKg", this.weightKg);
		requireEstimateInput("serumCreatinine", this.serumCreatinine);
		requireEstimateInput("sex", this.sex);
		return CockcroftGault.crclMlPerMin(this.ageYears, this.weightKg, this.serumCreatinine,
				(this.creatinineUnit == null) ? CreatinineUnit.MG_PER_DL : this.creatinineUnit, this.sex);
	}

	private static void requireEstimateInput(String field, Object value) {
		if (value == null) {
			throw new PlanRefusedException(field,
					"The Cockcroft–Gault estimate needs age, weight, serum creatinine and sex; this one is missing.");
		}
	}

	/** Whether any kidney input was given: then the plan has no link, only its form. */
	public boolean hasKidneyInputs() {
		return this.dialysis || this.crclMlPerMin != null || this.ageYears != null || this.weightKg != null
				|| this.serumCreatinine != null || this.sex != null;
	}

	/**
	 * Every input given, by parameter name, so a download or handout can post the same
	 * plan again.
	 */
	public Map<String, String> inputs() {
		Map<String, String> inputs = shareableInputs();
		ShareableLink.putIfGiven(inputs, "dialysis", this.dialysis ? "true" : null);
		ShareableLink.putIfGiven(inputs, "crclMlPerMin", this.crclMlPerMin);
		ShareableLink.putIfGiven(inputs, "ageYears", this.ageYears);
		ShareableLink.putIfGiven(inputs, "weightKg", this.weightKg);
		ShareableLink.putIfGiven(inputs, "serumCreatinine", this.serumCreatinine);
		ShareableLink.putIfGiven(inputs, "creatinineUnit", (this.serumCreatinine != null) ? this.creatinineUnit : null);
		ShareableLink.putIfGiven(inputs, "sex", this.sex);
		return inputs;
	}

	/** The inputs a link carries (see {@link #LINK}). */
	public Map<String, String> shareableInputs() {
		return LINK.inputsOf(this);
	}

}
