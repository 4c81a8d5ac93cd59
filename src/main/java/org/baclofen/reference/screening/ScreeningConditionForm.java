package org.baclofen.reference.screening;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.baclofen.reference.kind.ContentForm;
import org.baclofen.reference.kind.Label;
import org.baclofen.reference.safety.SafetyItem;

/**
 * A screening condition as an editor enters it: how it is named and shown, and which
 * stored safety items concern it. It states no facts of its own, so it cites no sources.
 */
public class ScreeningConditionForm extends ContentForm {

	@NotBlank(message = "{admin.required}")
	@Size(max = 40, message = "{admin.size}")
	@Pattern(regexp = "[A-Z][A-Z0-9]*(_[A-Z0-9]+)*", message = "{admin.screeningCondition.code.pattern}")
	@Label("admin.field.code")
	private String code;

	@NotBlank(message = "{admin.required}")
	@Size(max = 150, message = "{admin.size}")
	@Label("admin.field.screeningCondition.label")
	private String label;

	@NotNull(message = "{admin.required}")
	@Min(value = 0, message = "{admin.sortOrder.range}")
	@Max(value = 10000, message = "{admin.sortOrder.range}")
	@Label("admin.field.pageOrder")
	private Integer sortOrder = 100;

	/**
	 * May be empty: the check then says that no stored warning concerns the condition.
	 */
	@Label(value = "admin.field.screeningCondition.safetyItems", linked = SafetyItem.class)
	private List<Long> safetyItemIds = new ArrayList<>();

	static ScreeningConditionForm of(ScreeningCondition condition) {
		ScreeningConditionForm form = new ScreeningConditionForm();
		form.setVersion(condition.getVersion());
		form.code = condition.getCode();
		form.label = condition.getLabel();
		form.sortOrder = condition.getSortOrder();
		form.safetyItemIds = condition.getSafetyItems().stream().map(SafetyItem::getId).sorted().toList();
		return form;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

	public Integer getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(Integer sortOrder) {
		this.sortOrder = sortOrder;
	}

	public List<Long> getSafetyItemIds() {
		return this.safetyItemIds;
	}

	public void setSafetyItemIds(List<Long> safetyItemIds) {
		this.safetyItemIds = (safetyItemIds == null) ? new ArrayList<>() : safetyItemIds;
	}

}
