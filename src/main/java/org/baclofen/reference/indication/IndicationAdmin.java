package org.baclofen.reference.indication;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.baclofen.reference.content.Route;
import org.baclofen.reference.kind.ContentAdmin;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

@Component
class IndicationAdmin extends ContentAdmin<Indication, IndicationForm> {

	private final IndicationRepository indications;

	IndicationAdmin(IndicationRepository indications) {
		super("indications", Indication.class, indications, IndicationForm::new, IndicationForm::of);
		this.indications = indications;
	}

	@Override
	public List<Indication> findAll() {
		return this.indications.findAllByOrderBySortOrderAscNameAsc();
	}

	@Override
	public Map<String, Object> formOptions() {
		return Map.of("statuses", IndicationStatus.values(), "routes", Route.values(), "evidenceStrengths",
				EvidenceStrength.values());
	}

	@Override
	public Indication create(IndicationForm form, LocalDate reviewedOn) {
		Indication indication = new Indication(form.getSlug(), form.getName(), form.getStatus(), form.getRoute(),
				form.getEvidence(), form.getSummary(), form.getDetails(), reviewedOn);
		apply(form, indication);
		return indication;
	}

	@Override
	public void apply(IndicationForm form, Indication indication) {
		indication.describe(form.getName(), form.getStatus(), form.getRoute(), form.getEvidence(), form.getSummary(),
				form.getDetails(), form.getSortOrder());
	}

	@Override
	public void validate(IndicationForm form, Indication existing, Errors errors) {
		if (existing == null && form.getSlug() != null && this.indications.existsBySlug(form.getSlug())) {
			errors.rejectValue("slug", "admin.slug.taken");
		}
		if (existing != null && !existing.getSlug().equals(form.getSlug())) {
			errors.rejectValue("slug", "admin.slug.fixed");
		}
		if (form.getStatus() == IndicationStatus.LABELED && form.getEvidence() != null
				&& form.getEvidence() != EvidenceStrength.LABEL) {
			errors.rejectValue("evidence", "admin.indication.labeledNeedsLabel");
		}
	}

}
