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
import org.baclofen.reference.kind.CitedContentForm;
import org.baclofen.reference.kind.Label;

/**
 * How far an intrathecal daily dose may change at once, as an editor enters it.
 */
public class IntrathecalTitrationLimitForm extends CitedContentForm {

	@NotNull(message = "{admin.required}")
	@Label(value = "admin.field.titrationLimit.origin", values = "origin")
	private SpasticityOrigin origin;

	@NotNull(message = "{admin.required}")
	@Label(value = "admin.field.titrationLimit.phase", values = "intrathecal.phase")
	private IntrathecalTitrationLimit.Phase phase;

	@NotNull(message = "{admin.required}")
	@Label(value = "admin.field.titrationLimit.direction", values = "admin.titrationLimit.direction")
	private IntrathecalTitrationLimit.Direction direction;

	@NotNull(message = "{admin.required}")
	@DecimalMin(value = "0", message = "{admin.number.percent}")
	@DecimalMax(value = "100", message = "{admin.number.percent}")
	@Digits(integer = 3, fraction = 1, message = "{admin.number.digits}")
	@Label("admin.field.titrationLimit.minChangePercent")
	private BigDecimal minChangePercent;

	@NotNull(message = "{admin.required}")
	@DecimalMin(value = "0", message = "{admin.number.percent}")
	@DecimalMax(value = "100", message = "{admin.number.percent}")
	@Digits(integer = 3, fraction = 1, message = "{admin.number.digits}")
	@Label("admin.field.titrationLimit.maxChangePercent")
	private BigDecimal maxChangePercent;

	@NotBlank(message = "{admin.required}")
	@Size(max = 100, message = "{admin.size}")
	@Label("admin.field.titrationLimit.perInterval")
	private String perInterval;

	@Size(max = 2000, message = "{admin.size}")
	@Label("admin.field.note")
	private String note;

	@NotNull(message = "{admin.required}")
	@Min(value = 0, message = "{admin.sortOrder.range}")
	@Max(value = 10000, message = "{admin.sortOrder.range}")
	@Label("admin.field.pageOrder")
	private Integer sortOrder = 100;

	static IntrathecalTitrationLimitForm of(IntrathecalTitrationLimit limit) {
		IntrathecalTitrationLimitForm form = new IntrathecalTitrationLimitForm();
		form.setVersion(limit.getVersion());
		form.origin = limit.getOrigin();
		form.phase = limit.getPhase();
		form.direction = limit.getDirection();
		form.minChangePercent = limit.getMinChangePercent();
		form.maxChangePercent = limit.getMaxChangePercent();
		form.perInterval = limit.getPerInterval();
		form.note = limit.getNote();
		form.sortOrder = limit.getSortOrder();
		form.setSourceIds(limit.getSources().stream().map((source) -> source.getId()).toList());
		return form;
	}

	public SpasticityOrigin getOrigin() {
		return this.origin;
	}

	public void setOrigin(SpasticityOrigin origin) {
		this.origin = origin;
	}

	public IntrathecalTitrationLimit.Phase getPhase() {
		return this.phase;
	}

	public void setPhase(IntrathecalTitrationLimit.Phase phase) {
		this.phase = phase;
	}

	public IntrathecalTitrationLimit.Direction getDirection() {
		return this.direction;
	}

	public void setDirection(IntrathecalTitrationLimit.Direction direction) {
		this.direction = direction;
	}

	public BigDecimal getMinChangePercent() {
		return this.minChangePercent;
	}

	public void setMinChangePercent(BigDecimal minChangePercent) {
		this.minChangePercent = minChangePercent;
	}

	public BigDecimal getMaxChangePercent() {
		return this.maxChangePercent;
	}

	public void setMaxChangePercent(BigDecimal maxChangePercent) {
		this.maxChangePercent = maxChangePercent;
	}

	public String getPerInterval() {
		return this.perInterval;
	}

	public void setPerInterval(String perInterval) {
		this.perInterval = perInterval;
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

}
