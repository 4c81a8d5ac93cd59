package org.baclofen.reference.dosing;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.baclofen.reference.kind.CitedContentForm;
import org.baclofen.reference.kind.Label;
import org.hibernate.validator.constraints.Range;

/**
 * One bolus of the intrathecal screening trial as an editor enters it.
 */
public class IntrathecalScreeningDoseForm extends CitedContentForm {

	@NotNull(message = "{admin.required}")
	@Range(min = 1, max = 100, message = "{admin.number.range}")
	@Label("admin.field.screeningDose.sequence")
	private Integer sequence;

	@NotNull(message = "{admin.required}")
	@DecimalMin(value = "0", inclusive = false, message = "{admin.number.positive}")
	@Digits(integer = 6, fraction = 2, message = "{admin.number.digits}")
	@Label("admin.field.screeningDose.doseMcg")
	private BigDecimal doseMcg;

	@DecimalMin(value = "0", inclusive = false, message = "{admin.number.positive}")
	@Digits(integer = 6, fraction = 2, message = "{admin.number.digits}")
	@Label("admin.field.screeningDose.volumeMl")
	private BigDecimal volumeMl;

	@DecimalMin(value = "0", inclusive = false, message = "{admin.number.positive}")
	@Digits(integer = 6, fraction = 2, message = "{admin.number.digits}")
	@Label("admin.field.screeningDose.concentration")
	private BigDecimal concentrationMcgPerMl;

	@NotBlank(message = "{admin.required}")
	@Size(max = 300, message = "{admin.size}")
	@Label("admin.field.screeningDose.timing")
	private String timing;

	@Size(max = 2000, message = "{admin.size}")
	@Label("admin.field.note")
	private String note;

	static IntrathecalScreeningDoseForm of(IntrathecalScreeningDose dose) {
		IntrathecalScreeningDoseForm form = new IntrathecalScreeningDoseForm();
		form.setVersion(dose.getVersion());
		form.sequence = dose.getSequence();
		form.doseMcg = dose.getDoseMcg();
		form.volumeMl = dose.getVolumeMl();
		form.concentrationMcgPerMl = dose.getConcentrationMcgPerMl();
		form.timing = dose.getTiming();
		form.note = dose.getNote();
		form.setSourceIds(dose.getSources().stream().map((source) -> source.getId()).toList());
		return form;
	}

	public Integer getSequence() {
		return this.sequence;
	}

	public void setSequence(Integer sequence) {
		this.sequence = sequence;
	}

	public BigDecimal getDoseMcg() {
		return this.doseMcg;
	}

	public void setDoseMcg(BigDecimal doseMcg) {
		this.doseMcg = doseMcg;
	}

	public BigDecimal getVolumeMl() {
		return this.volumeMl;
	}

	public void setVolumeMl(BigDecimal volumeMl) {
		this.volumeMl = volumeMl;
	}

	public BigDecimal getConcentrationMcgPerMl() {
		return this.concentrationMcgPerMl;
	}

	public void setConcentrationMcgPerMl(BigDecimal concentrationMcgPerMl) {
		this.concentrationMcgPerMl = concentrationMcgPerMl;
	}

	public String getTiming() {
		return this.timing;
	}

	public void setTiming(String timing) {
		this.timing = timing;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
