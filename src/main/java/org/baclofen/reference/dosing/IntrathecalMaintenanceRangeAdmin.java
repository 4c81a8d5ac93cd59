package org.baclofen.reference.dosing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.baclofen.reference.kind.ContentAdmin;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

@Component
class IntrathecalMaintenanceRangeAdmin
		extends ContentAdmin<IntrathecalMaintenanceRange, IntrathecalMaintenanceRangeForm> {

	private final IntrathecalMaintenanceRangeRepository ranges;

	IntrathecalMaintenanceRangeAdmin(IntrathecalMaintenanceRangeRepository ranges) {
		super("intrathecal-maintenance-ranges", IntrathecalMaintenanceRange.class, ranges,
				IntrathecalMaintenanceRangeForm::new, IntrathecalMaintenanceRangeForm::of);
		this.ranges = ranges;
	}

	@Override
	public List<IntrathecalMaintenanceRange> findAll() {
		return this.ranges.findAllByOrderBySortOrderAsc();
	}

	@Override
	public Map<String, Object> formOptions() {
		return Map.of("origins", SpasticityOrigin.values(), "ageGroups", AgeGroup.values());
	}

	@Override
	public IntrathecalMaintenanceRange create(IntrathecalMaintenanceRangeForm form, LocalDate reviewedOn) {
		IntrathecalMaintenanceRange range = new IntrathecalMaintenanceRange(form.getPopulation(),
				form.getTypicalMinMcgPerDay(), form.getTypicalMaxMcgPerDay(), form.getObservedMinMcgPerDay(),
				form.getObservedMaxMcgPerDay(), form.getNote(), form.getSortOrder(), reviewedOn);
		range.applyTo(form.getOrigin(), form.getAgeGroup(), form.getLimitedExperienceAboveMcgPerDay(),
				form.getLimitedExperienceNote());
		return range;
	}

	@Override
	public void apply(IntrathecalMaintenanceRangeForm form, IntrathecalMaintenanceRange range) {
		range.describe(form.getPopulation(), form.getTypicalMinMcgPerDay(), form.getTypicalMaxMcgPerDay(),
				form.getObservedMinMcgPerDay(), form.getObservedMaxMcgPerDay(), form.getNote(), form.getSortOrder());
		range.applyTo(form.getOrigin(), form.getAgeGroup(), form.getLimitedExperienceAboveMcgPerDay(),
				form.getLimitedExperienceNote());
	}

	@Override
	public void validate(IntrathecalMaintenanceRangeForm form, IntrathecalMaintenanceRange existing, Errors errors) {
		if (form.getPopulation() != null && this.ranges.findByPopulationIgnoreCase(form.getPopulation().strip())
			.stream()
			.anyMatch((other) -> existing == null || !other.getId().equals(existing.getId()))) {
			errors.rejectValue("population", "admin.maintenanceRange.populationTaken",
					"Another item already has this name");
		}
		minNotAboveMax(form.getTypicalMinMcgPerDay(), form.getTypicalMaxMcgPerDay(), "typicalMinMcgPerDay", errors);
		boolean hasNote = form.getLimitedExperienceNote() != null && !form.getLimitedExperienceNote().isBlank();
		if ((form.getLimitedExperienceAboveMcgPerDay() != null) != hasNote) {
			errors.rejectValue("limitedExperienceNote", "admin.maintenanceRange.limitedExperience",
					"Enter both the dose above which experience is limited and what to say, or neither");
		}
		minNotAboveMax(form.getObservedMinMcgPerDay(), form.getObservedMaxMcgPerDay(), "observedMinMcgPerDay", errors);
	}

	private static void minNotAboveMax(BigDecimal min, BigDecimal max, String field, Errors errors) {
		if (min != null && max != null && min.compareTo(max) > 0) {
			errors.rejectValue(field, "admin.number.minAboveMax", "The lower value is above the upper one");
		}
	}

}
