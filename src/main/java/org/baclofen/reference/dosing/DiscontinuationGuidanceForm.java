package org.baclofen.reference.dosing;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.baclofen.reference.content.Route;
import org.baclofen.reference.kind.CitedContentForm;
import org.baclofen.reference.kind.Label;
import org.hibernate.validator.constraints.Range;

/**
 * What one source says about stopping baclofen, as an editor enters it. One oral row is
 * the rule basis: its minimum taper is what the app's checks apply.
 */
public class DiscontinuationGuidanceForm extends CitedContentForm {

	@NotNull(message = "{admin.required}")
	@Label(value = "admin.field.route", values = "route")
	private Route route;

	@NotBlank(message = "{admin.required}")
	@Size(max = 200, message = "{admin.size}")
	@Label("admin.field.title")
	private String title;

	@Range(min = 0, max = 3650, message = "{admin.number.range}")
	@Label("admin.field.discontinuation.minTaperDays")
	private Integer minTaperDays;

	@Range(min = 0, max = 3650, message = "{admin.number.range}")
	@Label("admin.field.discontinuation.maxTaperDays")
	private Integer maxTaperDays;

	@NotBlank(message = "{admin.required}")
	@Size(max = 4000, message = "{admin.size}")
	@Label("admin.field.discontinuation.advice")
	private String advice;

	@Label("admin.field.discontinuation.ruleBasis")
	private boolean ruleBasis;

	@DecimalMin(value = "0", inclusive = false, message = "{admin.number.positive}")
	@DecimalMax(value = "1", message = "{admin.discontinuation.fraction}")
	@Digits(integer = 1, fraction = 3, message = "{admin.number.digits}")
	@Label("admin.field.discontinuation.taperEndFraction")
	private BigDecimal taperEndFraction;

	@DecimalMin(value = "0", inclusive = false, message = "{admin.number.positive}")
	@Digits(integer = 4, fraction = 2, message = "{admin.number.digits}")
	@Label("admin.field.discontinuation.taperEndMaxDailyMg")
	private BigDecimal taperEndMaxDailyMg;

	@DecimalMin(value = "0", inclusive = false, message = "{admin.number.positive}")
	@DecimalMax(value = "1", message = "{admin.discontinuation.fraction}")
	@Digits(integer = 1, fraction = 3, message = "{admin.number.digits}")
	@Label("admin.field.discontinuation.taperStepMaxFraction")
	private BigDecimal taperStepMaxFraction;

	@DecimalMin(value = "0", inclusive = false, message = "{admin.number.positive}")
	@Digits(integer = 4, fraction = 2, message = "{admin.number.digits}")
	@Label("admin.field.discontinuation.taperStepFloorMg")
	private BigDecimal taperStepFloorMg;

	@Range(min = 1, max = 365, message = "{admin.number.range}")
	@Label("admin.field.discontinuation.taperStepMinDays")
	private Integer taperStepMinDays;

	@NotNull(message = "{admin.required}")
	@Min(value = 0, message = "{admin.sortOrder.range}")
	@Max(value = 10000, message = "{admin.sortOrder.range}")
	@Label("admin.field.pageOrder")
	private Integer sortOrder = 100;

	static DiscontinuationGuidanceForm of(DiscontinuationGuidance guidance) {
		DiscontinuationGuidanceForm form = new DiscontinuationGuidanceForm();
		form.setVersion(guidance.getVersion());
		form.route = guidance.getRoute();
		form.title = guidance.getTitle();
		form.minTaperDays = guidance.getMinTaperDays();
		form.maxTaperDays = guidance.getMaxTaperDays();
		form.advice = guidance.getAdvice();
		form.ruleBasis = guidance.isRuleBasis();
		form.taperEndFraction = guidance.getTaperEndFraction();
		form.taperEndMaxDailyMg = guidance.getTaperEndMaxDailyMg();
		form.taperStepMaxFraction = guidance.getTaperStepMaxFraction();
		form.taperStepFloorMg = guidance.getTaperStepFloorMg();
		form.taperStepMinDays = guidance.getTaperStepMinDays();
		form.sortOrder = guidance.getSortOrder();
		form.setSourceIds(guidance.getSources().stream().map((source) -> source.getId()).toList());
		return form;
	}

	public Route getRoute() {
		return this.route;
	}

	public void setRoute(Route route) {
		this.route = route;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Integer getMinTaperDays() {
		return this.minTaperDays;
	}

	public void setMinTaperDays(Integer minTaperDays) {
		this.minTaperDays = minTaperDays;
	}

	public Integer getMaxTaperDays() {
		return this.maxTaperDays;
	}

	public void setMaxTaperDays(Integer maxTaperDays) {
		this.maxTaperDays = maxTaperDays;
	}

	public String getAdvice() {
		return this.advice;
	}

	public void setAdvice(String advice) {
		this.advice = advice;
	}

	public boolean isRuleBasis() {
		return this.ruleBasis;
	}

	public void setRuleBasis(boolean ruleBasis) {
		this.ruleBasis = ruleBasis;
	}

	public Integer getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(Integer sortOrder) {
		this.sortOrder = sortOrder;
	}

	public BigDecimal getTaperEndFraction() {
		return this.taperEndFraction;
	}

	public void setTaperEndFraction(BigDecimal taperEndFraction) {
		this.taperEndFraction = taperEndFraction;
	}

	public BigDecimal getTaperEndMaxDailyMg() {
		return this.taperEndMaxDailyMg;
	}

	public void setTaperEndMaxDailyMg(BigDecimal taperEndMaxDailyMg) {
		this.taperEndMaxDailyMg = taperEndMaxDailyMg;
	}

	public BigDecimal getTaperStepMaxFraction() {
		return this.taperStepMaxFraction;
	}

	public void setTaperStepMaxFraction(BigDecimal taperStepMaxFraction) {
		this.taperStepMaxFraction = taperStepMaxFraction;
	}

	public BigDecimal getTaperStepFloorMg() {
		return this.taperStepFloorMg;
	}

	public void setTaperStepFloorMg(BigDecimal taperStepFloorMg) {
		this.taperStepFloorMg = taperStepFloorMg;
	}

	public Integer getTaperStepMinDays() {
		return this.taperStepMinDays;
	}

	public void setTaperStepMinDays(Integer taperStepMinDays) {
		this.taperStepMinDays = taperStepMinDays;
	}

}
