package org.baclofen.reference.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.baclofen.reference.interaction.InteractantKind;
import org.baclofen.reference.interaction.Interaction;
import org.baclofen.reference.interaction.InteractionMember;
import org.baclofen.reference.interaction.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Class words and everyday names (stored as an interaction's other names) and baclofen's
 * own names (the drug and its brands) are matched as whole names, like member names:
 * items 6 and 7 of issue 8.
 */
class MedicationMatcherNamesTest {

	private static final Interaction OPIOIDS = interaction("opioids", "Opioids", List.of("opioid", "opiate"),
			"oxycodone", "+OxyContin");

	private static final Interaction ALCOHOL = interaction("alcohol", "Alcohol",
			List.of("beer", "wine", "spirits", "alcoholic drinks"), "ethanol");

	private static final Interaction BENZODIAZEPINES = interaction("benzodiazepines", "Benzodiazepines",
			List.of("benzodiazepine"), "alprazolam");

	private static final Interaction TRICYCLICS = interaction("tricyclic-antidepressants", "Tricyclic antidepressants",
			List.of("tricyclic antidepressant", "TCA"), "amitriptyline");

	private static final Interaction MAOIS = interaction("mao-inhibitors", "Monoamine oxidase inhibitors (MAOIs)",
			List.of("MAOI", "MAOIs"), "phenelzine");

	private static final List<String> BACLOFEN = List.of("Baclofen", "Lioresal", "Lioresal Intrathecal", "Ozobax",
			"Ozobax DS", "Fleqsuvy", "Lyvispah", "Gablofen");

	private final MedicationMatcher matcher = MedicationMatcher
		.of(List.of(OPIOIDS, ALCOHOL, BENZODIAZEPINES, TRICYCLICS, MAOIS), BACLOFEN);

	@Test
	void classWordsMatchTheirInteraction() {
		assertThat(interactionsFor("opioid")).containsExactly(OPIOIDS);
		assertThat(interactionsFor("Opioids")).containsExactly(OPIOIDS);
		assertThat(interactionsFor("an opiate for pain")).containsExactly(OPIOIDS);
		assertThat(interactionsFor("benzodiazepine")).containsExactly(BENZODIAZEPINES);
		assertThat(interactionsFor("Tricyclic antidepressant 25 mg at night")).containsExactly(TRICYCLICS);
		assertThat(interactionsFor("TCA")).containsExactly(TRICYCLICS);
		assertThat(interactionsFor("MAOI")).containsExactly(MAOIS);
		assertThat(interactionsFor("maois")).containsExactly(MAOIS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "beer", "Wine", "spirits", "ethanol", "alcohol", "2 glasses of wine daily",
			"alcoholic drinks" })
	void everydayNamesForAlcoholMatchTheAlcoholInteraction(String typed) {
		assertThat(interactionsFor(typed)).containsExactly(ALCOHOL);
	}

	@Test
	void theMatchNamesTheStoredWordThatMatched() {
		assertThat(this.matcher.matchesFor("beer")).singleElement()
			.satisfies((match) -> assertThat(match.matchedName()).isEqualTo("beer"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "SSRI", "opioi", "opioidx", "benzo", "tricyclics", "MAO", "beers", "spirit", "pam",
			"morph", "antidepressant", "alcoholic" })
	void classWordsAreWholeWordsToo(String typed) {
		MedicationMatcher.Matching matching = this.matcher.match(List.of(typed));
		assertThat(matching.matches()).isEmpty();
		assertThat(matching.unmatched()).extracting(MedicationMatcher.Unmatched::text).containsExactly(typed);
	}

	@ParameterizedTest
	@ValueSource(strings = { "baclofen", "Baclofen 10 mg tablets", "baclofen 5mg TID", "BACLOFEN oral solution",
			"Lioresal", "Lioresal 10 mg", "Ozobax", "Ozobax DS 10 mg/5 mL", "Fleqsuvy 5 mL", "Lyvispah 10 mg granules",
			"Gablofen", "Lioresal Intrathecal 500 mcg/mL", "baclofen intrathecal pump" })
	void baclofenAndItsProductsAreDuplicateTherapyNotUnmatched(String typed) {
		MedicationMatcher.Matching matching = this.matcher.match(List.of(typed));
		assertThat(matching.duplicates()).singleElement()
			.satisfies((duplicate) -> assertThat(duplicate.input()).isEqualTo(typed));
		assertThat(matching.matches()).isEmpty();
		assertThat(matching.unmatched()).isEmpty();
	}

	@Test
	void theDuplicateNamesTheMostSpecificProduct() {
		assertThat(this.matcher.baclofenNameIn("Lioresal Intrathecal 2000 mcg/mL")).hasValue("Lioresal Intrathecal");
		assertThat(this.matcher.baclofenNameIn("Ozobax DS")).hasValue("Ozobax DS");
		assertThat(this.matcher.baclofenNameIn("baclofen 10 mg")).hasValue("Baclofen");
	}

	@ParameterizedTest
	@ValueSource(strings = { "baclo", "lioresa", "ozo", "gablofe", "baclofens" })
	void fragmentsOfBaclofenNamesAreNotDuplicates(String typed) {
		MedicationMatcher.Matching matching = this.matcher.match(List.of(typed));
		assertThat(matching.duplicates()).isEmpty();
		assertThat(matching.unmatched()).extracting(MedicationMatcher.Unmatched::text).containsExactly(typed);
	}

	@Test
	void baclofenBesideAnInteractingDrugIsBothADuplicateAndAMatch() {
		MedicationMatcher.Matching matching = this.matcher.match(List.of("baclofen/oxycodone"));
		assertThat(matching.duplicates()).extracting(MedicationMatcher.DuplicateTherapy::matchedName)
			.containsExactly("Baclofen");
		assertThat(matching.matches()).extracting(MedicationMatch::interaction).containsExactly(OPIOIDS);
		assertThat(matching.unmatched()).isEmpty();
	}

	@Test
	void withoutBaclofenNamesNothingIsADuplicate() {
		MedicationMatcher.Matching matching = MedicationMatcher.of(List.of(OPIOIDS)).match(List.of("Lioresal"));
		assertThat(matching.duplicates()).isEmpty();
		assertThat(matching.unmatched()).extracting(MedicationMatcher.Unmatched::text).containsExactly("Lioresal");
	}

	@Test
	void anOtherNameAddedToAnInteractionCountsForTheNextMatcher() {
		Interaction opioids = interaction("opioids", "Opioids", List.of(), "oxycodone");
		assertThat(MedicationMatcher.of(List.of(opioids)).matchesFor("painkiller")).isEmpty();
		opioids.replaceOtherNames(List.of("painkiller"));
		assertThat(MedicationMatcher.of(List.of(opioids)).matchesFor("painkiller")).hasSize(1);
	}

	private List<Interaction> interactionsFor(String typed) {
		return this.matcher.matchesFor(typed).stream().map(MedicationMatch::interaction).toList();
	}

	/**
	 * An interaction with the given other names and member names; a leading + marks a
	 * brand.
	 */
	static Interaction interaction(String slug, String interactant, List<String> otherNames, String... members) {
		Interaction interaction = new Interaction(slug, interactant, InteractantKind.DRUG_CLASS, "Effect.",
				"Management.", Severity.MAJOR, LocalDate.of(2026, 12, 1));
		for (String member : members) {
			boolean brand = member.startsWith("+");
			interaction.addMember(new InteractionMember(brand ? member.substring(1) : member, brand));
		}
		interaction.replaceOtherNames(otherNames);
		return interaction;
	}

}
