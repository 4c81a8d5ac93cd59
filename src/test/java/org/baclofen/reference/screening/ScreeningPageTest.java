package org.baclofen.reference.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.baclofen.reference.ReferenceAppTest;
import org.baclofen.reference.interaction.InteractantKind;
import org.baclofen.reference.interaction.Interaction;
import org.baclofen.reference.interaction.InteractionMember;
import org.baclofen.reference.interaction.InteractionRepository;
import org.baclofen.reference.interaction.Severity;
import org.baclofen.reference.system.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

@ReferenceAppTest
class ScreeningPageTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private InteractionRepository interactions;

	@Autowired
	private EntityManager entityManager;

	@Test
	void showsTheFormWithEveryCondition() throws Exception {
		this.mvc.perform(get("/check"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<textarea id=\"medications\"")))
			.andExpect(content().string(containsString("value=\"EPILEPSY\"")))
			.andExpect(content().string(containsString("Epilepsy or seizure disorder")))
			.andExpect(content().string(containsString("value=\"AGE_65_OR_OVER\"")))
			.andExpect(content().string(containsString("method=\"post\"")))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(not(containsString("id=\"results\""))));
	}

	@Test
	void neverTakesAListFromTheAddress() throws Exception {
		this.mvc.perform(get("/check").param("medications", "oxycodone").param("conditions", "EPILEPSY"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"medications\"></textarea>")))
			.andExpect(content().string(not(containsString("checked=\"checked\""))))
			.andExpect(content().string(not(containsString("id=\"results\""))));
	}

	@Test
	void showsEveryMatchWithEffectManagementAndSourcesAndTheUnmatched() throws Exception {
		check("oxycodone 5 mg q6h\nXanax, unobtainium", "EPILEPSY").andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"results\"")))
			.andExpect(content().string(containsString("2 interactions found for 3 medicines; 1 condition warning; 1 medicine not matched.")))
			.andExpect(content().string(containsString("<h4>Opioids</h4>")))
			.andExpect(content().string(containsString("<h4>Benzodiazepines</h4>")))
			.andExpect(content().string(containsString("<strong>oxycodone 5 mg q6h</strong>")))
			.andExpect(content().string(containsString("(as oxycodone)")))
			.andExpect(content().string(not(containsString("(as Xanax)"))))
			.andExpect(content().string(containsString("Avoid the combination where possible")))
			.andExpect(content().string(containsString("href=\"/sources#source-S20\"")))
			.andExpect(content().string(containsString("Seizure control may deteriorate")))
			.andExpect(content().string(containsString(
					"No baclofen interaction on record for unobtainium — this does not mean none exists")))
			.andExpect(content().string(containsString("Grouped by severity on this scale, worst first:")))
			// The form keeps what was typed and ticked.
			.andExpect(content().string(containsString("oxycodone 5 mg q6h\nXanax, unobtainium</textarea>")))
			.andExpect(content().string(matchesPattern("(?s).*value=\"EPILEPSY\"[^>]*checked=\"checked\".*")))
			.andExpect(content().string(not(matchesPattern("(?s).*value=\"STROKE\"[^>]*checked=\"checked\".*"))));
	}

	@Test
	@Transactional
	void groupsMatchesBySeverityWorstFirst() throws Exception {
		this.interactions.save(interaction("probe-minor", "Probe minor", Severity.MINOR, "probeminor"));
		this.interactions.save(interaction("probe-major", "Probe major", Severity.MAJOR, "probemajor"));
		this.interactions.save(interaction("probe-unrated", "Probe unrated", Severity.UNKNOWN, "probeunrated"));
		this.entityManager.flush();
		this.entityManager.clear();
		String html = check("probeminor, probeunrated, probemajor").andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int major = html.indexOf(">Major (1)</h3>");
		int unknown = html.indexOf(">Not rated (1)</h3>");
		int minor = html.indexOf(">Minor (1)</h3>");
		assertThat(major).isPositive().isLessThan(unknown);
		assertThat(unknown).isLessThan(minor);
	}

	@Test
	void rejectsMoreThanThirtyMedicinesOnTheFormKeepingWhatWasTyped() throws Exception {
		String typed = IntStream.range(0, 31).mapToObj((i) -> "drug" + i).collect(Collectors.joining("\n"));
		check(typed).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("screeningForm", "medications"))
			.andExpect(model().attributeDoesNotExist("result"))
			.andExpect(content().string(containsString(
					"The list has more than 30 entries; check at most 30 medicines at a time.")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")))
			.andExpect(content().string(containsString("drug30</textarea>")));
	}

	@Test
	void rejectsAnEntryOverTwoHundredCharactersSayingWhichOne() throws Exception {
		check("oxycodone\n" + "x".repeat(201)).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("screeningForm", "medications"))
			.andExpect(content().string(containsString("Medicine 2 (&quot;" + "x".repeat(40)
					+ "…&quot;) is longer than 200 characters.")));
	}

	@Test
	void rejectsAnUnknownCondition() throws Exception {
		check("oxycodone", "EPILEPSY", "GOUT").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("screeningForm", "conditions"))
			.andExpect(content().string(containsString("&quot;GOUT&quot; is not one of the conditions listed here")));
	}

	@Test
	void asksForSomethingToCheck() throws Exception {
		check(" ,\n ").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("screeningForm", "medications"))
			.andExpect(content().string(containsString("Enter at least one medicine or tick at least one condition.")));
	}

	@Test
	void conditionsAloneAreEnough() throws Exception {
		check("", "RENAL_IMPAIRMENT").andExpect(status().isOk())
			.andExpect(content().string(containsString("Warnings and precautions for the chosen conditions")))
			.andExpect(content().string(containsString("Baclofen is cleared mainly unchanged by the kidneys")))
			.andExpect(content().string(not(containsString("Interactions found, worst first"))));
	}

	@Test
	void escapesWhatWasTyped() throws Exception {
		check("<script>alert(1)</script>").andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
	}

	@Test
	void aCheckCostsTheSameFewStatementsHoweverLongTheList() throws Exception {
		StatementCounter.reset();
		check("oxycodone", "EPILEPSY").andExpect(status().isOk());
		int one = StatementCounter.count();
		StatementCounter.reset();
		check("oxycodone, Xanax, lisinopril, metformin, tizanidine, insulin glargine, alcohol, unobtainium", "EPILEPSY")
			.andExpect(status().isOk());
		assertThat(StatementCounter.count()).isEqualTo(one).isLessThanOrEqualTo(6);
	}

	@Test
	void aPostWithoutTheFormsTokenIsRefused() throws Exception {
		this.mvc.perform(post("/check").param("medications", "oxycodone")).andExpect(status().isForbidden());
	}

	private ResultActions check(String medications, String... conditions) throws Exception {
		return this.mvc.perform(post("/check").with(csrf()).param("medications", medications).param("conditions", conditions));
	}

	private static Interaction interaction(String slug, String interactant, Severity severity, String member) {
		Interaction interaction = new Interaction(slug, interactant, InteractantKind.DRUG, "Effect of " + slug,
				"Management of " + slug, severity, LocalDate.of(2026, 11, 21));
		interaction.addMember(new InteractionMember(member, false));
		return interaction;
	}

}
