package org.baclofen.reference.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.persistence.EntityManager;
import org.baclofen.reference.ReferenceAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

@ReferenceAppTest
class ScreeningApiTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private EntityManager entityManager;

	@Test
	void checksMedicinesAndConditionsAsDocumented() throws Exception {
		check("""
				{"medications": ["oxycodone 5 mg", "Xanax"], "conditions": ["EPILEPSY"]}""").andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.matches", hasSize(2)))
			.andExpect(jsonPath("$.matches[0].input").value("oxycodone 5 mg"))
			.andExpect(jsonPath("$.matches[0].matchedName").value("oxycodone"))
			.andExpect(jsonPath("$.matches[0].interactant").value("Opioids"))
			.andExpect(jsonPath("$.matches[0].severity").value("MAJOR"))
			.andExpect(jsonPath("$.matches[0].effect", startsWith("Combined depression of the central nervous system")))
			.andExpect(jsonPath("$.matches[0].management", startsWith("Avoid the combination where possible")))
			.andExpect(jsonPath("$.matches[0].sources", hasItem("S20")))
			.andExpect(jsonPath("$.matches[0].link").value("/interactions#opioids"))
			.andExpect(jsonPath("$.matches[1].input").value("Xanax"))
			.andExpect(jsonPath("$.matches[1].interactant").value("Benzodiazepines"))
			.andExpect(jsonPath("$.conditionWarnings", hasSize(1)))
			.andExpect(jsonPath("$.conditionWarnings[0].condition").value("EPILEPSY"))
			.andExpect(jsonPath("$.conditionWarnings[0].kind").value("WARNING"))
			.andExpect(jsonPath("$.conditionWarnings[0].title").value("Epilepsy"))
			.andExpect(jsonPath("$.conditionWarnings[0].advice", startsWith("Seizure control may deteriorate")))
			.andExpect(jsonPath("$.conditionWarnings[0].sources", hasItem("S20")))
			.andExpect(jsonPath("$.unmatched", empty()));
	}

	@Test
	void listsEveryMedicineThatMatchedNothing() throws Exception {
		check("""
				{"medications": ["unobtainium 5 mg", "morph", "paracetamol"]}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.matches", empty()))
			.andExpect(jsonPath("$.conditionWarnings", empty()))
			.andExpect(jsonPath("$.unmatched", contains("unobtainium 5 mg", "morph", "paracetamol")));
	}

	@Test
	void reportsEachInteractionAMedicineBelongsTo() throws Exception {
		check("""
				{"medications": ["tizanidine 4 mg"], "conditions": []}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.matches[*].interactant",
					containsInAnyOrder(
							"Other CNS depressants (sedatives, hypnotics, anxiolytics, sedating muscle relaxants)",
							"Tizanidine")))
			.andExpect(jsonPath("$.matches[*].input", contains("tizanidine 4 mg", "tizanidine 4 mg")));
	}

	@Test
	void aConditionWithSeveralWarningsReportsEach() throws Exception {
		check("""
				{"medications": [], "conditions": ["PEPTIC_ULCER", "PREGNANCY"]}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.conditionWarnings[*].title",
					contains("Active peptic ulcer (some non-US labeling)", "History of peptic ulcer",
							"Neonatal withdrawal", "Pregnancy")))
			.andExpect(jsonPath("$.conditionWarnings[*].condition",
					contains("PEPTIC_ULCER", "PEPTIC_ULCER", "PREGNANCY", "PREGNANCY")));
	}

	@Test
	@Transactional
	void aMemberNameAddedInTheDatabaseIsMatchedWithoutARestart() throws Exception {
		check("""
				{"medications": ["pethidine 50 mg"]}""")
			.andExpect(jsonPath("$.unmatched", contains("pethidine 50 mg")));

		this.jdbc
			.sql("insert into interaction_member (interaction_id, name, brand)"
					+ " select id, 'pethidine', false from interaction where slug = 'opioids'")
			.update();
		// The next request starts from an empty persistence context, as every real
		// request does.
		this.entityManager.clear();

		check("""
				{"medications": ["pethidine 50 mg"]}""")
			.andExpect(jsonPath("$.matches[0].interactant").value("Opioids"))
			.andExpect(jsonPath("$.matches[0].matchedName").value("pethidine"))
			.andExpect(jsonPath("$.unmatched", empty()));
	}

	@Test
	@Transactional
	void aConditionAddedInTheDatabaseIsAcceptedWithoutARestart() throws Exception {
		check("""
				{"medications": [], "conditions": ["OVARIAN_CYSTS"]}""").andExpect(status().isBadRequest());
		this.jdbc
			.sql("insert into screening_condition (code, label, sort_order, last_reviewed) values "
					+ "('OVARIAN_CYSTS', 'Ovarian cysts', 999, date '2026-11-21')")
			.update();
		this.entityManager.clear();
		check("""
				{"medications": [], "conditions": ["OVARIAN_CYSTS"]}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.conditionWarnings", empty()))
			.andExpect(jsonPath("$.conditionsWithoutWarnings", contains("OVARIAN_CYSTS")));
	}

	@Test
	void listsTheConditionCodes() throws Exception {
		this.mvc.perform(get("/api/interactions/conditions"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$[0].code").value("HYPERSENSITIVITY_TO_BACLOFEN"))
			.andExpect(jsonPath("$[0].label").value("Known hypersensitivity to baclofen"))
			.andExpect(jsonPath("$[1].code").value("RENAL_IMPAIRMENT"))
			.andExpect(jsonPath("$[*].code",
					hasItems("INTRATHECAL_PUMP", "RELIES_ON_SPASTICITY", "SPINAL_CORD_INJURY_T6_OR_ABOVE",
							"PARKINSONS_DISEASE", "CHILD_OR_ADOLESCENT")))
			.andExpect(jsonPath("$[*].code", hasItem("EPILEPSY")))
			.andExpect(jsonPath("$[*].code", hasItem("AGE_65_OR_OVER")));
	}

	@Test
	void rejectsABodyThatIsNotJson() throws Exception {
		check("oxycodone, Xanax").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		this.mvc.perform(post("/api/interactions/check").contentType(MediaType.TEXT_PLAIN).content("oxycodone"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
	}

	@Test
	void rejectsMoreThanThirtyMedicines() throws Exception {
		String thirtyOne = IntStream.range(0, 31).mapToObj((i) -> "\"drug" + i + "\"").collect(Collectors.joining(","));
		check("{\"medications\": [" + thirtyOne + "]}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("medications"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("more than 30")));
	}

	@Test
	void rejectsAnEntryOverTwoHundredCharactersAtItsIndex() throws Exception {
		check("{\"medications\": [\"a\", \"b\", \"c\", \"" + ("x".repeat(201)) + "\"]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].field").value("medications[3]"))
			.andExpect(jsonPath("$.errors[0].message").value("is longer than 200 characters"));
	}

	@Test
	void rejectsAnUnknownConditionAtItsIndex() throws Exception {
		check("""
				{"medications": ["oxycodone"], "conditions": ["EPILEPSY", "GOUT"]}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].field").value("conditions[1]"))
			.andExpect(jsonPath("$.errors[0].message", containsString("not a known condition code")));
	}

	@Test
	void rejectsBlankAndMissingEntries() throws Exception {
		check("""
				{"medications": ["oxycodone", "  ", null], "conditions": [""]}""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("conditions[0]", "medications[1]", "medications[2]")));
		check("""
				{"conditions": ["EPILEPSY"]}""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("medications"));
	}

	@Test
	void rejectsAWrongType() throws Exception {
		check("""
				{"medications": "oxycodone"}""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("medications"));
	}

	@Test
	void classWordsAndEverydayNamesMatchTheirInteraction() throws Exception {
		check("""
				{"medications": ["opioid", "opioids", "benzodiazepine", "tricyclic antidepressant", "MAOI", "beer",
				"wine", "spirits", "ethanol", "SSRI"]}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.matches[?(@.input == 'opioid')].interactant", contains("Opioids")))
			.andExpect(jsonPath("$.matches[?(@.input == 'opioids')].interactant", contains("Opioids")))
			.andExpect(jsonPath("$.matches[?(@.input == 'benzodiazepine')].interactant", contains("Benzodiazepines")))
			.andExpect(jsonPath("$.matches[?(@.input == 'tricyclic antidepressant')].interactant",
					contains("Tricyclic antidepressants")))
			.andExpect(jsonPath("$.matches[?(@.input == 'MAOI')].interactant",
					contains("Monoamine oxidase inhibitors (MAOIs)")))
			.andExpect(jsonPath("$.matches[?(@.interactant == 'Alcohol')].input",
					contains("beer", "wine", "spirits", "ethanol")))
			// No SSRI interaction is on record, so the word is not known.
			.andExpect(jsonPath("$.unmatched", contains("SSRI")));
	}

	@Test
	void baclofenAndItsProductsAreDuplicateTherapy() throws Exception {
		check("""
				{"medications": ["baclofen 10 mg tablets", "Lioresal", "Ozobax", "Fleqsuvy", "Lyvispah", "Gablofen 500 mcg/mL"]}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.duplicateTherapy[*].input",
					contains("baclofen 10 mg tablets", "Lioresal", "Ozobax", "Fleqsuvy", "Lyvispah",
							"Gablofen 500 mcg/mL")))
			.andExpect(jsonPath("$.duplicateTherapy[0].matchedName").value("Baclofen"))
			.andExpect(jsonPath("$.duplicateTherapy[5].matchedName").value("Gablofen"))
			.andExpect(jsonPath("$.matches", empty()))
			.andExpect(jsonPath("$.unmatched", empty()));
	}

	@Test
	void misspellingsStayUnmatchedWithSuggestions() throws Exception {
		check("""
				{"medications": ["oxycodon", "alprazolm", "Oxy-Contin", "unobtainium"]}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.matches", empty()))
			.andExpect(jsonPath("$.unmatched", contains("oxycodon", "alprazolm", "Oxy-Contin", "unobtainium")))
			.andExpect(jsonPath("$.suggestions", hasSize(3)))
			.andExpect(jsonPath("$.suggestions[0].unmatched").value("oxycodon"))
			.andExpect(jsonPath("$.suggestions[0].didYouMean[0]").value("oxycodone"))
			.andExpect(jsonPath("$.suggestions[1].unmatched").value("alprazolm"))
			.andExpect(jsonPath("$.suggestions[1].didYouMean[0]").value("alprazolam"))
			.andExpect(jsonPath("$.suggestions[2].unmatched").value("Oxy-Contin"))
			.andExpect(jsonPath("$.suggestions[2].didYouMean[0]").value("OxyContin"));
	}

	@Test
	void anOpioidMatchAlsoShowsTheConcomitantOpioidPrecaution() throws Exception {
		check("""
				{"medications": ["tramadol 50 mg"]}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.matches[0].interactant").value("Opioids"))
			.andExpect(jsonPath("$.matches[0].warnings[0].title").value("Concomitant opioids"))
			.andExpect(jsonPath("$.matches[0].warnings[0].kind").value("PRECAUTION"))
			.andExpect(jsonPath("$.matches[0].warnings[0].sources", not(empty())))
			.andExpect(jsonPath("$.matches[0].warnings[0].link", startsWith("/safety#safety-")));
		check("""
				{"medications": ["Xanax"]}""").andExpect(jsonPath("$.matches[0].warnings", empty()));
	}

	@Test
	void theNewConditionsShowTheirStoredSafetyItems() throws Exception {
		check("""
				{"medications": [], "conditions": ["HYPERSENSITIVITY_TO_BACLOFEN", "INTRATHECAL_PUMP",
				"RELIES_ON_SPASTICITY", "SPINAL_CORD_INJURY_T6_OR_ABOVE", "PARKINSONS_DISEASE", "CHILD_OR_ADOLESCENT"]}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.conditionWarnings[?(@.condition == 'HYPERSENSITIVITY_TO_BACLOFEN')].title",
					contains("Hypersensitivity to baclofen")))
			.andExpect(jsonPath("$.conditionWarnings[?(@.condition == 'HYPERSENSITIVITY_TO_BACLOFEN')].kind",
					contains("CONTRAINDICATION")))
			.andExpect(jsonPath("$.conditionWarnings[?(@.condition == 'INTRATHECAL_PUMP')].title",
					contains("Abrupt discontinuation of intrathecal baclofen", "Intrathecal overdose")))
			.andExpect(jsonPath("$.conditionWarnings[?(@.condition == 'RELIES_ON_SPASTICITY')].title",
					contains("Posture and balance")))
			.andExpect(jsonPath("$.conditionWarnings[?(@.condition == 'SPINAL_CORD_INJURY_T6_OR_ABOVE')].title",
					contains("Abrupt discontinuation of intrathecal baclofen", "Autonomic dysreflexia")))
			.andExpect(jsonPath("$.conditionWarnings[?(@.condition == 'PARKINSONS_DISEASE')].title",
					contains("Parkinson's disease")))
			.andExpect(jsonPath("$.conditionWarnings[?(@.condition == 'PARKINSONS_DISEASE')].sources[*]",
					hasItems("S9", "S20", "S22")))
			.andExpect(jsonPath("$.conditionWarnings[?(@.condition == 'CHILD_OR_ADOLESCENT')].title",
					contains("Children and adolescents")))
			.andExpect(jsonPath("$.conditionWarnings[?(@.condition == 'CHILD_OR_ADOLESCENT')].sources[*]",
					hasItems("S5", "S6", "S62", "S63")))
			.andExpect(jsonPath("$.conditionsWithoutWarnings", empty()));
	}

	@Test
	void splitsEachEntryExactlyAsTheFormDoes() throws Exception {
		String typed = "oxycodone 5 mg and Xanax plus lisinopril\nmetformin, beer; Lioresal";
		check("{\"medications\": [\"" + typed.replace("\n", "\\n") + "\"]}").andExpect(status().isOk())
			.andExpect(jsonPath("$.medications",
					contains("oxycodone 5 mg", "Xanax", "lisinopril", "metformin", "beer", "Lioresal")))
			.andExpect(jsonPath("$.matches[*].input",
					containsInAnyOrder("oxycodone 5 mg", "Xanax", "lisinopril", "metformin", "beer")))
			.andExpect(jsonPath("$.duplicateTherapy[0].input").value("Lioresal"))
			.andExpect(jsonPath("$.unmatched", empty()));
		ScreeningResult page = (ScreeningResult) this.mvc
			.perform(post("/check").with(csrf()).param("medications", typed))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("result");
		assertThat(page.medications()).containsExactly("oxycodone 5 mg", "Xanax", "lisinopril", "metformin", "beer",
				"Lioresal");
	}

	@Test
	void theLimitOfThirtyCountsEntriesAfterSplitting() throws Exception {
		String fifteenPairs = IntStream.range(0, 15)
			.mapToObj((i) -> "\"drug" + i + "a and drug" + i + "b\"")
			.collect(Collectors.joining(","));
		check("{\"medications\": [" + fifteenPairs + "]}").andExpect(status().isOk())
			.andExpect(jsonPath("$.unmatched", hasSize(30)));
		check("{\"medications\": [" + fifteenPairs + ", \"drug15\"]}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].field").value("medications"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("more than 30")));
	}

	@Test
	@Transactional
	void anOtherNameAddedInTheDatabaseIsMatchedWithoutARestart() throws Exception {
		check("""
				{"medications": ["painkiller"]}""").andExpect(jsonPath("$.unmatched", contains("painkiller")));
		this.jdbc
			.sql("insert into interaction_other_name (interaction_id, name)"
					+ " select id, 'painkiller' from interaction where slug = 'opioids'")
			.update();
		this.entityManager.clear();
		check("""
				{"medications": ["painkiller"]}""").andExpect(jsonPath("$.matches[0].interactant").value("Opioids"))
			.andExpect(jsonPath("$.matches[0].matchedName").value("painkiller"))
			.andExpect(jsonPath("$.unmatched", empty()));
	}

	@Test
	@Transactional
	void aBrandNameRemovedInTheDatabaseIsNoLongerADuplicate() throws Exception {
		check("""
				{"medications": ["Baclocalm"]}""")
			.andExpect(jsonPath("$.duplicateTherapy[0].matchedName").value("Baclocalm"));
		this.jdbc.sql("delete from drug_brand_name where name = 'Baclocalm'").update();
		this.entityManager.clear();
		check("""
				{"medications": ["Baclocalm"]}""").andExpect(jsonPath("$.duplicateTherapy", empty()))
			.andExpect(jsonPath("$.unmatched", contains("Baclocalm")));
	}

	private ResultActions check(String body) throws Exception {
		return this.mvc.perform(post("/api/interactions/check").contentType(MediaType.APPLICATION_JSON).content(body));
	}

}
