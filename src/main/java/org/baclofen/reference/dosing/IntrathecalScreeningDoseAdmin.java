package org.baclofen.reference.dosing;

import java.time.LocalDate;
import java.util.List;

import org.baclofen.reference.kind.ContentAdmin;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

@Component
class IntrathecalScreeningDoseAdmin extends ContentAdmin<IntrathecalScreeningDose, IntrathecalScreeningDoseForm> {

	private final IntrathecalScreeningDoseRepository doses;

	IntrathecalScreeningDoseAdmin(IntrathecalScreeningDoseRepository doses) {
		super("intrathecal-screening-doses", IntrathecalScreeningDose.class, doses, IntrathecalScreeningDoseForm::new,
				IntrathecalScreeningDoseForm::of);
		this.doses = doses;
	}

	@Override
	public List<IntrathecalScreeningDose> findAll() {
		return this.doses.findAllByOrderBySequenceAsc();
	}

	@Override
	public IntrathecalScreeningDose create(IntrathecalScreeningDoseForm form, LocalDate reviewedOn) {
		return new IntrathecalScreeningDose(form.getSequence(), form.getDoseMcg(), form.getVolumeMl(),
				form.getConcentrationMcgPerMl(), form.getTiming(), form.getNote(), reviewedOn);
	}

	@Override
	public void apply(IntrathecalScreeningDoseForm form, IntrathecalScreeningDose dose) {
		dose.describe(form.getSequence(), form.getDoseMcg(), form.getVolumeMl(), form.getConcentrationMcgPerMl(),
				form.getTiming(), form.getNote());
	}

	@Override
	public void validate(IntrathecalScreeningDoseForm form, IntrathecalScreeningDose existing, Errors errors) {
		if (form.getSequence() != null && this.doses.findBySequence(form.getSequence())
			.stream()
			.anyMatch((other) -> existing == null || !other.getId().equals(existing.getId()))) {
			errors.rejectValue("sequence", "admin.screeningDose.sequenceTaken",
					"Another screening dose already has this number");
		}
	}

}
