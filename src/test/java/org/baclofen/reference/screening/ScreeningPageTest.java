package org.baclofen.reference.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baclofen.reference.editor.SecondReviewer.approvePending;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.persistence.EntityManager;
import org.baclofen.reference.ReferenceAppTest;
import org.baclofen.reference.content.Source;
import org.baclofen.reference.editor.AdminFormPost;
import org.baclofen.reference.editor.DraftQueue;
import org.baclofen.reference.editor.Publishing;
import org.baclofen.reference.interaction.InteractantKind;
import org.baclofen.reference.interaction.Interaction;
import org.baclofen.reference.interaction.InteractionMember;
import org.baclofen.reference.interaction.InteractionRepository;
import org.baclofen.reference.interaction.Severity;
import org.baclofen.reference.overview.Drug;
import org.baclofen.reference.overview.DrugRepository;
import org.baclofen.reference.system.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.transaction.annotation.Transactional;

@ReferenceAppTest
class ScreeningPageTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DraftQueue queue;

	@Autowired
	private Publishing publishing;

	@Autowired
	private InteractionRepository interactions;

	@Autowired
	private DrugRepository drugs;

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
			.andExpect(content().string(not(containsString("id=\"result\""))));
	}

	@Test
	void neverTakesAListFromTheAddress() throws Exception {
		this.mvc.perform(get("/check").param("medications", "oxycodone").param("conditions", "EPILEPSY"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"medications\"></textarea>")))
			.andExpect(content().string(not(containsString("checked=\"checked\""))))
			.andExpect(content().string(not(containsString("id=\"result\""))));
	}

	@Test
	void showsEveryMatchWithEffectManagementAndSourcesAndTheUnmatched() throws Exception {
		check("oxycodone 5 mg q6h\nXanax, unobtainium", "EPILEPSY").andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"result\"")))
			.andExpect(summary("Checked 3 medicines and 1 condition: 2 Major, 1 not matched; 1 condition warning."))
			.andExpect(content().string(containsString("<h4>Opioids</h4>")))
			.andExpect(content().string(containsString("<h4>Benzodiazepines</h4>")))
			.andExpect(content().string(containsString("<strong>oxycodone 5 mg q6h</strong>")))
			.andExpect(content().string(containsString("(as oxycodone)")))
			.andExpect(content().string(not(containsString("(as Xanax)"))))
			.andExpect(content().string(containsString("Avoid the combination where possible")))
			.andExpect(content().string(containsString("href=\"/sources#source-S20\"")))
			.andExpect(content().string(containsString("Seizure control may deteriorate")))
			.andExpect(content().string(containsString(
					"No baclofen interaction on record for unobtainium — this does not mean none exists.")))
			.andExpect(
					content().string(containsString("<p class=\"severity-legend__title\">Severity, worst first:</p>")))
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
			.andExpect(content()
				.string(containsString("The list has more than 30 entries; check at most 30 medicines at a time.")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")))
			.andExpect(content().string(containsString("drug30</textarea>")));
	}

	@Test
	void rejectsAnEntryOverTwoHundredCharactersSayingWhichOne() throws Exception {
		String tooLong = "x".repeat(201);
		String quoted = "x".repeat(40);
		check("oxycodone\n" + tooLong).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("screeningForm", "medications"))
			.andExpect(content()
				.string(containsString("Medicine 2 (&quot;" + quoted + "…&quot;) is longer than 200 characters.")));
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
		// Interactions, their other names, the drug's names, the severity scale, the
		// chosen conditions, and the
		// warnings shown with matched interactions: each read once, in batches, whatever
		// the list holds.
		assertThat(StatementCounter.count()).isEqualTo(one).isLessThanOrEqualTo(9);
	}

	/**
	 * The check stores nothing, so it needs no CSRF token, and its page carries none: the
	 * page cache serves it.
	 */
	@Test
	void theCheckNeedsNoTokenSoItsPageCarriesNone() throws Exception {
		this.mvc.perform(get("/check")).andExpect(content().string(not(containsString("_csrf"))));
		this.mvc.perform(post("/check").param("medications", "oxycodone"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"result\"")));
	}

	@Test
	void showsSuggestionsDuplicateTherapyAndTheOpioidPrecaution() throws Exception {
		check("oxycodon\nLioresal 10 mg tablets, Oxy-Contin\ntramadol 50 mg and baclofen 10 mg")
			.andExpect(status().isOk())
			.andExpect(content().string(
					containsString("No baclofen interaction on record for oxycodon — this does not mean none exists.")))
			.andExpect(content().string(containsString("Did you mean oxycodone?")))
			.andExpect(content().string(containsString("Did you mean OxyContin?")))
			.andExpect(content().string(containsString("Baclofen already on the list: duplicate therapy")))
			.andExpect(summary(
					"Checked 5 medicines and no conditions: 1 Major, 2 not matched, 2 entries are baclofen itself."))
			.andExpect(content().string(containsString("Lioresal 10 mg tablets is baclofen (as Lioresal).")))
			.andExpect(content().string(containsString("baclofen 10 mg is baclofen (as Baclofen).")))
			.andExpect(content().string(containsString("<h4>Opioids</h4>")))
			.andExpect(content().string(containsString("<strong>tramadol 50 mg</strong>")))
			.andExpect(content().string(containsString("Also applies: Concomitant opioids")))
			.andExpect(content().string(not(containsString("No baclofen interaction on record for Lioresal"))))
			.andExpect(content().string(not(containsString("No baclofen interaction on record for baclofen"))));
	}

	@Test
	void baclofenAloneIsDuplicateTherapyWithNoUnmatchedListPointedTo() throws Exception {
		check("Gablofen 500 mcg/mL").andExpect(status().isOk())
			.andExpect(content().string(containsString("Gablofen 500 mcg/mL is baclofen (as Gablofen).")))
			.andExpect(content()
				.string(containsString("None of the medicines matched a baclofen interaction on record.<")))
			.andExpect(content().string(not(containsString("see the list below"))))
			.andExpect(content().string(not(containsString("id=\"unmatched-heading\""))));
	}

	@Test
	void classWordsAreMatchedOnThePage() throws Exception {
		check("opioid, beer and MAOI").andExpect(status().isOk())
			.andExpect(content().string(containsString("<h4>Opioids</h4>")))
			.andExpect(content().string(containsString("<h4>Alcohol</h4>")))
			.andExpect(content().string(containsString("<h4>Monoamine oxidase inhibitors (MAOIs)</h4>")))
			.andExpect(summary("Checked 3 medicines and no conditions: 2 Major, 1 Moderate."))
			.andExpect(content().string(not(containsString("No baclofen interaction on record for opioid"))));
	}

	@Test
	void showsTheWarningsOfTheNewConditions() throws Exception {
		check("", "HYPERSENSITIVITY_TO_BACLOFEN", "INTRATHECAL_PUMP", "RELIES_ON_SPASTICITY",
				"SPINAL_CORD_INJURY_T6_OR_ABOVE", "PARKINSONS_DISEASE", "CHILD_OR_ADOLESCENT")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Known hypersensitivity to baclofen</h3>")))
			.andExpect(content().string(containsString("<h4>Hypersensitivity to baclofen</h4>")))
			.andExpect(content().string(containsString(">Implanted intrathecal baclofen pump</h3>")))
			.andExpect(content().string(containsString("<h4>Abrupt discontinuation of intrathecal baclofen</h4>")))
			.andExpect(
					content().string(containsString(">Relies on spasticity to stand, keep balance or function</h3>")))
			.andExpect(content().string(containsString("<h4>Posture and balance</h4>")))
			.andExpect(content().string(containsString(">Spinal cord injury at T6 or above</h3>")))
			.andExpect(content().string(containsString("<h4>Autonomic dysreflexia</h4>")))
			.andExpect(content().string(containsString(">Parkinson&#39;s disease</h3>")))
			.andExpect(content().string(containsString("not been shown to work in Parkinson&#39;s disease")))
			.andExpect(content().string(containsString(">Child or adolescent (under 18)</h3>")))
			.andExpect(content().string(containsString("<h4>Children and adolescents</h4>")))
			.andExpect(content().string(containsString("labeled for severe spasticity in children from 4 years")))
			.andExpect(content().string(not(containsString("No warning or precaution on record for this condition"))));
	}

	/**
	 * Outside a test transaction, as in the running app: the edit pages load the names
	 * they show.
	 */
	@Test
	void theEditPagesShowTheStoredNamesAndWarnings() throws Exception {
		Interaction opioids = this.interactions.findAllBy()
			.stream()
			.filter((interaction) -> interaction.getSlug().equals("opioids"))
			.findFirst()
			.orElseThrow();
		this.mvc.perform(get("/admin/interactions/" + opioids.getId()).with(user("editor1").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern("(?s).*<textarea[^>]*name=\"otherNames\"[^>]*>[^<]*opioid\n.*")))
			.andExpect(content().string(matchesPattern("(?s).*name=\"safetyItemIds\"[^>]*checked=\"checked\".*")));
		Drug baclofen = this.drugs.findByName(Drug.BACLOFEN).orElseThrow();
		this.mvc.perform(get("/admin/drug/" + baclofen.getId()).with(user("editor1").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(
					content().string(matchesPattern("(?s).*<textarea[^>]*name=\"brandNames\"[^>]*>[^<]*Gablofen\n.*")));
	}

	@Test
	@Transactional
	void anOtherNameAndABrandNameEditedByAnEditorAreFollowedAtOnce() throws Exception {
		check("cider, Kemstro")
			.andExpect(content().string(containsString("No baclofen interaction on record for cider")))
			.andExpect(content().string(containsString("No baclofen interaction on record for Kemstro")));

		Interaction alcohol = this.interactions.findAllBy()
			.stream()
			.filter((interaction) -> interaction.getSlug().equals("alcohol"))
			.findFirst()
			.orElseThrow();
		this.mvc
			.perform(AdminFormPost.asEditor("/admin/interactions/" + alcohol.getId(), interactionFields(alcohol),
					"otherNames", String.join("\n", alcohol.getOtherNames()) + "\ncider"))
			.andExpect(redirectedUrl("/admin/interactions/" + alcohol.getId()));
		approvePending(this.queue, this.publishing);
		Drug baclofen = this.drugs.findByName(Drug.BACLOFEN).orElseThrow();
		this.mvc
			.perform(AdminFormPost.asEditor("/admin/drug/" + baclofen.getId(), drugFields(baclofen), "brandNames",
					String.join("\n", baclofen.getBrandNames()) + "\nKemstro"))
			.andExpect(redirectedUrl("/admin/drug/" + baclofen.getId()));
		approvePending(this.queue, this.publishing);
		this.entityManager.flush();
		this.entityManager.clear();

		check("cider, Kemstro").andExpect(content().string(containsString("<h4>Alcohol</h4>")))
			.andExpect(content().string(containsString("<strong>cider</strong>")))
			.andExpect(content().string(containsString("Kemstro is baclofen itself.")))
			.andExpect(content().string(not(containsString("No baclofen interaction on record for cider"))));
	}

	private static Map<String, String> interactionFields(Interaction interaction) {
		Map<String, String> fields = new HashMap<>();
		fields.put("version", "" + interaction.getVersion());
		fields.put("slug", interaction.getSlug());
		fields.put("interactant", interaction.getInteractant());
		fields.put("interactantKind", interaction.getInteractantKind().name());
		fields.put("severity", interaction.getSeverity().name());
		fields.put("effect", interaction.getEffect());
		fields.put("management", interaction.getManagement());
		fields.put("sortOrder", "" + interaction.getSortOrder());
		if (interaction.getSeverityNote() != null) {
			fields.put("severityNote", interaction.getSeverityNote());
		}
		fields.put("genericNames", names(interaction, false));
		fields.put("brandNames", names(interaction, true));
		fields.put("sourceIds", ids(interaction.getSources()));
		return fields;
	}

	private static String names(Interaction interaction, boolean brand) {
		return interaction.getMembers()
			.stream()
			.filter((member) -> member.isBrand() == brand)
			.map(InteractionMember::getName)
			.collect(Collectors.joining("\n"));
	}

	private static Map<String, String> drugFields(Drug drug) {
		return Map.ofEntries(Map.entry("version", "" + drug.getVersion()), Map.entry("name", drug.getName()),
				Map.entry("summary", drug.getSummary()), Map.entry("mechanism", drug.getMechanism()),
				Map.entry("rxnormCui", drug.getRxnormCui()), Map.entry("atcCode", drug.getAtcCode()),
				Map.entry("snomedCtId", drug.getSnomedCtId()), Map.entry("sourceIds", ids(drug.getSources())),
				Map.entry("rxnormSourceCode", drug.getRxnormSource().getCode()),
				Map.entry("atcSourceCode", drug.getAtcSource().getCode()),
				Map.entry("snomedCtSourceCode", drug.getSnomedCtSource().getCode()));
	}

	private static String ids(List<Source> sources) {
		return sources.stream().map((source) -> "" + source.getId()).collect(Collectors.joining(","));
	}

	@Test
	void whatWasNotMatchedComesFirstAndASuggestionChecksTheCorrectedListAgain() throws Exception {
		String page = check("oxycodon 5 mg q6h\ndiazepam", "EPILEPSY").andExpect(status().isOk())
			.andExpect(summary("Checked 2 medicines and 1 condition: 1 Major, 1 not matched; 1 condition warning."))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.indexOf("id=\"unmatched-heading\"")).as("not matched before the interactions found")
			.isPositive()
			.isLessThan(page.indexOf("id=\"found-heading\""));
		assertThat(page).contains("<button type=\"submit\">Check again with oxycodone</button>",
				"<input type=\"hidden\" name=\"medications\" value=\"oxycodone 5 mg q6h\ndiazepam\">",
				"<input type=\"hidden\" name=\"conditions\" value=\"EPILEPSY\">");

		check("oxycodone 5 mg q6h\ndiazepam", "EPILEPSY")
			.andExpect(summary("Checked 2 medicines and 1 condition: 2 Major; 1 condition warning."))
			.andExpect(content().string(not(containsString("id=\"unmatched-heading\""))));
	}

	@Test
	void eachInteractionSaysWhatToDoBeforeWhyAndCarriesItsSeverity() throws Exception {
		String page = check("tramadol").andReturn().getResponse().getContentAsString();
		String card = page.substring(page.indexOf("<article class=\"interaction interaction--major\">"));
		assertThat(card.indexOf("<h5>Management</h5>")).isPositive().isLessThan(card.indexOf("<h5>Effect</h5>"));
		assertThat(card).contains("Severity: Major");
		assertThat(page).contains("class=\"button--primary\">Check</button>");
	}

	/** The result's summary line as a reader sees it: its text without markup. */
	private static ResultMatcher summary(String expected) {
		return (result) -> {
			Matcher line = SUMMARY.matcher(result.getResponse().getContentAsString());
			assertThat(line.find()).as("a summary line").isTrue();
			assertThat(line.group(1).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip()).isEqualTo(expected);
		};
	}

	private static final Pattern SUMMARY = Pattern
		.compile("<p role=\"status\" class=\"check-results__summary\">(.*?)</p>", Pattern.DOTALL);

	private ResultActions check(String medications, String... conditions) throws Exception {
		return this.mvc
			.perform(post("/check").with(csrf()).param("medications", medications).param("conditions", conditions));
	}

	private static Interaction interaction(String slug, String interactant, Severity severity, String member) {
		Interaction interaction = new Interaction(slug, interactant, InteractantKind.DRUG, "Effect of " + slug,
				"Management of " + slug, severity, LocalDate.of(2026, 11, 21));
		interaction.addMember(new InteractionMember(member, false));
		return interaction;
	}

}
