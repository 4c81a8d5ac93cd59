package org.baclofen.reference.dosing;

import java.time.LocalDate;
import java.util.List;

import org.baclofen.reference.kind.ContentAdmin;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

@Component
class WeightStartDoseAdmin extends ContentAdmin<WeightStartDose, WeightStartDoseForm> {

	private final WeightStartDoseRepository doses;

	WeightStartDoseAdmin(WeightStartDoseRepository doses) {
		super("weight-start-doses", WeightStartDose.class, doses, WeightStartDoseForm::new, WeightStartDoseForm::of);
		this.doses = doses;
	}

	@Override
	public List<WeightStartDose> findAll() {
		return this.doses.findAllByOrderByStartDoseMgAsc();
	}

	@Override
	public WeightStartDose create(WeightStartDoseForm form, LocalDate reviewedOn) {
		return new WeightStartDose(form.getMinWeightKg(), form.isMinInclusive(), form.getMaxWeightKg(),
				form.isMaxInclusive(), form.getStartDoseMg(), reviewedOn);
	}

	@Override
	public void apply(WeightStartDoseForm form, WeightStartDose dose) {
		dose.describe(form.getMinWeightKg(), form.isMinInclusive(), form.getMaxWeightKg(), form.isMaxInclusive(),
				form.getStartDoseMg());
	}

	/**
	 * The lower bound must be below the upper, and a weight may fall in one range only:
	 * the planner picks the range a child's weight falls in.
	 */
	@Override
	public void validate(WeightStartDoseForm form, WeightStartDose existing, Errors errors) {
		if (errors.hasFieldErrors("minWeightKg") || errors.hasFieldErrors("maxWeightKg")) {
			return;
		}
		if (form.getMinWeightKg() != null && form.getMaxWeightKg() != null
				&& form.getMinWeightKg().compareTo(form.getMaxWeightKg()) >= 0) {
			errors.rejectValue("minWeightKg", "admin.weightStart.minNotBelowMax");
			return;
		}
		boolean minInclusive = form.getMinWeightKg() != null && form.isMinInclusive();
		boolean maxInclusive = form.getMaxWeightKg() != null && form.isMaxInclusive();
		this.doses.findAllByOrderByStartDoseMgAsc()
			.stream()
			.filter((other) -> existing == null || !other.getId().equals(existing.getId()))
			.filter((other) -> other.overlaps(form.getMinWeightKg(), minInclusive, form.getMaxWeightKg(), maxInclusive))
			.findFirst()
			.ifPresent((other) -> errors.rejectValue("minWeightKg", "admin.weightStart.overlap",
					new Object[] { titleOf(other) }, "This range overlaps " + titleOf(other)));
	}

}
