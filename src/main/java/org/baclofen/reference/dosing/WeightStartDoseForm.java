package org.baclofen.reference.dosing;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.baclofen.reference.kind.CitedContentForm;
import org.baclofen.reference.kind.Label;

/**
 * A weight range and its starting dose as an editor enters them: an empty bound leaves
 * the range open on that side; each bound is ticked when it belongs to the range.
 */
public class WeightStartDoseForm extends CitedContentForm {

	@DecimalMin(value = "0", message = "{admin.number.notNegative}")
	@DecimalMax(value = "400", message = "{admin.number.range}")
	@Digits(integer = 3, fraction = 1, message = "{admin.number.digits}")
	@Label("admin.field.weightStart.minWeightKg")
	private BigDecimal minWeightKg;

	@Label("admin.field.weightStart.minInclusive")
	private boolean minInclusive;

	@DecimalMin(value = "0", inclusive = false, message = "{admin.number.positive}")
	@DecimalMax(value = "400", message = "{admin.number.range}")
	@Digits(integer = 3, fraction = 1, message = "{admin.number.digits}")
	@Label("admin.field.weightStart.maxWeightKg")
	private BigDecimal maxWeightKg;

	@Label("admin.field.weightStart.maxInclusive")
	private boolean maxInclusive;

	@NotNull(message = "{admin.required}")
	@DecimalMin(value = "0", inclusive = false, message = "{admin.number.positive}")
	@DecimalMax(value = "80", message = "{admin.number.range}")
	@Digits(integer = 2, fraction = 2, message = "{admin.number.digits}")
	@Label("admin.field.weightStart.startDoseMg")
	private BigDecimal startDoseMg;

	static WeightStartDoseForm of(WeightStartDose dose) {
		WeightStartDoseForm form = new WeightStartDoseForm();
		form.setVersion(dose.getVersion());
		form.minWeightKg = dose.getMinWeightKg();
		form.minInclusive = dose.isMinInclusive();
		form.maxWeightKg = dose.getMaxWeightKg();
		form.maxInclusive = dose.isMaxInclusive();
		form.startDoseMg = dose.getStartDoseMg();
		form.setSourceIds(dose.getSources().stream().map((source) -> source.getId()).toList());
		return form;
	}

	public BigDecimal getMinWeightKg() {
		return this.minWeightKg;
	}

	public void setMinWeightKg(BigDecimal minWeightKg) {
		this.minWeightKg = minWeightKg;
	}

	public boolean isMinInclusive() {
		return this.minInclusive;
	}

	public void setMinInclusive(boolean minInclusive) {
		this.minInclusive = minInclusive;
	}

	public BigDecimal getMaxWeightKg() {
		return this.maxWeightKg;
	}

	public void setMaxWeightKg(BigDecimal maxWeightKg) {
		this.maxWeightKg = maxWeightKg;
	}

	public boolean isMaxInclusive() {
		return this.maxInclusive;
	}

	public void setMaxInclusive(boolean maxInclusive) {
		this.maxInclusive = maxInclusive;
	}

	public BigDecimal getStartDoseMg() {
		return this.startDoseMg;
	}

	public void setStartDoseMg(BigDecimal startDoseMg) {
		this.startDoseMg = startDoseMg;
	}

}
