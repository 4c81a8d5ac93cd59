package org.baclofen.reference.safety;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.baclofen.reference.content.Route;
import org.baclofen.reference.kind.ContentAdmin;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

@Component
class SafetyItemAdmin extends ContentAdmin<SafetyItem, SafetyItemForm> {

	private final SafetyItemRepository items;

	private final JdbcClient jdbc;

	SafetyItemAdmin(SafetyItemRepository items, JdbcClient jdbc) {
		super("safety-items", SafetyItem.class, items, SafetyItemForm::new, SafetyItemForm::of);
		this.items = items;
		this.jdbc = jdbc;
	}

	@Override
	public List<SafetyItem> findAll() {
		return this.items.findAllByOrderByBoxedWarningDescSortOrderAsc();
	}

	@Override
	public Map<String, Object> formOptions() {
		return Map.of("safetyKinds", SafetyKind.values(), "routes", Route.values());
	}

	@Override
	public SafetyItem create(SafetyItemForm form, LocalDate reviewedOn) {
		SafetyItem item = new SafetyItem(form.getKind(), form.getRoute(), form.getCondition(), form.getAdvice(),
				form.isBoxedWarning(), form.getLabelSection(), form.getSortOrder(), reviewedOn);
		item.summarise(form.getInBrief());
		return item;
	}

	@Override
	public void apply(SafetyItemForm form, SafetyItem item) {
		item.describe(form.getKind(), form.getRoute(), form.getCondition(), form.getAdvice(), form.isBoxedWarning(),
				form.getLabelSection(), form.getSortOrder());
		item.summarise(form.getInBrief());
	}

	@Override
	public void validate(SafetyItemForm form, SafetyItem existing, Errors errors) {
		if (form.getKind() != null && form.getCondition() != null
				&& this.items.findByKindAndConditionIgnoreCase(form.getKind(), form.getCondition().strip())
					.stream()
					.anyMatch((other) -> existing == null || !other.getId().equals(existing.getId()))) {
			errors.rejectValue("condition", "admin.safetyItem.conditionTaken",
					"Another item of this kind already has this condition");
		}
	}

	/**
	 * The screening check shows the item for the conditions and interactions mapped to
	 * it; deleting it would hide it there.
	 */
	@Override
	public Optional<MessageSourceResolvable> deletionBlocker(SafetyItem item) {
		List<String> conditions = namesShowing(item, "select c.label from screening_condition c"
				+ " join screening_condition_safety_item m on m.screening_condition_id = c.id");
		if (!conditions.isEmpty()) {
			return Optional.of(reason("admin.safetyItem.screened", conditions.size(), conditions.get(0)));
		}
		List<String> interactions = namesShowing(item,
				"select c.interactant from interaction c join interaction_safety_item m on m.interaction_id = c.id");
		if (!interactions.isEmpty()) {
			return Optional
				.of(reason("admin.safetyItem.shownWithInteraction", interactions.size(), interactions.get(0)));
		}
		return Optional.empty();
	}

	/**
	 * The names of the items, joined to the safety item as {@code m}, that show it; in
	 * their page order.
	 */
	private List<String> namesShowing(SafetyItem item, String select) {
		return this.jdbc.sql(select + " where m.safety_item_id = :id order by c.sort_order")
			.param("id", item.getId())
			.query(String.class)
			.list();
	}

}
