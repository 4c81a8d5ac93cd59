package org.baclofen.reference.dosing;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.baclofen.reference.content.SourceKind;
import org.baclofen.reference.kind.CitedContentForm;
import org.baclofen.reference.kind.Label;

/**
 * A kidney-function band as an editor enters it: a clearance range (an empty bound leaves
 * the band open on that side; each bound is ticked when it belongs to the band) or the
 * dialysis band.
 */
public class RenalBandForm extends CitedContentForm {

	@DecimalMin(value = "0", message = "{admin.number.notNegative}")
	@Digits(integer = 5, fraction = 1, message = "{admin.number.digits}")
	@Label("admin.field.renalBand.crclMin")
	private BigDecimal crclMinMlPerMin;

	@DecimalMin(value = "0", inclusive = false, message = "{admin.number.positive}")
	@Digits(integer = 5, fraction = 1, message = "{admin.number.digits}")
	@Label("admin.field.renalBand.crclMax")
	private BigDecimal crclMaxMlPerMin;

	@Label("admin.field.renalBand.minInclusive")
	private boolean minInclusive;

	@Label("admin.field.renalBand.maxInclusive")
	private boolean maxInclusive;

	@Label("admin.field.renalBand.dialysis")
	private boolean dialysis;

	@NotNull(message = "{admin.required}")
	@DecimalMin(value = "0", message = "{admin.number.percent}")
	@DecimalMax(value = "100", message = "{admin.number.percent}")
	@Digits(integer = 3, fraction = 3, message = "{admin.number.digits}")
	@Label("admin.field.renalBand.doseReductionPercent")
	private BigDecimal doseReductionPercent;

	@DecimalMin(value = "0", inclusive = false, message = "{admin.number.positive}")
	@Digits(integer = 4, fraction = 2, message = "{admin.number.digits}")
	@Label("admin.field.renalBand.maxDailyMg")
	private BigDecimal maxDailyMg;

	@NotBlank(message = "{admin.required}")
	@Size(max = 2000, message = "{admin.size}")
	@Label("admin.field.renalBand.advice")
	private String advice;

	@Size(max = 300, message = "{admin.size}")
	@Label("admin.field.renalBand.summary")
	private String summary;

	@NotNull(message = "{admin.required}")
	@Label(value = "admin.field.renalBand.sourceKind", values = "source.kind")
	private SourceKind sourceKind;

	static RenalBandForm of(RenalBand band) {
		RenalBandForm form = new RenalBandForm();
		form.setVersion(band.getVersion());
		form.crclMinMlPerMin = band.getCrclMinMlPerMin();
		form.crclMaxMlPerMin = band.getCrclMaxMlPerMin();
		form.minInclusive = band.isMinInclusive();
		form.maxInclusive = band.isMaxInclusive();
		form.dialysis = band.isDialysis();
		form.doseReductionPercent = band.getDoseReductionPercent();
		form.maxDailyMg = band.getMaxDailyMg();
		form.advice = band.getAdvice();
		form.summary = band.getSummary();
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

	public BigDecimal getDoseReductionPercent() {
		return this.doseReductionPercent;
	}

	public void setDoseReductionPercent(BigDecimal doseReductionPercent) {
		this.doseReductionPercent = doseReductionPercent;
	}

	public boolean isMinInclusive() {
		return this.minInclusive;
	}

	public void setMinInclusive(boolean minInclusive) {
		this.minInclusive = minInclusive;
	}

	public boolean isMaxInclusive() {
		return this.maxInclusive;
	}

	public void setMaxInclusive(boolean maxInclusive) {
		this.maxInclusive = maxInclusive;
	}

	public boolean isDialysis() {
		return this.dialysis;
	}

	public void setDialysis(boolean dialysis) {
		this.dialysis = dialysis;
	}

	public BigDecimal getMaxDailyMg() {
		return this.maxDailyMg;
	}

	public void setMaxDailyMg(BigDecimal maxDailyMg) {
		this.maxDailyMg = maxDailyMg;
	}

	RenalBand.Bounds bounds() {
		return new RenalBand.Bounds(this.crclMinMlPerMin, this.minInclusive, this.crclMaxMlPerMin, this.maxInclusive,
				this.dialysis);
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
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
