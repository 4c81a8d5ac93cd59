package org.baclofen.reference.cdshooks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.baclofen.reference.screening.ScreeningCondition;
import org.hl7.fhir.r5.model.CodeableConcept;
import org.hl7.fhir.r5.model.Coding;

/**
 * Finds the stored screening conditions a patient's recorded condition is about: by its
 * codes (the stored SNOMED CT and ICD-10-CM codes), and by its names (its text and its
 * codings' displays) containing, as whole words, a name of the condition. A screening
 * condition is known by its label, by each alternative its label lists ("Epilepsy or
 * seizure disorder" is epilepsy and seizure disorder) and by its stored synonyms ("CKD",
 * "allergy to baclofen"). Alternatives of a single short word ("active", "past" in
 * "Peptic ulcer, active or past") qualify the first and are not names of their own. Any
 * name of baclofen in a recorded condition reads as "baclofen", so "Lioresal allergy" is
 * an allergy to baclofen.
 */
public final class ConditionMatcher {

	/**
	 * A lone word this short after the first alternative is a qualifier, not a condition
	 * name.
	 */
	private static final int MIN_SINGLE_WORD_NAME = 8;

	private final List<Term> terms = new ArrayList<>();

	private final List<ConditionCode> codes;

	private final Medicines medicines;

	private record Term(String code, List<String> words, boolean endStageKidney) {
	}

	/**
	 * What a recorded condition was recognised as.
	 *
	 * @param codes the screening conditions' codes, in first-found order
	 * @param endStageKidney true when it is end-stage kidney disease or dialysis
	 */
	public record Found(List<String> codes, boolean endStageKidney) {

		static final Found NOTHING = new Found(List.of(), false);

	}

	public ConditionMatcher(List<ScreeningCondition> conditions) {
		this(conditions, List.of(), List.of(), null);
	}

	/**
	 * @param medicines baclofen's names, to read any of them as "baclofen"; null when not
	 * needed
	 */
	public ConditionMatcher(List<ScreeningCondition> conditions, List<ConditionCode> codes,
			List<ConditionSynonym> synonyms, Medicines medicines) {
		this.codes = List.copyOf(codes);
		this.medicines = medicines;
		for (ScreeningCondition condition : conditions) {
			String[] alternatives = condition.getLabel().split(",|\\bor\\b");
			for (int i = 0; i < alternatives.length; i++) {
				List<String> words = Medicines.words(alternatives[i]);
				boolean name = i == 0 || words.size() > 1
						|| (words.size() == 1 && words.get(0).length() >= MIN_SINGLE_WORD_NAME);
				if (!words.isEmpty() && name) {
					this.terms.add(new Term(condition.getCode(), words, false));
				}
			}
		}
		for (ConditionSynonym synonym : synonyms) {
			List<String> words = Medicines.words(synonym.getName());
			if (!words.isEmpty()) {
				this.terms.add(new Term(synonym.getCondition().getCode(), words, synonym.isEndStageKidney()));
			}
		}
	}

	/**
	 * The codes of the screening conditions any of the names is about, in first-found
	 * order.
	 */
	public List<String> codesFor(List<String> names) {
		Set<String> found = new LinkedHashSet<>();
		for (String name : names) {
			for (Term term : termsIn(name)) {
				found.add(term.code());
			}
		}
		return List.copyOf(found);
	}

	/** What a recorded condition (or allergy) is, by its codes and its names. */
	public Found find(CodeableConcept concept) {
		Set<String> found = new LinkedHashSet<>();
		boolean endStage = false;
		for (Coding coding : concept.getCoding()) {
			for (ConditionCode code : this.codes) {
				if (code.matches(coding.getSystem(), coding.getCode())) {
					found.add(code.getCondition().getCode());
					endStage |= code.isEndStageKidney();
				}
			}
		}
		for (String name : Medicines.names(concept)) {
			for (Term term : termsIn(name)) {
				found.add(term.code());
				endStage |= term.endStageKidney();
			}
		}
		return found.isEmpty() ? Found.NOTHING : new Found(List.copyOf(found), endStage);
	}

	private List<Term> termsIn(String name) {
		List<String> words = (this.medicines != null) ? this.medicines.wordsWithBaclofen(name) : Medicines.words(name);
		return this.terms.stream().filter((term) -> Collections.indexOfSubList(words, term.words()) >= 0).toList();
	}

}
