package org.baclofen.reference.safety;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.baclofen.reference.content.Route;
import org.baclofen.reference.kind.CitedContentForm;
import org.baclofen.reference.kind.Label;

/**
 * A contraindication, warning, precaution or special-population statement as an editor
 * enters it.
 */
public class SafetyItemForm extends CitedContentForm {

	@NotNull(message = "{admin.required}")
	@Label(value = "admin.field.safetyItem.kind", values = "safety.kind")
	private SafetyKind kind;

	@NotNull(message = "{admin.required}")
	@Label(value = "admin.field.route", values = "route")
	private Route route;

	@NotBlank(message = "{admin.required}")
	@Size(max = 200, message = "{admin.size}")
	@Label("admin.field.safetyItem.condition")
	private String condition;

	@NotBlank(message = "{admin.required}")
	@Size(max = 6000, message = "{admin.size}")
	@Label("admin.field.safetyItem.advice")
	private String advice;

	@Size(max = 300, message = "{admin.size}")
	@Label("admin.field.safetyItem.inBrief")
	private String inBrief;

	@Label("admin.field.safetyItem.boxedWarning")
	private boolean boxedWarning;

	@Size(max = 20, message = "{admin.size}")
	@Label("admin.field.safetyItem.labelSection")
	private String labelSection;

	@NotNull(message = "{admin.required}")
	@Min(value = 0, message = "{admin.sortOrder.range}")
	@Max(value = 10000, message = "{admin.sortOrder.range}")
	@Label("admin.field.pageOrder")
	private Integer sortOrder = 100;

	static SafetyItemForm of(SafetyItem item) {
		SafetyItemForm form = new SafetyItemForm();
		form.setVersion(item.getVersion());
		form.kind = item.getKind();
		form.route = item.getRoute();
		form.condition = item.getCondition();
		form.advice = item.getAdvice();
		form.inBrief = item.getInBrief();
		form.boxedWarning = item.isBoxedWarning();
		form.labelSection = item.getLabelSection();
		form.sortOrder = item.getSortOrder();
		form.setSourceIds(item.getSources().stream().map((source) -> source.getId()).toList());
		return form;
	}

	public SafetyKind getKind() {
		return this.kind;
	}

	public void setKind(SafetyKind kind) {
		this.kind = kind;
	}

	public Route getRoute() {
		return this.route;
	}

	public void setRoute(Route route) {
		this.route = route;
	}

	public String getCondition() {
		return this.condition;
	}

	public void setCondition(String condition) {
		this.condition = condition;
	}

	public String getAdvice() {
		return this.advice;
	}

	public void setAdvice(String advice) {
		this.advice = advice;
	}

	public String getInBrief() {
		return this.inBrief;
	}

	public void setInBrief(String inBrief) {
		this.inBrief = inBrief;
	}

	public boolean isBoxedWarning() {
		return this.boxedWarning;
	}

	public void setBoxedWarning(boolean boxedWarning) {
		this.boxedWarning = boxedWarning;
	}

	public String getLabelSection() {
		return this.labelSection;
	}

	public void setLabelSection(String labelSection) {
		this.labelSection = labelSection;
	}

	public Integer getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(Integer sortOrder) {
		this.sortOrder = sortOrder;
	}

}
