package org.baclofen.reference.dosing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.baclofen.reference.kind.ContentAdmin;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

@Component
class IntrathecalTitrationLimitAdmin extends ContentAdmin<IntrathecalTitrationLimit, IntrathecalTitrationLimitForm> {

	private final IntrathecalTitrationLimitRepository limits;

	IntrathecalTitrationLimitAdmin(IntrathecalTitrationLimitRepository limits) {
		super("intrathecal-titration-limits", IntrathecalTitrationLimit.class, limits,
				IntrathecalTitrationLimitForm::new, IntrathecalTitrationLimitForm::of);
		this.limits = limits;
	}

	@Override
	public List<IntrathecalTitrationLimit> findAll() {
		return this.limits.findAllByOrderBySortOrderAsc();
	}

	@Override
	public Map<String, Object> formOptions() {
		return Map.of("origins", SpasticityOrigin.values(), "phases", IntrathecalTitrationLimit.Phase.values(),
				"directions", IntrathecalTitrationLimit.Direction.values());
	}

	@Override
	public IntrathecalTitrationLimit create(IntrathecalTitrationLimitForm form, LocalDate reviewedOn) {
		return new IntrathecalTitrationLimit(form.getOrigin(), form.getPhase(), form.getDirection(),
				form.getMinChangePercent(), form.getMaxChangePercent(), form.getPerInterval(), form.getNote(),
				form.getSortOrder(), reviewedOn);
	}

	@Override
	public void apply(IntrathecalTitrationLimitForm form, IntrathecalTitrationLimit limit) {
		limit.describe(form.getOrigin(), form.getPhase(), form.getDirection(), form.getMinChangePercent(),
				form.getMaxChangePercent(), form.getPerInterval(), form.getNote(), form.getSortOrder());
	}

	@Override
	public void validate(IntrathecalTitrationLimitForm form, IntrathecalTitrationLimit existing, Errors errors) {
		if (form.getMinChangePercent() != null && form.getMaxChangePercent() != null
				&& form.getMinChangePercent().compareTo(form.getMaxChangePercent()) > 0) {
			errors.rejectValue("minChangePercent", "admin.number.minAboveMax",
					"The lower value is above the upper one");
		}
		// One limit per origin, phase and direction: two would give the pages two answers
		// to one question.
		boolean taken = this.limits.findAllByOrderBySortOrderAsc()
			.stream()
			.filter((limit) -> existing == null || !limit.getId().equals(existing.getId()))
			.anyMatch((limit) -> limit.getOrigin() == form.getOrigin() && limit.getPhase() == form.getPhase()
					&& limit.getDirection() == form.getDirection());
		if (taken) {
			errors.rejectValue("direction", "admin.titrationLimit.taken");
		}
	}

}
