package org.baclofen.reference.cdshooks;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.baclofen.reference.dosing.DosageForm;
import org.baclofen.reference.dosing.DosageFormRepository;
import org.baclofen.reference.overview.Drug;
import org.baclofen.reference.overview.DrugRepository;
import org.baclofen.reference.screening.ScreeningIndexSource;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the order check looks things up in, built once per published revision from the
 * stored content and shared by every hook call: baclofen's codes and names, the
 * kidney-function codes, and the matcher from coded conditions to the screening
 * conditions. An edit to any of them is used from the next call on, on every instance.
 */
@Component
class OrderCheckContent {

	private final DrugRepository drugs;

	private final DosageFormRepository dosageForms;

	private final KidneyFunctionCodeRepository kidneyCodes;

	private final ScreeningIndexSource screening;

	OrderCheckContent(DrugRepository drugs, DosageFormRepository dosageForms, KidneyFunctionCodeRepository kidneyCodes,
			ScreeningIndexSource screening) {
		this.drugs = drugs;
		this.dosageForms = dosageForms;
		this.kidneyCodes = kidneyCodes;
		this.screening = screening;
	}

	/**
	 * @param medicines baclofen by its stored codes and names
	 * @param kidneyCodes the kidney-function codes in their order, with their sources
	 * @param conditions the screening conditions by the names clinicians use
	 */
	record Published(Medicines medicines, List<KidneyFunctionCode> kidneyCodes, ConditionMatcher conditions) {
	}

	@Cacheable(cacheNames = "orderCheckContent", sync = true)
	@Transactional(readOnly = true)
	public Published load() {
		return new Published(medicines(), List.copyOf(this.kidneyCodes.findAllByOrderBySortOrderAsc()),
				new ConditionMatcher(this.screening.load().conditions()));
	}

	/**
	 * Baclofen by its stored codes and names: the drug's name and each product's brand
	 * word.
	 */
	private Medicines medicines() {
		Drug drug = this.drugs.findByName(Drug.BACLOFEN)
			.orElseThrow(() -> new IllegalStateException("The drug is missing from the content"));
		Set<String> names = new LinkedHashSet<>(Medicines.words(drug.getName()));
		this.dosageForms.findAllByOrderBySortOrderAscAmountAsc()
			.stream()
			.map(DosageForm::getProduct)
			.map(Medicines::brandWord)
			.filter((word) -> !word.isEmpty())
			.forEach(names::add);
		return new Medicines(drug.getRxnormCui(), drug.getAtcCode(), drug.getSnomedCtId(), names);
	}

}
