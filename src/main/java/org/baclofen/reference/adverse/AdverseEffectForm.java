package org.baclofen.reference.adverse;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
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
 * An adverse effect as an editor enters it. The frequencies are optional: many reactions
 * are reported without one.
 */
public class AdverseEffectForm extends CitedContentForm {

	@NotBlank(message = "{admin.required}")
	@Size(max = 150, message = "{admin.size}")
	@Label("admin.field.adverseEffect.name")
	private String name;

	@NotNull(message = "{admin.required}")
	@Label(value = "admin.field.route", values = "route")
	private Route route;

	@NotBlank(message = "{admin.required}")
	@Size(max = 60, message = "{admin.size}")
	@Label("admin.field.adverseEffect.bodySystem")
	private String bodySystem;

	@DecimalMin(value = "0", message = "{admin.adverseEffect.percent}")
	@DecimalMax(value = "100", message = "{admin.adverseEffect.percent}")
	@Digits(integer = 3, fraction = 1, message = "{admin.adverseEffect.percent}")
	@Label("admin.field.adverseEffect.frequencyMin")
	private BigDecimal frequencyMinPercent;

	@DecimalMin(value = "0", message = "{admin.adverseEffect.percent}")
	@DecimalMax(value = "100", message = "{admin.adverseEffect.percent}")
	@Digits(integer = 3, fraction = 1, message = "{admin.adverseEffect.percent}")
	@Label("admin.field.adverseEffect.frequencyMax")
	private BigDecimal frequencyMaxPercent;

	@Size(max = 2000, message = "{admin.size}")
	@Label("admin.field.note")
	private String note;

	@Size(max = 300, message = "{admin.size}")
	@Label("admin.field.adverseEffect.patientWording")
	private String patientWording;

	@NotNull(message = "{admin.required}")
	@Min(value = 0, message = "{admin.sortOrder.range}")
	@Max(value = 10000, message = "{admin.sortOrder.range}")
	@Label("admin.field.pageOrder")
	private Integer sortOrder = 100;

	static AdverseEffectForm of(AdverseEffect effect) {
		AdverseEffectForm form = new AdverseEffectForm();
		form.setVersion(effect.getVersion());
		form.name = effect.getName();
		form.route = effect.getRoute();
		form.bodySystem = effect.getBodySystem();
		form.frequencyMinPercent = effect.getFrequencyMinPercent();
		form.frequencyMaxPercent = effect.getFrequencyMaxPercent();
		form.note = effect.getNote();
		form.patientWording = effect.getPatientWording();
		form.sortOrder = effect.getSortOrder();
		form.setSourceIds(effect.getSources().stream().map((source) -> source.getId()).toList());
		return form;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Route getRoute() {
		return this.route;
	}

	public void setRoute(Route route) {
		this.route = route;
	}

	public String getBodySystem() {
		return this.bodySystem;
	}

	public void setBodySystem(String bodySystem) {
		this.bodySystem = bodySystem;
	}

	public BigDecimal getFrequencyMinPercent() {
		return this.frequencyMinPercent;
	}

	public void setFrequencyMinPercent(BigDecimal frequencyMinPercent) {
		this.frequencyMinPercent = frequencyMinPercent;
	}

	public BigDecimal getFrequencyMaxPercent() {
		return this.frequencyMaxPercent;
	}

	public void setFrequencyMaxPercent(BigDecimal frequencyMaxPercent) {
		this.frequencyMaxPercent = frequencyMaxPercent;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getPatientWording() {
		return this.patientWording;
	}

	public void setPatientWording(String patientWording) {
		this.patientWording = patientWording;
	}

	public Integer getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(Integer sortOrder) {
		this.sortOrder = sortOrder;
	}

}
