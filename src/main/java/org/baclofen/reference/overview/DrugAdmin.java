package org.baclofen.reference.overview;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.baclofen.reference.content.Source;
import org.baclofen.reference.content.SourceRepository;
import org.baclofen.reference.kind.ContentAdmin;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The one drug the reference is about: its description and codes can be edited, but there
 * is never a second drug and it is never deleted.
 */
@Component
class DrugAdmin extends ContentAdmin<Drug, DrugForm> {

	/** The longest brand name the column holds. */
	private static final int MAX_BRAND_NAME_LENGTH = 120;

	private final DrugRepository drugs;

	private final SourceRepository sources;

	DrugAdmin(DrugRepository drugs, SourceRepository sources) {
		super("drug", Drug.class, drugs, DrugForm::new, DrugForm::of);
		this.drugs = drugs;
		this.sources = sources;
	}

	@Override
	public List<Drug> findAll() {
		return this.drugs.findAllByOrderByNameAsc();
	}

	@Override
	public Drug create(DrugForm form, LocalDate reviewedOn) {
		Drug drug = new Drug(form.getName(), form.getSummary(), form.getMechanism(), form.getRxnormCui(),
				form.getAtcCode(), form.getSnomedCtId(), reviewedOn);
		drug.replaceBrandNames(form.brandNameList());
		sourceCodes(form, drug);
		return drug;
	}

	@Override
	public void apply(DrugForm form, Drug drug) {
		drug.describe(form.getSummary(), form.getMechanism(), form.getRxnormCui(), form.getAtcCode(),
				form.getSnomedCtId());
		drug.replaceBrandNames(form.brandNameList());
		sourceCodes(form, drug);
	}

	/**
	 * Validation has checked that each code's source is among the sources the form cites.
	 */
	private void sourceCodes(DrugForm form, Drug drug) {
		Map<String, Source> cited = citedByCode(form);
		drug.sourceCodes(cited.get(form.getRxnormSourceCode()), cited.get(form.getAtcSourceCode()),
				cited.get(form.getSnomedCtSourceCode()));
	}

	private Map<String, Source> citedByCode(DrugForm form) {
		return this.sources.findAllById(form.getSourceIds())
			.stream()
			.collect(Collectors.toMap(Source::getCode, Function.identity()));
	}

	/**
	 * There is one drug, and the public pages find it by its name, so the name cannot
	 * change.
	 */
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
		// Also reached when restoring a revision from before the codes had sources, where
		// no bean validation runs.
		Map<String, Source> cited = citedByCode(form);
		form.codeSourceFields().forEach((field, code) -> {
			if (errors.hasFieldErrors(field)) {
				return;
			}
			if (code == null || code.isBlank()) {
				errors.rejectValue(field, "admin.required");
			}
			else if (!cited.containsKey(code)) {
				errors.rejectValue(field, "admin.drug.codeSource.notCited");
			}
		});
	}

	@Override
	public Optional<MessageSourceResolvable> deletionBlocker(Drug drug) {
		return Optional.of(reason("admin.drug.notDeletable"));
	}

}
