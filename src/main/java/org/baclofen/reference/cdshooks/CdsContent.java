package org.baclofen.reference.cdshooks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.baclofen.reference.dosing.DosageForm;
import org.baclofen.reference.dosing.DosageFormRepository;
import org.baclofen.reference.fhir.Vocabulary;
import org.baclofen.reference.overview.Drug;
import org.baclofen.reference.overview.DrugRepository;
import org.baclofen.reference.screening.PatientScreening;
import org.baclofen.reference.titration.TabletStrengths;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored content hook calls are checked with, read in one transaction once per
 * published revision and shared by every call: baclofen's codes and names, the stored
 * RxNorm codes, the condition codes and synonyms, the kidney-function codes and the
 * tablet strengths. All of it is content an editor can change, so it is keyed by the
 * revision: an edit is used from the next call on, on every instance.
 * <p>
 * The only dependencies on other features are the repositories and services named in the
 * constructor: this is the adapter to adjust when their APIs change.
 */
@Component
class CdsContent {

	private final DrugRepository drugs;

	private final DosageFormRepository dosageForms;

	private final KidneyFunctionCodeRepository kidneyCodes;

	private final MedicineCodeRepository medicineCodes;

	private final ConditionVocabularyRepository conditionVocabulary;

	private final PatientScreening screening;

	CdsContent(DrugRepository drugs, DosageFormRepository dosageForms, KidneyFunctionCodeRepository kidneyCodes,
			MedicineCodeRepository medicineCodes, ConditionVocabularyRepository conditionVocabulary,
			PatientScreening screening) {
		this.drugs = drugs;
		this.dosageForms = dosageForms;
		this.kidneyCodes = kidneyCodes;
		this.medicineCodes = medicineCodes;
		this.conditionVocabulary = conditionVocabulary;
		this.screening = screening;
	}

	/**
	 * @param medicines baclofen's codes and names
	 * @param baclofenRxnorm baclofen's RxNorm ingredient code
	 * @param storedCodes the stored RxNorm codes, by code
	 * @param conditions recognises recorded conditions as screening conditions
	 * @param tablets the stored oral tablet strengths in mg, smallest first
	 */
	record Snapshot(Medicines medicines, String baclofenRxnorm, Map<String, MedicineCode> storedCodes,
			List<KidneyFunctionCode> kidneyCodes, ConditionMatcher conditions, List<TabletStrengths.Strength> tablets) {

		/** The stored tablet of this strength, as a product the planner can use. */
		DraftReplacement.OrderedTablet tablet(java.math.BigDecimal strengthMg) {
			return this.tablets.stream()
				.filter((tablet) -> tablet.mg().compareTo(strengthMg) == 0)
				.findFirst()
				.map((tablet) -> new DraftReplacement.OrderedTablet("tablets", tablet.mg(), tablet.mayBeHalved()))
				.orElse(new DraftReplacement.OrderedTablet("tablets", strengthMg, false));
		}

	}

	@Cacheable(cacheNames = "cdsContent", sync = true)
	@Transactional(readOnly = true)
	public Snapshot load() {
		Drug drug = this.drugs.findAllWithBrandNames()
			.stream()
			.filter((candidate) -> Drug.BACLOFEN.equals(candidate.getName()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The drug is missing from the content"));
		Set<String> names = new LinkedHashSet<>(Medicines.words(drug.getName()));
		drug.getBrandNames().stream().map(Medicines::brandWord).filter((word) -> !word.isEmpty()).forEach(names::add);
		List<DosageForm> forms = this.dosageForms.findAllByOrderBySortOrderAscAmountAsc();
		forms.stream()
			.map(DosageForm::getProduct)
			.map(Medicines::brandWord)
			.filter((word) -> !word.isEmpty())
			.forEach(names::add);
		Medicines medicines = new Medicines(drug.getRxnormCui(), drug.getAtcCode(), drug.getSnomedCtId(), names);
		Map<String, MedicineCode> stored = new LinkedHashMap<>();
		this.medicineCodes.findAllByOrderBySortOrderAsc()
			.stream()
			.filter((code) -> Vocabulary.RXNORM.equals(code.getSystem()))
			.forEach((code) -> stored.put(code.getCode(), code));
		List<TabletStrengths.Strength> tablets = new ArrayList<>();
		forms.stream()
			.filter(DosageForm::isOralTabletInMg)
			.sorted(Comparator.comparing(DosageForm::getAmount))
			.forEach((form) -> tablets.add(new TabletStrengths.Strength(form.getAmount(), form.isMayBeHalved())));
		ConditionMatcher conditions = new ConditionMatcher(this.screening.conditions(),
				this.conditionVocabulary.codes(), this.conditionVocabulary.synonyms(), medicines);
		return new Snapshot(medicines, drug.getRxnormCui(), stored, this.kidneyCodes.findAllByOrderBySortOrderAsc(),
				conditions, tablets);
	}

}
