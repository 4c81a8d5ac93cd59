package org.baclofen.reference.dosing;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.baclofen.reference.content.Route;
import org.baclofen.reference.kind.CitedContentForm;
import org.baclofen.reference.kind.Label;

/**
 * A marketed form and strength as an editor enters it. A liquid's strength is an amount
 * per volume.
 */
public class DosageFormForm extends CitedContentForm {

	@NotBlank(message = "{admin.required}")
	@Size(max = 150, message = "{admin.size}")
	@Label("admin.field.dosageForm.product")
	private String product;

	@NotNull(message = "{admin.required}")
	@Label(value = "admin.field.dosageForm.form", values = "dosageForm.form")
	private DosageForm.Form form;

	@NotNull(message = "{admin.required}")
	@Label(value = "admin.field.route", values = "route")
	private Route route;

	@NotNull(message = "{admin.required}")
	@DecimalMin(value = "0", inclusive = false, message = "{admin.number.positive}")
	@Digits(integer = 7, fraction = 3, message = "{admin.number.digits}")
	@Label("admin.field.dosageForm.amount")
	private BigDecimal amount;

	@NotNull(message = "{admin.required}")
	@Label(value = "admin.field.dosageForm.amountUnit", values = "dosageForm.unit")
	private DosageForm.AmountUnit amountUnit;

	@DecimalMin(value = "0", inclusive = false, message = "{admin.number.positive}")
	@Digits(integer = 7, fraction = 3, message = "{admin.number.digits}")
	@Label("admin.field.dosageForm.perVolumeMl")
	private BigDecimal perVolumeMl;

	@Label("admin.field.dosageForm.mayBeHalved")
	private boolean mayBeHalved;

	@DecimalMin(value = "0", inclusive = false, message = "{admin.number.positive}")
	@Digits(integer = 3, fraction = 3, message = "{admin.number.digits}")
	@Label("admin.field.dosageForm.doseStepMg")
	private BigDecimal doseStepMg;

	@Size(max = 2000, message = "{admin.size}")
	@Label("admin.field.dosageForm.notes")
	private String notes;

	@NotNull(message = "{admin.required}")
	@Min(value = 0, message = "{admin.sortOrder.range}")
	@Max(value = 10000, message = "{admin.sortOrder.range}")
	@Label("admin.field.pageOrder")
	private Integer sortOrder = 100;

	static DosageFormForm of(DosageForm dosageForm) {
		DosageFormForm form = new DosageFormForm();
		form.setVersion(dosageForm.getVersion());
		form.product = dosageForm.getProduct();
		form.form = dosageForm.getForm();
		form.route = dosageForm.getRoute();
		form.amount = dosageForm.getAmount();
		form.amountUnit = dosageForm.getAmountUnit();
		form.perVolumeMl = dosageForm.getPerVolumeMl();
		form.mayBeHalved = dosageForm.isMayBeHalved();
		form.doseStepMg = dosageForm.getDoseStepMg();
		form.notes = dosageForm.getNotes();
		form.sortOrder = dosageForm.getSortOrder();
		form.setSourceIds(dosageForm.getSources().stream().map((source) -> source.getId()).toList());
		return form;
	}

	/** Whether the form describes an oral tablet in mg, as the titration tools need. */
	boolean isOralTabletInMg() {
		return this.form == DosageForm.Form.TABLET && this.route == Route.ORAL
				&& this.amountUnit == DosageForm.AmountUnit.MG;
	}

	public String getProduct() {
		return this.product;
	}

	public void setProduct(String product) {
		this.product = product;
	}

	public DosageForm.Form getForm() {
		return this.form;
	}

	public void setForm(DosageForm.Form form) {
		this.form = form;
	}

	public Route getRoute() {
		return this.route;
	}

	public void setRoute(Route route) {
		this.route = route;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public DosageForm.AmountUnit getAmountUnit() {
		return this.amountUnit;
	}

	public void setAmountUnit(DosageForm.AmountUnit amountUnit) {
		this.amountUnit = amountUnit;
	}

	public BigDecimal getPerVolumeMl() {
		return this.perVolumeMl;
	}

	public void setPerVolumeMl(BigDecimal perVolumeMl) {
		this.perVolumeMl = perVolumeMl;
	}

	public boolean isMayBeHalved() {
		return this.mayBeHalved;
	}

	public void setMayBeHalved(boolean mayBeHalved) {
		this.mayBeHalved = mayBeHalved;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public Integer getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(Integer sortOrder) {
		this.sortOrder = sortOrder;
	}

	public BigDecimal getDoseStepMg() {
		return this.doseStepMg;
	}

	public void setDoseStepMg(BigDecimal doseStepMg) {
		this.doseStepMg = doseStepMg;
	}

}
