package org.baclofen.reference.dosing;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.baclofen.reference.kind.CitedContentForm;
import org.baclofen.reference.kind.Label;

/**
 * The daily intrathecal doses of a population as an editor enters them; every bound is
 * optional.
 */
public class IntrathecalMaintenanceRangeForm extends CitedContentForm {

	@NotBlank(message = "{admin.required}")
	@Size(max = 150, message = "{admin.size}")
	@Label("admin.field.maintenanceRange.population")
	private String population;

	@DecimalMin(value = "0", message = "{admin.number.notNegative}")
	@Digits(integer = 7, fraction = 1, message = "{admin.number.digits}")
	@Label("admin.field.maintenanceRange.typicalMin")
	private BigDecimal typicalMinMcgPerDay;

	@DecimalMin(value = "0", message = "{admin.number.notNegative}")
	@Digits(integer = 7, fraction = 1, message = "{admin.number.digits}")
	@Label("admin.field.maintenanceRange.typicalMax")
	private BigDecimal typicalMaxMcgPerDay;

	@DecimalMin(value = "0", message = "{admin.number.notNegative}")
	@Digits(integer = 7, fraction = 1, message = "{admin.number.digits}")
	@Label("admin.field.maintenanceRange.observedMin")
	private BigDecimal observedMinMcgPerDay;

	@DecimalMin(value = "0", message = "{admin.number.notNegative}")
	@Digits(integer = 7, fraction = 1, message = "{admin.number.digits}")
	@Label("admin.field.maintenanceRange.observedMax")
	private BigDecimal observedMaxMcgPerDay;

	@Size(max = 2000, message = "{admin.size}")
	@Label("admin.field.note")
	private String note;

	@Label(value = "admin.field.maintenanceRange.origin", values = "origin")
	private SpasticityOrigin origin;

	@Label(value = "admin.field.maintenanceRange.ageGroup", values = "ageGroup")
	private AgeGroup ageGroup;

	@DecimalMin(value = "0", inclusive = false, message = "{admin.number.positive}")
	@Digits(integer = 7, fraction = 1, message = "{admin.number.digits}")
	@Label("admin.field.maintenanceRange.limitedExperienceAbove")
	private BigDecimal limitedExperienceAboveMcgPerDay;

	@Size(max = 2000, message = "{admin.size}")
	@Label("admin.field.maintenanceRange.limitedExperienceNote")
	private String limitedExperienceNote;

	@NotNull(message = "{admin.required}")
	@Min(value = 0, message = "{admin.sortOrder.range}")
	@Max(value = 10000, message = "{admin.sortOrder.range}")
	@Label("admin.field.pageOrder")
	private Integer sortOrder = 100;

	static IntrathecalMaintenanceRangeForm of(IntrathecalMaintenanceRange range) {
		IntrathecalMaintenanceRangeForm form = new IntrathecalMaintenanceRangeForm();
		form.setVersion(range.getVersion());
		form.population = range.getPopulation();
		form.typicalMinMcgPerDay = range.getTypicalMinMcgPerDay();
		form.typicalMaxMcgPerDay = range.getTypicalMaxMcgPerDay();
		form.observedMinMcgPerDay = range.getObservedMinMcgPerDay();
		form.observedMaxMcgPerDay = range.getObservedMaxMcgPerDay();
		form.note = range.getNote();
		form.origin = range.getOrigin();
		form.ageGroup = range.getAgeGroup();
		form.limitedExperienceAboveMcgPerDay = range.getLimitedExperienceAboveMcgPerDay();
		form.limitedExperienceNote = range.getLimitedExperienceNote();
		form.sortOrder = range.getSortOrder();
		form.setSourceIds(range.getSources().stream().map((source) -> source.getId()).toList());
		return form;
	}

	public String getPopulation() {
		return this.population;
	}

	public void setPopulation(String population) {
		this.population = population;
	}

	public BigDecimal getTypicalMinMcgPerDay() {
		return this.typicalMinMcgPerDay;
	}

	public void setTypicalMinMcgPerDay(BigDecimal typicalMinMcgPerDay) {
		this.typicalMinMcgPerDay = typicalMinMcgPerDay;
	}

	public BigDecimal getTypicalMaxMcgPerDay() {
		return this.typicalMaxMcgPerDay;
	}

	public void setTypicalMaxMcgPerDay(BigDecimal typicalMaxMcgPerDay) {
		this.typicalMaxMcgPerDay = typicalMaxMcgPerDay;
	}

	public BigDecimal getObservedMinMcgPerDay() {
		return this.observedMinMcgPerDay;
	}

	public void setObservedMinMcgPerDay(BigDecimal observedMinMcgPerDay) {
		this.observedMinMcgPerDay = observedMinMcgPerDay;
	}

	public BigDecimal getObservedMaxMcgPerDay() {
		return this.observedMaxMcgPerDay;
	}

	public void setObservedMaxMcgPerDay(BigDecimal observedMaxMcgPerDay) {
		this.observedMaxMcgPerDay = observedMaxMcgPerDay;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Integer getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(Integer sortOrder) {
		this.sortOrder = sortOrder;
	}

	public SpasticityOrigin getOrigin() {
		return this.origin;
	}

	public void setOrigin(SpasticityOrigin origin) {
		this.origin = origin;
	}

	public AgeGroup getAgeGroup() {
		return this.ageGroup;
	}

	public void setAgeGroup(AgeGroup ageGroup) {
		this.ageGroup = ageGroup;
	}

	public BigDecimal getLimitedExperienceAboveMcgPerDay() {
		return this.limitedExperienceAboveMcgPerDay;
	}

	public void setLimitedExperienceAboveMcgPerDay(BigDecimal limitedExperienceAboveMcgPerDay) {
		this.limitedExperienceAboveMcgPerDay = limitedExperienceAboveMcgPerDay;
	}

	public String getLimitedExperienceNote() {
		return this.limitedExperienceNote;
	}

	public void setLimitedExperienceNote(String limitedExperienceNote) {
		this.limitedExperienceNote = limitedExperienceNote;
	}

}
