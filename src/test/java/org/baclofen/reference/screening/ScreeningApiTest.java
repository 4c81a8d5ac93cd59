package org.baclofen.reference.screening;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.baclofen.reference.ReferenceAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

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
				{"medications": ["oxycodone 5 mg", "Xanax"], "conditions": ["EPILEPSY"]}""")
			.andExpect(status().isOk())
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
				{"medications": ["unobtainium 5 mg", "morph", "paracetamol"]}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.matches", empty()))
			.andExpect(jsonPath("$.conditionWarnings", empty()))
			.andExpect(jsonPath("$.unmatched", contains("unobtainium 5 mg", "morph", "paracetamol")));
	}

	@Test
	void reportsEachInteractionAMedicineBelongsTo() throws Exception {
		check("""
				{"medications": ["tizanidine 4 mg"], "conditions": []}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.matches[*].interactant", containsInAnyOrder(
					"Other CNS depressants (sedatives, hypnotics, anxiolytics, sedating muscle relaxants)",
					"Tizanidine")))
			.andExpect(jsonPath("$.matches[*].input", contains("tizanidine 4 mg", "tizanidine 4 mg")));
	}

	@Test
	void aConditionWithSeveralWarningsReportsEach() throws Exception {
		check("""
				{"medications": [], "conditions": ["PEPTIC_ULCER", "PREGNANCY"]}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.conditionWarnings[*].title", contains("Active peptic ulcer (some non-US labeling)",
					"History of peptic ulcer", "Neonatal withdrawal", "Pregnancy")))
			.andExpect(jsonPath("$.conditionWarnings[*].condition",
					contains("PEPTIC_ULCER", "PEPTIC_ULCER", "PREGNANCY", "PREGNANCY")));
	}

	@Test
	@Transactional
	void aMemberNameAddedInTheDatabaseIsMatchedWithoutARestart() throws Exception {
		check("""
				{"medications": ["pethidine 50 mg"]}""")
			.andExpect(jsonPath("$.unmatched", contains("pethidine 50 mg")));

		this.jdbc.sql("insert into interaction_member (interaction_id, name, brand)"
				+ " select id, 'pethidine', false from interaction where slug = 'opioids'").update();
		// The next request starts from an empty persistence context, as every real request does.
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
		this.jdbc.sql("insert into screening_condition (code, label, sort_order, last_reviewed) values ('OVARIAN_CYSTS', 'Ovarian cysts', 999, date '2026-11-21')")
			.update();
		this.entityManager.clear();
		check("""
				{"medications": [], "conditions": ["OVARIAN_CYSTS"]}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.conditionWarnings", empty()))
			.andExpect(jsonPath("$.conditionsWithoutWarnings", contains("OVARIAN_CYSTS")));
	}

	@Test
	void listsTheConditionCodes() throws Exception {
		this.mvc.perform(get("/api/interactions/conditions"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$[0].code").value("RENAL_IMPAIRMENT"))
			.andExpect(jsonPath("$[0].label").value("Renal impairment"))
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
		check("{\"medications\": [\"a\", \"b\", \"c\", \"" + "x".repeat(201) + "\"]}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].field").value("medications[3]"))
			.andExpect(jsonPath("$.errors[0].message").value("is longer than 200 characters"));
	}

	@Test
	void rejectsAnUnknownConditionAtItsIndex() throws Exception {
		check("""
				{"medications": ["oxycodone"], "conditions": ["EPILEPSY", "GOUT"]}""").andExpect(status().isBadRequest())
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

	private ResultActions check(String body) throws Exception {
		return this.mvc.perform(post("/api/interactions/check").contentType(MediaType.APPLICATION_JSON).content(body));
	}

}
