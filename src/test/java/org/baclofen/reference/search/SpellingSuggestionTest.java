package org.baclofen.reference.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.baclofen.reference.system.EditDistance;
import org.junit.jupiter.api.Test;

class SpellingSuggestionTest {

	private final SpellingSuggestion spelling = SpellingSuggestion
		.of(List.of("Baclofen is a GABA-B agonist.", "Intrathecal baclofen and spasticity", "Tizanidine, tramadol"));

	@Test
	void aMisspelledDrugNameIsCorrected() {
		assertThat(this.spelling.suggest("baclophen")).contains("baclofen");
		assertThat(this.spelling.suggest("Intrathekal spastisity")).contains("intrathecal spasticity");
	}

	@Test
	void onlyTheUnknownTermsAreChanged() {
		assertThat(this.spelling.suggest("tramadol baclophen")).contains("tramadol baclofen");
	}

	@Test
	void noSuggestionWhenEveryTermIsKnownOrNothingIsClose() {
		assertThat(this.spelling.suggest("baclofen")).isEmpty();
		assertThat(this.spelling.suggest("lithium")).isEmpty();
	}

	@Test
	void shortTermsAllowOneEditAndLongerOnesTwo() {
		// "tizanidine" is two edits from "tizanidyme"; "gabb" (4 letters) may differ from
		// nothing stored by one.
		assertThat(this.spelling.suggest("tizanidyme")).contains("tizanidine");
		assertThat(SpellingSuggestion.of(List.of("opioid")).suggest("opiod")).contains("opioid");
		assertThat(SpellingSuggestion.of(List.of("opioid")).suggest("opixx")).isEmpty();
	}

	@Test
	void overlongAndTooShortTermsAreLeftAlone() {
		assertThat(this.spelling.suggest("b".repeat(SpellingSuggestion.MAX_TERM_LENGTH + 1))).isEmpty();
		assertThat(this.spelling.suggest("bac")).isEmpty();
	}

	@Test
	void distanceStopsOnceTheLimitIsExceeded() {
		assertThat(EditDistance.distance("baclophen", "baclofen", 2)).isEqualTo(2);
		assertThat(EditDistance.distance("kitten", "sitting", 3)).isEqualTo(3);
		assertThat(EditDistance.distance("abcdef", "uvwxyz", 2)).isEqualTo(3);
	}

}
