package org.baclofen.reference.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.baclofen.reference.ReferenceAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every request computed from the content answers from what is built once per published
 * revision, and a published edit is used by the very next request: an edit committed with
 * a new revision, as an approved draft or a content migration commits it, changes the key
 * every cache is read with (the same revision check as the page cache), so no instance
 * needs telling. Each test warms the request first, so an answer kept from before the
 * edit would show; each restores the content with another published edit.
 */
@ReferenceAppTest
class PublishedEditsTest {

	private static final String DOWN_TO_FIFTEEN_THEN_STOP = """
			{"continuing": true, "steps": [{"days": 14, "doseMg": 20, "timesPerDay": 3},
			  {"days": 4, "doseMg": 15, "timesPerDay": 3}, {"days": 5, "doseMg": 10, "timesPerDay": 3},
			  {"days": 5, "doseMg": 5, "timesPerDay": 3}, {"days": 1, "doseMg": 0, "timesPerDay": 0}]}""";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private PlatformTransactionManager transactions;

	@Test
	void anEditedTaperRuleChangesTheNextTitrationCheck() throws Exception {
		RequestBuilder check = post("/api/titration/check").contentType(MediaType.APPLICATION_JSON)
			.content(DOWN_TO_FIFTEEN_THEN_STOP);
		assertThat(answer(check)).contains("\"verdict\":\"OK\"");
		BigDecimal before = this.jdbc
			.sql("select taper_end_fraction from discontinuation_guidance where rule_basis = true")
			.query(BigDecimal.class)
			.single();
		try {
			publish("update discontinuation_guidance set taper_end_fraction = 0.2 where rule_basis = true");
			assertThat(answer(check)).contains("\"verdict\":\"ALERT\"", "ABRUPT_STOP");
		}
		finally {
			publish("update discontinuation_guidance set taper_end_fraction = ? where rule_basis = true", before);
		}
		assertThat(answer(check)).contains("\"verdict\":\"OK\"");
	}

	@Test
	void anEditedRenalBandChangesTheNextPlanFromTheApiAndFromTheForm() throws Exception {
		RequestBuilder api = get("/api/titration/plan").param("targetDailyMg", "60").param("crclMlPerMin", "45");
		RequestBuilder form = post("/titration/plan").param("targetDailyMg", "60").param("crclMlPerMin", "45");
		assertThat(answer(api)).contains("\"finalDailyMg\":30");
		assertThat(answer(form)).contains("Target reduced from 60 to 30 mg/day");
		BigDecimal before = this.jdbc
			.sql("select dose_reduction_percent from renal_band where crcl_min_ml_per_min = 30")
			.query(BigDecimal.class)
			.single();
		try {
			publish("update renal_band set dose_reduction_percent = 60 where crcl_min_ml_per_min = 30");
			assertThat(answer(api)).contains("\"finalDailyMg\":20");
			assertThat(answer(form)).contains("Target reduced from 60 to 20 mg/day");
		}
		finally {
			publish("update renal_band set dose_reduction_percent = ? where crcl_min_ml_per_min = 30", before);
		}
		assertThat(answer(api)).contains("\"finalDailyMg\":30");
	}

	@Test
	void anAddedNameChangesTheNextInteractionCheckAndOrderCheck() throws Exception {
		RequestBuilder check = post("/api/interactions/check").contentType(MediaType.APPLICATION_JSON)
			.content("{\"medications\": [\"painkiller\"]}");
		RequestBuilder orderCheck = orderCheck(
				benchmarkOrderCheck().replace("oxycodone 5 mg tablet", "painkiller 5 mg tablet"));
		assertThat(answer(check)).contains("\"unmatched\":[\"painkiller\"]");
		assertThat(answer(orderCheck)).doesNotContain("Opioids");
		try {
			publish("insert into interaction_other_name (interaction_id, name)"
					+ " select id, 'painkiller' from interaction where slug = 'opioids'");
			assertThat(answer(check)).contains("\"interactant\":\"Opioids\"", "\"matchedName\":\"painkiller\"");
			assertThat(answer(orderCheck)).contains("Baclofen + Opioids (painkiller)");
		}
		finally {
			publish("delete from interaction_other_name where name = 'painkiller'");
		}
		assertThat(answer(check)).contains("\"unmatched\":[\"painkiller\"]");
	}

