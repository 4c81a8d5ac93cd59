package org.baclofen.reference.dosing;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.baclofen.reference.kind.CitedContentForm;
import org.baclofen.reference.kind.Label;
import org.hibernate.validator.constraints.Range;

/**
 * The oral rules for an age range as an editor enters them; the frequencies and interval
 * are only for a weight-based schedule.
 */
public class OralAgeRuleForm extends CitedContentForm {

	@NotNull(message = "{admin.required}")
	@Range(min = 0, max = 120, message = "{admin.number.range}")
	@Label("admin.field.ageRule.minAgeYears")
	private Integer minAgeYears;

	@Range(min = 1, max = 121, message = "{admin.number.range}")
	@Label("admin.field.ageRule.maxAgeYears")
	private Integer maxAgeYears;

	@NotNull(message = "{admin.required}")
	@Label(value = "admin.field.ageRule.schedule", values = "ageRule.schedule")
	private OralAgeRule.Schedule schedule;

	@Label("admin.field.ageRule.offLabel")
	private boolean offLabel;

	@DecimalMin(value = "0", inclusive = false, message = "{admin.number.positive}")
	@Digits(integer = 4, fraction = 2, message = "{admin.number.digits}")
	@Label("admin.field.ageRule.maxDailyMg")
	private BigDecimal maxDailyMg;

	@Range(min = 1, max = 12, message = "{admin.number.range}")
	@Label("admin.field.ageRule.startTimesPerDay")
	private Integer startTimesPerDay;

	@Range(min = 1, max = 12, message = "{admin.number.range}")
	@Label("admin.field.ageRule.timesPerDay")
	private Integer timesPerDay;

	@Range(min = 1, max = 60, message = "{admin.number.range}")
	@Label("admin.field.ageRule.intervalDays")
	private Integer intervalDays;

	@NotBlank(message = "{admin.required}")
	@Size(max = 2000, message = "{admin.size}")
	@Label("admin.field.ageRule.advice")
	private String advice;

	static OralAgeRuleForm of(OralAgeRule rule) {
		OralAgeRuleForm form = new OralAgeRuleForm();
		form.setVersion(rule.getVersion());
		form.minAgeYears = rule.getMinAgeYears();
		form.maxAgeYears = rule.getMaxAgeYears();
		form.schedule = rule.getSchedule();
		form.offLabel = rule.isOffLabel();
		form.maxDailyMg = rule.getMaxDailyMg();
		form.startTimesPerDay = rule.getStartTimesPerDay();
		form.timesPerDay = rule.getTimesPerDay();
		form.intervalDays = rule.getIntervalDays();
		form.advice = rule.getAdvice();
		form.setSourceIds(rule.getSources().stream().map((source) -> source.getId()).toList());
		return form;
	}

	public Integer getMinAgeYears() {
		return this.minAgeYears;
	}

	public void setMinAgeYears(Integer minAgeYears) {
		this.minAgeYears = minAgeYears;
	}

	public Integer getMaxAgeYears() {
		return this.maxAgeYears;
	}

	public void setMaxAgeYears(Integer maxAgeYears) {
		this.maxAgeYears = maxAgeYears;
	}

	public OralAgeRule.Schedule getSchedule() {
		return this.schedule;
	}

	public void setSchedule(OralAgeRule.Schedule schedule) {
		this.schedule = schedule;
	}

	public boolean isOffLabel() {
		return this.offLabel;
	}

	public void setOffLabel(boolean offLabel) {
		this.offLabel = offLabel;
	}

	public BigDecimal getMaxDailyMg() {
		return this.maxDailyMg;
	}

	public void setMaxDailyMg(BigDecimal maxDailyMg) {
		this.maxDailyMg = maxDailyMg;
	}

	public Integer getStartTimesPerDay() {
		return this.startTimesPerDay;
	}

	public void setStartTimesPerDay(Integer startTimesPerDay) {
		this.startTimesPerDay = startTimesPerDay;
	}

	public Integer getTimesPerDay() {
		return this.timesPerDay;
	}

	public void setTimesPerDay(Integer timesPerDay) {
		this.timesPerDay = timesPerDay;
	}

	public Integer getIntervalDays() {
		return this.intervalDays;
	}

	public void setIntervalDays(Integer intervalDays) {
		this.intervalDays = intervalDays;
	}

	public String getAdvice() {
		return this.advice;
	}

	public void setAdvice(String advice) {
		this.advice = advice;
	}

}
