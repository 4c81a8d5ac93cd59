package org.baclofen.reference.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import org.baclofen.reference.interaction.InteractantKind;
import org.baclofen.reference.interaction.Interaction;
import org.baclofen.reference.interaction.InteractionMember;
import org.baclofen.reference.interaction.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MedicationMatcherTest {

	private static final Interaction OPIOIDS = interaction("opioids", "Opioids", "morphine", "oxycodone", "tramadol",
			"hydromorphone", "+OxyContin", "+MS Contin", "+Norco");

	private static final Interaction BENZODIAZEPINES = interaction("benzodiazepines", "Benzodiazepines", "diazepam",
			"alprazolam", "lorazepam", "+Xanax", "+Valium");

	private static final Interaction ALCOHOL = interaction("alcohol", "Alcohol", "ethanol");

	private static final Interaction CNS_DEPRESSANTS = interaction("other-cns-depressants",
			"Other CNS depressants (sedatives, hypnotics, anxiolytics, sedating muscle relaxants)", "zolpidem",
			"tizanidine", "+Zanaflex");

	private static final Interaction TIZANIDINE = interaction("tizanidine-pharmacokinetics",
			"Tizanidine (pharmacokinetics)", "tizanidine", "+Zanaflex");

	private static final Interaction ANTIHYPERTENSIVES = interaction("antihypertensives",
			"Antihypertensives and other blood-pressure-lowering drugs", "lisinopril", "metoprolol", "+Toprol-XL");

	private static final Interaction LEVODOPA = interaction("levodopa-carbidopa", "Levodopa with or without carbidopa",
			"levodopa", "carbidopa", "carbidopa/levodopa", "carbidopa/levodopa/entacapone", "+Sinemet");

	private static final Interaction ANTIDIABETICS = interaction("antidiabetic-agents", "Antidiabetic agents",
			"metformin", "insulin", "insulin glargine", "+Lantus");

	private static final Interaction MAOIS = interaction("mao-inhibitors", "Monoamine oxidase inhibitors (MAOIs)",
			"phenelzine");

	private final MedicationMatcher matcher = MedicationMatcher.of(List.of(OPIOIDS, BENZODIAZEPINES, ALCOHOL,
			CNS_DEPRESSANTS, TIZANIDINE, ANTIHYPERTENSIVES, LEVODOPA, ANTIDIABETICS, MAOIS));

	@ParameterizedTest
	@ValueSource(strings = { "oxycodone", "OXYCODONE", "Oxycodone", "  oxycodone  ", "\toxycodone\t",
			"oxycodone 5 mg q6h", "oxycodone 5mg PRN", "Oxycodone HCl 10 mg tablet", "oxycodone/acetaminophen",
			"oxycodone (immediate release)", "5 mg oxycodone" })
	void findsAGenericNameWhateverSurroundsIt(String typed) {
		assertThat(this.matcher.matchesFor(typed)).singleElement().satisfies((match) -> {
			assertThat(match.interaction()).isSameAs(OPIOIDS);
			assertThat(match.matchedName()).isEqualTo("oxycodone");
			assertThat(match.input()).isEqualTo(typed.strip());
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "Xanax", "xanax", "XANAX 0.5 mg", "Xanax XR 1mg at night" })
	void findsABrandName(String typed) {
		assertThat(this.matcher.matchesFor(typed)).singleElement().satisfies((match) -> {
			assertThat(match.interaction()).isSameAs(BENZODIAZEPINES);
			assertThat(match.matchedName()).isEqualTo("Xanax");
		});
	}

	@Test
	void ignoresAccents() {
		assertThat(interactionsFor("Métformin 500 mg")).containsExactly(ANTIDIABETICS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "pam", "morph", "oxy", "codone", "Oxycontin5", "xan", "azepam", "insul", "lev", "carbi",
			"dopa", "contin", "MS", "tizan", "hydro", "morphin", "oxycodones", "diazepams", "et" })
	void fragmentsOfNamesMatchNothing(String fragment) {
		assertThat(this.matcher.matchesFor(fragment)).isEmpty();
	}

	@Test
	void aWordInsideAnotherWordIsNotAName() {
		assertThat(this.matcher.matchesFor("hydromorphone")).singleElement()
			.satisfies((match) -> assertThat(match.matchedName()).isEqualTo("hydromorphone"));
		assertThat(this.matcher.matchesFor("methanol")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "insulin glargine", "Insulin Glargine 20 units at night", "insulin  glargine",
			"insulin-glargine" })
	void findsMultiWordNamesAndReportsTheMostSpecificOne(String typed) {
		assertThat(this.matcher.matchesFor(typed)).singleElement().satisfies((match) -> {
			assertThat(match.interaction()).isSameAs(ANTIDIABETICS);
			assertThat(match.matchedName()).isEqualTo("insulin glargine");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "carbidopa/levodopa", "Carbidopa/Levodopa 25/100 mg tid", "carbidopa-levodopa",
			"carbidopa levodopa", "CARBIDOPA / LEVODOPA" })
	void findsNamesWrittenWithSlashesOrHyphens(String typed) {
		assertThat(this.matcher.matchesFor(typed)).singleElement().satisfies((match) -> {
			assertThat(match.interaction()).isSameAs(LEVODOPA);
			assertThat(match.matchedName()).isEqualTo("carbidopa/levodopa");
		});
	}

	@Test
	void findsTheLongestOfSeveralNamesInOneEntry() {
		assertThat(this.matcher.matchesFor("carbidopa/levodopa/entacapone 100 mg")).singleElement()
			.satisfies((match) -> assertThat(match.matchedName()).isEqualTo("carbidopa/levodopa/entacapone"));
	}

	@Test
	void findsBrandNamesOfSeveralWordsOrWithHyphens() {
		assertThat(this.matcher.matchesFor("MS Contin 30 mg bd")).singleElement()
			.satisfies((match) -> assertThat(match.matchedName()).isEqualTo("MS Contin"));
		assertThat(this.matcher.matchesFor("Toprol XL 50")).singleElement()
			.satisfies((match) -> assertThat(match.matchedName()).isEqualTo("Toprol-XL"));
		assertThat(this.matcher.matchesFor("toprol-xl")).singleElement()
			.satisfies((match) -> assertThat(match.interaction()).isSameAs(ANTIHYPERTENSIVES));
	}

	@Test
	void findsAnInteractantByItsOwnName() {
		assertThat(this.matcher.matchesFor("alcohol")).singleElement().satisfies((match) -> {
			assertThat(match.interaction()).isSameAs(ALCOHOL);
			assertThat(match.matchedName()).isEqualTo("Alcohol");
		});
		assertThat(interactionsFor("Opioids")).containsExactly(OPIOIDS);
		assertThat(interactionsFor("benzodiazepines")).containsExactly(BENZODIAZEPINES);
		assertThat(interactionsFor("monoamine oxidase inhibitors")).containsExactly(MAOIS);
	}

	@Test
	void aQualifierInTheInteractantIsNotANameOfItsOwn() {
		assertThat(this.matcher.matchesFor("pharmacokinetics")).isEmpty();
		assertThat(this.matcher.matchesFor("sedatives")).isEmpty();
	}

	@Test
	void oneMedicineMayBelongToSeveralInteractionsAndEachIsReported() {
		assertThat(interactionsFor("tizanidine 4 mg")).containsExactlyInAnyOrder(CNS_DEPRESSANTS, TIZANIDINE);
		assertThat(interactionsFor("Zanaflex")).containsExactlyInAnyOrder(CNS_DEPRESSANTS, TIZANIDINE);
	}

	@Test
	void oneEntryNamingTwoInteractingDrugsReportsBoth() {
		assertThat(interactionsFor("oxycodone + diazepam")).containsExactlyInAnyOrder(OPIOIDS, BENZODIAZEPINES);
	}

	@Test
	void anEntryReportsEachInteractionOnceEvenWhenSeveralOfItsNamesMatch() {
		assertThat(this.matcher.matchesFor("OxyContin (oxycodone) 10 mg")).singleElement()
			.satisfies((match) -> assertThat(match.interaction()).isSameAs(OPIOIDS));
	}

	@Test
	void splitsAPastedListOnCommasSemicolonsAndNewLines() {
		assertThat(MedicationList.split("oxycodone 5 mg, Xanax; lisinopril\nmetformin\r\ninsulin glargine\rLantus"))
			.containsExactly("oxycodone 5 mg", "Xanax", "lisinopril", "metformin", "insulin glargine", "Lantus");
	}

	@Test
	void splittingDropsEmptyEntriesAndRepeatsAndKeepsSlashNames() {
		assertThat(MedicationList.split(" oxycodone ,, ;\n\n  carbidopa/levodopa ; OXYCODONE\n"))
			.containsExactly("oxycodone", "carbidopa/levodopa");
		assertThat(MedicationList.split((String) null)).isEmpty();
		assertThat(MedicationList.split(" \n , ")).isEmpty();
	}

	@Test
	void matchingAListReportsEveryMatchAndListsWhatMatchedNothing() {
		MedicationMatcher.Matching matching = this.matcher
			.match(List.of("oxycodone 5 mg", "unobtainium", "Xanax", " paracetamol 1 g "));
		assertThat(matching.matches()).extracting(MedicationMatch::input).containsExactly("oxycodone 5 mg", "Xanax");
		assertThat(texts(matching)).containsExactly("unobtainium", "paracetamol 1 g");
	}

	@Test
	void aRepeatedEntryIsCheckedOnce() {
		MedicationMatcher.Matching matching = this.matcher.match(List.of("Xanax", " xanax", "foo", "FOO"));
		assertThat(matching.matches()).hasSize(1);
		assertThat(texts(matching)).containsExactly("foo");
	}

	@Test
	void namesAddedToAnInteractionCountForTheNextMatcher() {
		Interaction opioids = interaction("opioids", "Opioids", "morphine");
		assertThat(MedicationMatcher.of(List.of(opioids)).matchesFor("pethidine")).isEmpty();
		opioids.addMember(new InteractionMember("pethidine", false));
		assertThat(MedicationMatcher.of(List.of(opioids)).matchesFor("pethidine")).hasSize(1);
	}

	@Test
	void acceptsAtMostThirtyEntriesOfAtMostTwoHundredCharacters() {
		assertThat(this.matcher.match(Collections.nCopies(1, "x".repeat(200))).unmatched()).hasSize(1);
		List<String> thirty = java.util.stream.IntStream.range(0, 30).mapToObj((i) -> "drug" + i).toList();
		assertThat(this.matcher.match(thirty).unmatched()).hasSize(30);
		List<String> thirtyOne = java.util.stream.IntStream.range(0, 31).mapToObj((i) -> "drug" + i).toList();
		assertThatIllegalArgumentException().isThrownBy(() -> this.matcher.match(thirtyOne));
		assertThatIllegalArgumentException().isThrownBy(() -> this.matcher.matchesFor("x".repeat(201)));
		assertThatIllegalArgumentException().isThrownBy(() -> this.matcher.matchesFor("  "));
	}

	private static List<String> texts(MedicationMatcher.Matching matching) {
		return matching.unmatched().stream().map(MedicationMatcher.Unmatched::text).toList();
	}

	private List<Interaction> interactionsFor(String typed) {
		return this.matcher.matchesFor(typed).stream().map(MedicationMatch::interaction).toList();
	}

	/** An interaction with the given member names; a leading + marks a brand. */
	private static Interaction interaction(String slug, String interactant, String... members) {
		Interaction interaction = new Interaction(slug, interactant, InteractantKind.DRUG_CLASS, "Effect.",
				"Management.", Severity.UNKNOWN, LocalDate.of(2026, 11, 21));
		for (String member : members) {
			boolean brand = member.startsWith("+");
			interaction.addMember(new InteractionMember(brand ? member.substring(1) : member, brand));
		}
		return interaction;
	}

	@Test
	void anUnknownNameNextToAKnownOneIsStillReported() {
		MedicationMatcher.Matching matching = this.matcher.match(List.of("zolpidem plus warfarin"));
		assertThat(matching.matches()).extracting(MedicationMatch::matchedName).containsExactly("zolpidem");
		assertThat(texts(matching)).containsExactly("warfarin (in \u201czolpidem plus warfarin\u201d)");
	}

	@Test
	void theOtherPartOfACombinationProductIsReported() {
		assertThat(texts(this.matcher.match(List.of("oxycodone/acetaminophen"))))
			.containsExactly("acetaminophen (in \u201coxycodone/acetaminophen\u201d)");
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "oxycodone 5 mg q6h", "Oxycodone HCl ER 10 mg tablet twice daily", "Toprol-XL 50mg once a day",
					"insulin glargine 20 units at bedtime", "Xanax 0.5 mg as needed", "metformin 500mg BID with food" })
	void doseFormSaltAndScheduleWordsAreNotMistakenForNames(String typed) {
		assertThat(this.matcher.match(List.of(typed)).unmatched()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			oxycodon 5 mg q6h       | oxycodone | oxycodone 5 mg q6h
			Oxy-Contin 20 mg        | OxyContin | OxyContin 20 mg
			zolpidem with alprazolm | alprazolam | zolpidem with alprazolam
			""")
	void aSuggestionTakesThePlaceOfTheWordsThatMatchedNothing(String typed, String suggestion, String corrected) {
		assertThat(this.matcher.match(List.of(typed)).unmatched()).singleElement().satisfies((unmatched) -> {
			assertThat(unmatched.suggestions()).contains(suggestion);
			assertThat(unmatched.corrected(suggestion)).isEqualTo(corrected);
		});
	}

}
