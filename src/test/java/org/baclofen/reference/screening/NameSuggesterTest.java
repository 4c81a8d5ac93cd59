package org.baclofen.reference.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.baclofen.reference.interaction.Interaction;
import org.baclofen.reference.system.EditDistance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Did you mean ...?" for names that matched nothing (issue 8, item 8): close stored
 * names are offered, by a bounded edit distance, and never counted as matches.
 */
class NameSuggesterTest {

	private static final Interaction OPIOIDS = MedicationMatcherNamesTest.interaction("opioids", "Opioids", List.of(),
			"oxycodone", "hydromorphone", "+OxyContin", "+MS Contin");

	private static final Interaction BENZODIAZEPINES = MedicationMatcherNamesTest.interaction("benzodiazepines",
			"Benzodiazepines", List.of(), "alprazolam", "lorazepam", "+Xanax");

	private final MedicationMatcher matcher = MedicationMatcher.of(List.of(OPIOIDS, BENZODIAZEPINES),
			List.of("Baclofen", "Lioresal"));

	@ParameterizedTest
	@CsvSource({ "oxycodon, oxycodone", "alprazolm, alprazolam", "Oxy-Contin, OxyContin", "oxy contin 10 mg, OxyContin",
			"alprazloam, alprazolam", "baclofin 10 mg, Baclofen", "Lioresall, Lioresal", "XANAZ, Xanax" })
	void aCloseMisspellingStaysUnmatchedWithASuggestion(String typed, String suggested) {
		MedicationMatcher.Matching matching = this.matcher.match(List.of(typed));
		assertThat(matching.matches()).isEmpty();
		assertThat(matching.duplicates()).isEmpty();
		assertThat(matching.unmatched()).singleElement().satisfies((unmatched) -> {
			assertThat(unmatched.text()).isEqualTo(typed);
			assertThat(unmatched.suggestions()).first().isEqualTo(suggested);
		});
	}

	/**
	 * Just inside and just outside each distance threshold, and the length below which
	 * nothing is guessed.
	 */
	@ParameterizedTest
	@CsvSource({
			// one edit allowed from 5 letters: "xanaz" is one edit from Xanax; "xanx" has
			// 4 letters, so none
			"xanaz, Xanax", "xanx, ''",
			// 8 letters allow one edit: "oxycodne" (one) yes, "oxycdne" (two, 7 letters)
			// no
			"oxycodne, oxycodone", "oxycdne, ''",
			// two edits allowed from 9 letters: "alpruzolum" (10 letters, two edits) yes,
			// "alprzolm" (8, two) no
			"alpruzolum, alprazolam", "alprzolm, ''",
			// "hydromrphne" is two edits from hydromorphone with 11 letters; "hydromrphn"
			// is three
			"hydromrphne, hydromorphone", "hydromrphn, ''",
			// fragments are not near misses
			"morph, ''", "pam, ''", "oxy, ''", "contin, ''" })
	void suggestsOnlyWithinTheAllowedDistance(String typed, String suggested) {
		List<String> suggestions = this.matcher.match(List.of(typed)).unmatched().get(0).suggestions();
		if (suggested.isEmpty()) {
			assertThat(suggestions).isEmpty();
		}
		else {
			assertThat(suggestions).contains(suggested);
		}
	}

	@Test
	void theAllowanceGrowsWithTheShorterName() {
		assertThat(NameSuggester.allowedEdits(NameSuggester.ONE_EDIT_FROM - 1)).isZero();
		assertThat(NameSuggester.allowedEdits(NameSuggester.ONE_EDIT_FROM)).isEqualTo(1);
		assertThat(NameSuggester.allowedEdits(NameSuggester.TWO_EDITS_FROM - 1)).isEqualTo(1);
		assertThat(NameSuggester.allowedEdits(NameSuggester.TWO_EDITS_FROM)).isEqualTo(2);
	}

	@ParameterizedTest
	@CsvSource({ "oxycodone, oxycodone, 0", "oxycodon, oxycodone, 1", "alprazloam, alprazolam, 1",
			"lorazepam, alprazolam, 3", "abc, abcdef, 3", "xanax, xanaz, 1" })
	void distanceCountsInsertionsDeletionsChangesAndSwapsUpToTheLimit(String a, String b, int expected) {
		assertThat(EditDistance.distance(a, b, 2)).isEqualTo(Math.min(expected, 3));
		assertThat(EditDistance.distance(b, a, 2)).isEqualTo(Math.min(expected, 3));
	}

	@Test
	void onlyTheFirstEightWordsOfAnEntryAreTried() {
		String sevenWords = IntStream.range(0, 7)
			.mapToObj((i) -> "zz" + (char) ('a' + i))
			.collect(Collectors.joining(" "));
		assertThat(this.matcher.match(List.of(sevenWords + " oxycodon")).unmatched().get(0).suggestions())
			.containsExactly("oxycodone");
		assertThat(this.matcher.match(List.of(sevenWords + " zzh oxycodon")).unmatched().get(0).suggestions())
			.isEmpty();
	}

	@Test
	void offersAtMostThreeNamesClosestFirst() {
		MedicationMatcher many = MedicationMatcher.of(List.of(MedicationMatcherNamesTest.interaction("probe", "Probe",
				List.of(), "abcdefgc", "abcdefgb", "abcd-efgz", "abcdefga")));
		assertThat(many.match(List.of("abcdefgz")).unmatched().get(0).suggestions()).containsExactly("abcd-efgz",
				"abcdefga", "abcdefgb");
	}

	@Test
	void aSuggestionIsNeverAMatchOfItsOwn() {
		MedicationMatcher.Matching matching = this.matcher.match(List.of("oxycodon 5 mg", "Oxy-Contin"));
		assertThat(matching.matches()).isEmpty();
		assertThat(matching.unmatched()).hasSize(2);
	}

}
