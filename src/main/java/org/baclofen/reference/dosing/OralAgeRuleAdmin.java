package org.baclofen.reference.dosing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.baclofen.reference.kind.ContentAdmin;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

@Component
class OralAgeRuleAdmin extends ContentAdmin<OralAgeRule, OralAgeRuleForm> {

	private final OralAgeRuleRepository rules;

	OralAgeRuleAdmin(OralAgeRuleRepository rules) {
		super("oral-age-rules", OralAgeRule.class, rules, OralAgeRuleForm::new, OralAgeRuleForm::of);
		this.rules = rules;
	}

	@Override
	public List<OralAgeRule> findAll() {
		return this.rules.findAllByOrderByMinAgeYearsAsc();
	}

	@Override
	public Map<String, Object> formOptions() {
		return Map.of("schedules", OralAgeRule.Schedule.values());
	}

	@Override
	public OralAgeRule create(OralAgeRuleForm form, LocalDate reviewedOn) {
		OralAgeRule rule = new OralAgeRule(form.getMinAgeYears(), form.getMaxAgeYears(), form.getSchedule(),
				form.getAdvice(), form.isOffLabel(), reviewedOn);
		rule.limit(form.getMaxDailyMg(), form.getStartTimesPerDay(), form.getTimesPerDay(), form.getIntervalDays());
		return rule;
	}

	@Override
	public void apply(OralAgeRuleForm form, OralAgeRule rule) {
		rule.describe(form.getMinAgeYears(), form.getMaxAgeYears(), form.getSchedule(), form.getAdvice(),
				form.isOffLabel());
		rule.limit(form.getMaxDailyMg(), form.getStartTimesPerDay(), form.getTimesPerDay(), form.getIntervalDays());
	}

	/**
	 * The range must end after it starts, a weight-based schedule needs its frequencies
	 * and interval, and an age may fall in one row only: the tools pick the row a patient
	 * falls in.
	 */
	@Override
	public void validate(OralAgeRuleForm form, OralAgeRule existing, Errors errors) {
		Integer min = form.getMinAgeYears();
		Integer max = form.getMaxAgeYears();
		if (min == null || errors.hasFieldErrors("minAgeYears") || errors.hasFieldErrors("maxAgeYears")) {
			return;
		}
		if (max != null && max <= min) {
			errors.rejectValue("maxAgeYears", "admin.ageRule.maxNotAboveMin");
			return;
		}
		if (form.getSchedule() == OralAgeRule.Schedule.WEIGHT_BASED
				&& (form.getStartTimesPerDay() == null || form.getTimesPerDay() == null
						|| form.getIntervalDays() == null || form.getTimesPerDay() < form.getStartTimesPerDay())) {
			errors.rejectValue("timesPerDay", "admin.ageRule.weightBasedNeedsSchedule");
			return;
		}
		this.rules.findAllByOrderByMinAgeYearsAsc()
			.stream()
			.filter((other) -> existing == null || !other.getId().equals(existing.getId()))
			.filter((other) -> other.overlaps(min, max))
			.findFirst()
			.ifPresent((other) -> errors.rejectValue("minAgeYears", "admin.ageRule.overlap",
					new Object[] { titleOf(other) }, "These ages overlap " + titleOf(other)));
	}

}
