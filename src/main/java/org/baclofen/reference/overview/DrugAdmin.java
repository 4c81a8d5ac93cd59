package org.baclofen.reference.overview;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.baclofen.reference.admin.ContentAdmin;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The one drug the reference is about: its description and codes can be edited, but there is never a second
 * drug and it is never deleted.
 */
@Component
class DrugAdmin extends ContentAdmin<Drug, DrugForm> {

	/** The longest brand name the column holds. */
	private static final int MAX_BRAND_NAME_LENGTH = 120;

	private final DrugRepository drugs;

	DrugAdmin(DrugRepository drugs) {
		super("drug", Drug.class);
		this.drugs = drugs;
	}

	@Override
	public List<Drug> findAll() {
		return this.drugs.findAllByOrderByNameAsc();
	}

	@Override
	public Optional<Drug> findById(long id) {
		return this.drugs.findById(id);
	}

	@Override
	public Drug save(Drug drug) {
		return this.drugs.save(drug);
	}

	@Override
	public void delete(Drug drug) {
		this.drugs.delete(drug);
	}

	@Override
	public String titleOf(Drug drug) {
		return drug.getName();
	}

	@Override
	public String publicLink(Drug drug) {
		return "/";
	}

	@Override
	public DrugForm newForm() {
		return new DrugForm();
	}

	@Override
	public DrugForm formOf(Drug drug) {
		return DrugForm.of(drug);
	}

	@Override
	public Drug create(DrugForm form, LocalDate reviewedOn) {
		Drug drug = new Drug(form.getName(), form.getSummary(), form.getMechanism(), form.getRxnormCui(),
				form.getAtcCode(), form.getSnomedCtId(), reviewedOn);
		drug.replaceBrandNames(form.brandNameList());
		return drug;
	}

	@Override
	public void apply(DrugForm form, Drug drug) {
		drug.describe(form.getSummary(), form.getMechanism(), form.getRxnormCui(), form.getAtcCode(),
				form.getSnomedCtId());
		drug.replaceBrandNames(form.brandNameList());
	}

	/** There is one drug, and the public pages find it by its name, so the name cannot change. */
	@Override
	public void validate(DrugForm form, Drug existing, Errors errors) {
		if (existing == null && this.drugs.count() > 0) {
			errors.reject("admin.drug.onlyOne");
		}
		if (existing != null && form.getName() != null && !form.getName().isBlank()
				&& !existing.getName().equals(form.getName())) {
			errors.rejectValue("name", "admin.drug.name.fixed");
		}
		form.brandNameList()
			.stream()
			.filter((name) -> name.length() > MAX_BRAND_NAME_LENGTH)
			.findFirst()
			.ifPresent((name) -> errors.rejectValue("brandNames", "admin.drug.brandNameTooLong",
					new Object[] { name, MAX_BRAND_NAME_LENGTH }, null));
	}

	@Override
	public Optional<MessageSourceResolvable> deletionBlocker(Drug drug) {
		return Optional.of(reason("admin.drug.notDeletable"));
	}

}
