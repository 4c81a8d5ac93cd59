package org.baclofen.reference.indication;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.baclofen.reference.admin.ContentAdmin;
import org.baclofen.reference.content.Route;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

@Component
class IndicationAdmin extends ContentAdmin<Indication, IndicationForm> {

	private final IndicationRepository indications;

	IndicationAdmin(IndicationRepository indications) {
		super("indications", Indication.class);
		this.indications = indications;
	}

	@Override
	public List<Indication> findAll() {
		return this.indications.findAllByOrderBySortOrderAscNameAsc();
	}

	@Override
	public Optional<Indication> findById(long id) {
		return this.indications.findById(id);
	}

	@Override
	public Indication save(Indication indication) {
		return this.indications.save(indication);
	}

	@Override
	public void delete(Indication indication) {
		this.indications.delete(indication);
	}

	@Override
	public Map<String, Object> formOptions() {
		return Map.of("statuses", IndicationStatus.values(), "routes", Route.values(), "evidenceStrengths",
				EvidenceStrength.values());
	}

	@Override
	public String titleOf(Indication indication) {
		return indication.getName();
	}

	@Override
	public String publicLink(Indication indication) {
		return "/indications/" + indication.getSlug();
	}

	@Override
	public IndicationForm newForm() {
		return new IndicationForm();
	}

	@Override
	public IndicationForm formOf(Indication indication) {
		return IndicationForm.of(indication);
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