	@Test
	void anEditedConditionLabelChangesWhatTheNextOrderCheckRecognises() throws Exception {
		RequestBuilder orderCheck = orderCheck(
				benchmarkOrderCheck().replace("\"conditions\":{\"resourceType\":\"Bundle\",\"type\":\"searchset\"}", """
						"conditions":{"resourceType":"Bundle","type":"searchset","entry":[{"resource":{
						 "resourceType":"Condition","id":"condition-1","code":{"text":"falling sickness"},
						 "subject":{"reference":"Patient/patient-1"}}}]}"""));
		assertThat(answer(orderCheck)).doesNotContain("falling sickness");
		String before = this.jdbc.sql("select label from screening_condition where code = 'EPILEPSY'")
			.query(String.class)
			.single();
		try {
			publish("update screening_condition set label = 'Epilepsy, falling sickness or seizure disorder'"
					+ " where code = 'EPILEPSY'");
			assertThat(answer(orderCheck)).contains("Epilepsy, falling sickness or seizure disorder: ");
		}
		finally {
			publish("update screening_condition set label = ? where code = 'EPILEPSY'", before);
		}
		assertThat(answer(orderCheck)).doesNotContain("falling sickness");
	}

	@Test
	void anEditedInteractionChangesTheNextFhirReadsAndTheirValidator() throws Exception {
		MockHttpServletResponse first = this.mvc.perform(get("/fhir/r5/MedicationKnowledge/baclofen"))
			.andReturn()
			.getResponse();
		String etag = first.getHeader(HttpHeaders.ETAG);
		String interactions = answer(get("/fhir/r5/ClinicalUseDefinition").param("type", "interaction"));
		assertThat(interactions).doesNotContain("Edited for the test.");
		String management = this.jdbc.sql("select management from interaction where slug = 'opioids'")
			.query(String.class)
			.single();
		try {
			publish("update interaction set management = ? where slug = 'opioids'",
					management + " Edited for the test.");
			MockHttpServletResponse after = this.mvc
				.perform(get("/fhir/r5/MedicationKnowledge/baclofen").header(HttpHeaders.IF_NONE_MATCH, etag))
				.andReturn()
				.getResponse();
			assertThat(after.getStatus()).as("the old validator no longer matches").isEqualTo(200);
			assertThat(after.getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
			assertThat(answer(get("/fhir/r5/ClinicalUseDefinition").param("type", "interaction")))
				.contains("Edited for the test.");
		}
		finally {
			publish("update interaction set management = ? where slug = 'opioids'", management);
		}
		assertThat(answer(get("/fhir/r5/ClinicalUseDefinition").param("type", "interaction")))
			.doesNotContain("Edited for the test.");
	}

	/**
	 * Commits the change with a new revision, as a published edit does (an approved draft
	 * through Envers, a content migration with its own revision row).
	 */
	private void publish(String sql, Object... parameters) {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			this.jdbc.sql(sql).params(parameters).update();
			this.jdbc.sql("insert into audit_revision (timestamp, username) values (?, 'published-edits-test')")
				.param(System.currentTimeMillis())
				.update();
		});
	}

	private String answer(RequestBuilder request) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		return response.getContentAsString();
	}

	/** The order check the benchmark sends: 25 mg four times a day, with an opioid. */
	private static String benchmarkOrderCheck() throws Exception {
		return Files.readString(Path.of(".ci", "wrk", "cds-order-check.json"));
	}

	private static RequestBuilder orderCheck(String body) {
		return post("/cds-services/baclofen-order-check").contentType(MediaType.APPLICATION_JSON).content(body);
	}

}
