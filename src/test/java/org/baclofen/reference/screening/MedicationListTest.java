package org.baclofen.reference.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one splitter the check page and the JSON API share (issue 8, item 9).
 */
class MedicationListTest {

	@Test
	void splitsOnCommasSemicolonsNewLinesAndTheWordsAndAndPlus() {
		assertThat(MedicationList.split("oxycodone 5 mg and Xanax plus lisinopril, metformin; alcohol\ninsulin"))
			.containsExactly("oxycodone 5 mg", "Xanax", "lisinopril", "metformin", "alcohol", "insulin");
		assertThat(MedicationList.split("zolpidem PLUS warfarin AND Tylenol")).containsExactly("zolpidem", "warfarin",
				"Tylenol");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Sandostatin", "Andexxa", "Plusvital", "candesartan", "surplus", "Sandimmune Neoral",
			"grand", "plusses", "Hydrochlorothiazide-andromeda" })
	void aWordThatOnlyContainsAndOrPlusSeparatesNothing(String typed) {
		assertThat(MedicationList.split(typed)).containsExactly(typed);
	}

	@Test
	void andOrPlusAsWholeWordsSplitWhateverSurroundsThem() {
		assertThat(MedicationList.split("oxycodone/and/Xanax")).containsExactly("oxycodone/", "/Xanax");
		assertThat(MedicationList.split("and oxycodone plus")).containsExactly("oxycodone");
	}

	@Test
	void aListOfElementsIsSplitElementByElementWithRepeatsDropped() {
		assertThat(MedicationList.split(List.of("oxycodone and Xanax", "XANAX", "lisinopril\nmetformin")))
			.containsExactly("oxycodone", "Xanax", "lisinopril", "metformin");
		assertThat(MedicationList.split(Arrays.asList("oxycodone", null, " "))).containsExactly("oxycodone");
	}

	@Test
	void theFormAndTheApiGetTheSameEntriesForTheSameWords() {
		String typed = "oxycodone 5 mg plus Xanax and beer\nLioresal, oxycodon";
		assertThat(new ScreeningRequest(List.of(typed), List.of()).entries()).isEqualTo(MedicationList.split(typed))
			.isEqualTo(new ScreeningRequest(MedicationList.split(typed), List.of()).entries());
	}

}
