package org.baclofen.reference.cdshooks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.baclofen.reference.screening.ScreeningCondition;

/**
 * Finds the stored screening conditions a patient's coded conditions are about, by the
 * names clinicians and code systems use. A screening condition is known by its label and
 * by each alternative its label lists ("Epilepsy or seizure disorder" is epilepsy and
 * seizure disorder); a condition matches when one of these appears in its text or a
 * coding's display as whole words. Alternatives of a single short word ("active", "past"
 * in "Peptic ulcer, active or past") qualify the first and are not names of their own.
 */
public final class ConditionMatcher {

	/**
	 * A lone word this short after the first alternative is a qualifier, not a condition
	 * name.
	 */
	private static final int MIN_SINGLE_WORD_NAME = 8;

	private final List<Term> terms = new ArrayList<>();

	private record Term(String code, List<String> words) {
	}

	public ConditionMatcher(List<ScreeningCondition> conditions) {
		for (ScreeningCondition condition : conditions) {
			String[] alternatives = condition.getLabel().split(",|\\bor\\b");
			for (int i = 0; i < alternatives.length; i++) {
				List<String> words = Medicines.words(alternatives[i]);
				boolean name = i == 0 || words.size() > 1
						|| (words.size() == 1 && words.get(0).length() >= MIN_SINGLE_WORD_NAME);
				if (!words.isEmpty() && name) {
					this.terms.add(new Term(condition.getCode(), words));
				}
			}
		}
	}

	/**
	 * The codes of the screening conditions any of the names is about, in first-found
	 * order.
	 */
	public List<String> codesFor(List<String> names) {
		Set<String> codes = new LinkedHashSet<>();
		for (String name : names) {
			List<String> words = Medicines.words(name);
			for (Term term : this.terms) {
				if (Collections.indexOfSubList(words, term.words()) >= 0) {
					codes.add(term.code());
				}
			}
		}
		return List.copyOf(codes);
	}

}
