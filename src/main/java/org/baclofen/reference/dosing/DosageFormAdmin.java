package org.baclofen.reference.dosing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.baclofen.reference.content.Route;
import org.baclofen.reference.kind.ContentAdmin;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

@Component
class DosageFormAdmin extends ContentAdmin<DosageForm, DosageFormForm> {

	private final DosageFormRepository dosageForms;

	DosageFormAdmin(DosageFormRepository dosageForms) {
		super("dosage-forms", DosageForm.class, dosageForms, DosageFormForm::new, DosageFormForm::of);
		this.dosageForms = dosageForms;
	}

	@Override
	public List<DosageForm> findAll() {
		return this.dosageForms.findAllByOrderBySortOrderAscAmountAsc();
	}

	@Override
	public Map<String, Object> formOptions() {
		return Map.of("dosageFormKinds", DosageForm.Form.values(), "routes", List.of(Route.ORAL, Route.INTRATHECAL),
				"amountUnits", DosageForm.AmountUnit.values());
	}

	@Override
	public DosageForm create(DosageFormForm form, LocalDate reviewedOn) {
		DosageForm dosageForm = new DosageForm(form.getProduct(), form.getForm(), form.getRoute(), form.getAmount(),
				form.getAmountUnit(), form.getPerVolumeMl(), form.isMayBeHalved(), form.getNotes(), form.getSortOrder(),
				reviewedOn);
		dosageForm.measureInStepsOf(form.getDoseStepMg());
		return dosageForm;
	}

	@Override
	public void apply(DosageFormForm form, DosageForm dosageForm) {
		dosageForm.describe(form.getProduct(), form.getForm(), form.getRoute(), form.getAmount(), form.getAmountUnit(),
				form.getPerVolumeMl(), form.isMayBeHalved(), form.getNotes(), form.getSortOrder());
		dosageForm.measureInStepsOf(form.getDoseStepMg());
	}

	@Override
	public void validate(DosageFormForm form, DosageForm existing, Errors errors) {
		DosageForm.Form kind = form.getForm();
		if (kind != null && form.getRoute() != null && kind.route() != form.getRoute()) {
			errors.rejectValue("route", "admin.dosageForm.route", "This form is given by the other route");
		}
		if (kind != null && kind.isLiquid() && form.getPerVolumeMl() == null) {
			errors.rejectValue("perVolumeMl", "admin.dosageForm.volumeRequired",
					"A liquid's strength is an amount per volume: enter the volume");
		}
		if (kind != null && !kind.isLiquid() && form.getPerVolumeMl() != null) {
			errors.rejectValue("perVolumeMl", "admin.dosageForm.volumeSolid",
					"Only liquids have a strength per volume: leave this empty");
		}
		if (form.isMayBeHalved() && kind != DosageForm.Form.TABLET) {
			errors.rejectValue("mayBeHalved", "admin.dosageForm.halvedTablet", "Only a tablet can be halved");
		}
		if (form.getDoseStepMg() != null && kind != null && !kind.isLiquid()) {
			errors.rejectValue("doseStepMg", "admin.dosageForm.doseStepLiquid",
					"Only a liquid is measured in dose steps: leave this empty");
		}
		if (existing != null && existing.isOralTabletInMg() && !form.isOralTabletInMg()
				&& isLastOralTabletInMg(existing)) {
			errors.rejectValue("form", "admin.dosageForm.lastTablet",
					"This is the last oral tablet in mg; the titration tools need at least one");
		}
	}

	/**
	 * The titration tools build doses from the oral tablet strengths in mg: the last one
	 * must stay.
	 */
	@Override
	public Optional<MessageSourceResolvable> deletionBlocker(DosageForm dosageForm) {
		if (dosageForm.isOralTabletInMg() && isLastOralTabletInMg(dosageForm)) {
			return Optional.of(reason("admin.dosageForm.lastTabletNotDeletable"));
		}
		return Optional.empty();
	}

	private boolean isLastOralTabletInMg(DosageForm dosageForm) {
		return this.dosageForms
			.findByFormAndRouteAndAmountUnit(DosageForm.Form.TABLET, Route.ORAL, DosageForm.AmountUnit.MG)
			.stream()
			.allMatch((tablet) -> tablet.getId().equals(dosageForm.getId()));
	}

}
