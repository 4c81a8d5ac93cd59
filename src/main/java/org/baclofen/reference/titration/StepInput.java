package org.baclofen.reference.titration;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * One step as a pharmacist or another system enters it: the check form's row and the
 * API's step alike. The bounds only keep out nonsense; the clinical limits are the
 * checker's findings.
 */
@RunningDoseHasFrequency
public class StepInput {

	@NotNull(message = "{titration.days.required}")
	@Min(value = 1, message = "{titration.days.range}")
	@Max(value = 365, message = "{titration.days.range}")
	private Integer days;

	@NotNull(message = "{titration.doseMg.required}")
	@DecimalMin(value = "0", message = "{titration.doseMg.range}")
	@DecimalMax(value = "200", message = "{titration.doseMg.range}")
	@Digits(integer = 3, fraction = 2, message = "{titration.doseMg.digits}")
	private BigDecimal doseMg;

	@NotNull(message = "{titration.timesPerDay.required}")
	@Min(value = 0, message = "{titration.timesPerDay.range}")
	@Max(value = 12, message = "{titration.timesPerDay.range}")
	private Integer timesPerDay;

	public StepInput() {
	}

	public StepInput(Integer days, BigDecimal doseMg, Integer timesPerDay) {
		this.days = days;
		this.doseMg = doseMg;
		this.timesPerDay = timesPerDay;
	}

	public Integer getDays() {
		return this.days;
	}

	public void setDays(Integer days) {
		this.days = days;
	}

	public BigDecimal getDoseMg() {
		return this.doseMg;
	}

	public void setDoseMg(BigDecimal doseMg) {
		this.doseMg = doseMg;
	}

	public Integer getTimesPerDay() {
		return this.timesPerDay;
	}

	public void setTimesPerDay(Integer timesPerDay) {
		this.timesPerDay = timesPerDay;
	}

	/** Whether nothing was entered: a spare row of the form. */
	boolean isEmpty() {
		return this.days == null && this.doseMg == null && this.timesPerDay == null;
	}

	PlanStep toPlanStep() {
		return new PlanStep(this.days, this.doseMg, this.timesPerDay);
	}

}
