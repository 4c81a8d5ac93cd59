package org.baclofen.reference.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.baclofen.reference.kind.ContentAdmin;
import org.baclofen.reference.safety.SafetyItem;
import org.baclofen.reference.safety.SafetyItemRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

@Component
class ScreeningConditionAdmin extends ContentAdmin<ScreeningCondition, ScreeningConditionForm> {

	private final ScreeningConditionRepository conditions;

	private final SafetyItemRepository safetyItems;

	private final ApplicationEventPublisher events;

	ScreeningConditionAdmin(ScreeningConditionRepository conditions, SafetyItemRepository safetyItems,
			ApplicationEventPublisher events) {
		super("screening-conditions", ScreeningCondition.class, conditions, ScreeningConditionForm::new,
				ScreeningConditionForm::of);
		this.conditions = conditions;
		this.safetyItems = safetyItems;
		this.events = events;
	}

	/** Deletes the condition after what refers to it only to name it has gone. */
	@Override
	public void delete(ScreeningCondition condition) {
		this.events.publishEvent(new ScreeningConditionRemoval(condition));
		super.delete(condition);
	}

	@Override
	public List<ScreeningCondition> findAll() {
		return this.conditions.findAllByOrderBySortOrderAsc();
	}

	/**
	 * Every safety item, in the order of the safety page, to choose the ones that concern
	 * the condition.
	 */
	@Override
	public Map<String, Object> formOptions() {
		return Map.of("safetyItems", this.safetyItems.findAllByOrderByBoxedWarningDescSortOrderAsc());
	}

	@Override
	public ScreeningCondition create(ScreeningConditionForm form, LocalDate reviewedOn) {
		ScreeningCondition condition = new ScreeningCondition(form.getCode(), form.getLabel(), form.getSortOrder(),
				reviewedOn);
		apply(form, condition);
		return condition;
	}

	@Override
	public void apply(ScreeningConditionForm form, ScreeningCondition condition) {
		condition.describe(form.getLabel(), form.getSortOrder());
		List<SafetyItem> chosen = this.safetyItems.findAllByOrderByBoxedWarningDescSortOrderAsc()
			.stream()
			.filter((item) -> form.getSafetyItemIds().contains(item.getId()))
			.toList();
		condition.concernsOnly(chosen);
	}

	@Override
	public void validate(ScreeningConditionForm form, ScreeningCondition existing, Errors errors) {
		if (existing == null && form.getCode() != null && this.conditions.existsByCode(form.getCode())) {
			errors.rejectValue("code", "admin.screeningCondition.code.taken",
					"This code is already used by another item");
		}
		if (existing != null && !existing.getCode().equals(form.getCode())) {
			errors.rejectValue("code", "admin.screeningCondition.code.fixed",
					"The code is how the check API names the condition and cannot change after it is created");
		}
		List<Long> known = this.safetyItems.findAllByOrderByBoxedWarningDescSortOrderAsc()
			.stream()
			.map(SafetyItem::getId)
			.toList();
		if (!known.containsAll(form.getSafetyItemIds())) {
			errors.rejectValue("safetyItemIds", "admin.screeningCondition.safetyItems.unknown",
					"One of the chosen safety items no longer exists; reload the page");
		}
	}

}
