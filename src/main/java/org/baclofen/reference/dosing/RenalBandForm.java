package org.baclofen.reference.dosing;

import java.math.BigDecimal;

import org.baclofen.reference.admin.CitedContentForm;
import org.baclofen.reference.source.SourceKind;
import org.hibernate.validator.constraints.Range;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A creatinine-clearance band as an editor enters it; an empty bound leaves the band open on that side.
 */
public class RenalBandForm extends CitedContentForm {

	@DecimalMin(value = "0", message = "{admin.number.notNegative}")
	@Digits(integer = 5, fraction = 1, message = "{admin.number.digits}")
	private BigDecimal crclMinMlPerMin;

	@DecimalMin(value = "0", inclusive = false, message = "{admin.number.positive}")
	@Digits(integer = 5, fraction = 1, message = "{admin.number.digits}")
	private BigDecimal crclMaxMlPerMin;

	@NotNull(message = "{admin.required}")
	@Range(min = 0, max = 100, message = "{admin.number.range}")
	private Integer doseReductionPercent;

	@NotBlank(message = "{admin.required}")
	@Size(max = 2000, message = "{admin.size}")
	private String advice;

	@NotNull(message = "{admin.required}")
	private SourceKind sourceKind;

	static RenalBandForm of(RenalBand band) {
		RenalBandForm form = new RenalBandForm();
		form.setVersion(band.getVersion());
		form.crclMinMlPerMin = band.getCrclMinMlPerMin();
		form.crclMaxMlPerMin = band.getCrclMaxMlPerMin();
		form.doseReductionPercent = band.getDoseReductionPercent();
		form.advice = band.getAdvice();
		form.sourceKind = band.getSourceKind();
		form.setSourceIds(band.getSources().stream().map((source) -> source.getId()).toList());
		return form;
	}

	public BigDecimal getCrclMinMlPerMin() {
		return this.crclMinMlPerMin;
	}

	public void setCrclMinMlPerMin(BigDecimal crclMinMlPerMin) {
		this.crclMinMlPerMin = crclMinMlPerMin;
	}

	public BigDecimal getCrclMaxMlPerMin() {
		return this.crclMaxMlPerMin;
	}

	public void setCrclMaxMlPerMin(BigDecimal crclMaxMlPerMin) {
		this.crclMaxMlPerMin = crclMaxMlPerMin;
	}

	public Integer getDoseReductionPercent() {
		return this.doseReductionPercent;
	}

	public void setDoseReductionPercent(Integer doseReductionPercent) {
		this.doseReductionPercent = doseReductionPercent;
	}

	public String getAdvice() {
		return this.advice;
	}

	public void setAdvice(String advice) {
		this.advice = advice;
	}

	public SourceKind getSourceKind() {
		return this.sourceKind;
	}

	public void setSourceKind(SourceKind sourceKind) {
		this.sourceKind = sourceKind;
	}

}
