package org.baclofen.reference.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baclofen.reference.cdshooks.CdsRequests.baclofen;
import static org.baclofen.reference.cdshooks.CdsRequests.condition;
import static org.baclofen.reference.cdshooks.CdsRequests.dosage;
import static org.baclofen.reference.cdshooks.CdsRequests.kidneyFunction;
import static org.baclofen.reference.cdshooks.CdsRequests.labelSchedule;
import static org.baclofen.reference.cdshooks.CdsRequests.medicine;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import org.baclofen.reference.ReferenceAppTest;
import org.hl7.fhir.r5.model.MedicationRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The CDS Hooks endpoints through the whole application. Every call is posted without a
 * CSRF token, as an EHR posts it.
 */
@ReferenceAppTest
class CdsHooksApiTest {

	private static final Set<String> INDICATORS = Set.of("info", "warning", "critical");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ObjectMapper json;

	@Autowired
	private JdbcClient jdbc;

	private MockHttpServletResponse send(String service, String body) throws Exception {
		return this.mvc.perform(post("/cds-services/" + service).contentType(MediaType.APPLICATION_JSON).content(body))
			.andReturn()
			.getResponse();
	}

	/**
	 * The cards of a successful call, after checking the response against the
	 * specification's required fields.
	 */
	private JsonNode cards(CdsRequests request) throws Exception {
		MockHttpServletResponse response = send("baclofen-order-check", request.json());
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		JsonNode body = this.json.readTree(response.getContentAsString());
		assertFollowsTheSpecification(body);
		return body.get("cards");
	}

	/**
	 * CDS Hooks 2.0 card attributes: the required ones present and well formed, the
	 * optional ones too.
	 */
	static void assertFollowsTheSpecification(JsonNode body) {
		assertThat(body.has("cards")).isTrue();
		assertThat(body.get("cards").isArray()).isTrue();
		for (JsonNode card : body.get("cards")) {
			assertThat(card.get("summary").asString()).isNotBlank().hasSizeLessThan(140);
			assertThat(INDICATORS).contains(card.get("indicator").asString());
			assertThat(card.get("source").get("label").asString()).isNotBlank();
			assertThat(card.get("source").get("url").asString()).startsWith("https://reference.test/");
			if (card.has("uuid")) {
				UUID.fromString(card.get("uuid").asString());
			}
			if (card.has("suggestions")) {
				assertThat(Set.of("at-most-one", "any")).contains(card.get("selectionBehavior").asString());
				for (JsonNode suggestion : card.get("suggestions")) {
					assertThat(suggestion.get("label").asString()).isNotBlank();
					for (JsonNode action : suggestion.get("actions")) {
						assertThat(Set.of("create", "update", "delete")).contains(action.get("type").asString());
						assertThat(action.get("description").asString()).isNotBlank();
					}
				}
			}
		}
	}

	private static List<String> indicators(JsonNode cards) {
		List<String> indicators = new ArrayList<>();
		cards.forEach((card) -> indicators.add(card.get("indicator").asString()));
		return indicators;
	}

	private static List<String> summaries(JsonNode cards) {
		List<String> summaries = new ArrayList<>();
		cards.forEach((card) -> summaries.add(card.get("summary").asString()));
		return summaries;
	}

	@Test
	void discoveryListsTheServiceForBothHooksWithPrefetchTemplatesFromTheContent() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/cds-services")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		JsonNode services = this.json.readTree(response.getContentAsString()).get("services");
		assertThat(services).hasSize(2);
		List<String> hooks = new ArrayList<>();
		for (JsonNode service : services) {
			hooks.add(service.get("hook").asString());
			assertThat(service.get("id").asString()).isNotBlank();
			assertThat(service.get("description").asString()).isNotBlank();
			JsonNode prefetch = service.get("prefetch");
			assertThat(prefetch.get("activeMedications").asString())
				.isEqualTo("MedicationRequest?patient={{context.patientId}}&status=active");
			assertThat(prefetch.get("conditions").asString()).startsWith("Condition?patient={{context.patientId}}");
			for (String loinc : this.jdbc.sql("select code from kidney_function_code").query(String.class).list()) {
				assertThat(prefetch.get("kidneyFunction").asString()).contains("http://loinc.org|" + loinc);
			}
		}
		assertThat(hooks).containsExactly("order-sign", "order-select");
		assertThat(services.get(0).get("id").asString()).isEqualTo("baclofen-order-check");
	}

	@Test
	void theLabelScheduleRaisesNoCriticalCard() throws Exception {
		JsonNode cards = cards(CdsRequests.orderSignWithEmptyPrefetch().draft(labelSchedule("order-1")));
		assertThat(indicators(cards)).doesNotContain("critical", "warning");
	}

	@Test
	void oneHundredMilligramsADayIsCriticalWithTheLabelScheduleAsTheSuggestedFix() throws Exception {
		JsonNode cards = cards(
				CdsRequests.orderSignWithEmptyPrefetch().draft(baclofen("order-1", dosage(1, "25", 4, null))));
		JsonNode critical = null;
		for (JsonNode card : cards) {
			if ("critical".equals(card.get("indicator").asString())) {
				critical = card;
			}
		}
		assertThat(critical).as(cards.toString()).isNotNull();
		assertThat(critical.get("summary").asString()).contains("100 mg/day is above").contains("80 mg/day");
		assertThat(critical.get("source").get("url").asString()).isEqualTo("https://reference.test/dosing/oral");
		JsonNode action = critical.get("suggestions").get(0).get("actions").get(0);
		assertThat(action.get("type").asString()).isEqualTo("update");
		MedicationRequest replacement = FhirContext.forR5Cached()
			.newJsonParser()
			.parseResource(MedicationRequest.class, action.get("resource").toString());
		assertThat(replacement.getIdPart()).isEqualTo("order-1");
		assertThat(replacement.getDosageInstructionFirstRep().getDoseAndRateFirstRep().getDoseQuantity().getValue())
			.isEqualByComparingTo("5");

		// The suggested replacement, sent back, raises no card at all: the service never
		// contradicts itself.
		JsonNode again = cards(CdsRequests.orderSignWithEmptyPrefetch().draft(replacement));
		assertThat(again).isEmpty();
	}

	@Test
	void anActiveOpioidGivesAnInteractionCardAtTheStoredSeverity() throws Exception {
		String severity = this.jdbc.sql("select severity from interaction where slug = 'opioids'")
			.query(String.class)
			.single();
		String expected = switch (severity) {
			case "MAJOR" -> "critical";
			case "MINOR" -> "info";
			default -> "warning";
		};
		JsonNode cards = cards(CdsRequests.orderSignWithEmptyPrefetch()
			.draft(labelSchedule("order-1"))
			.prefetch(Prefetch.ACTIVE_MEDICATIONS, medicine("active-1", "oxycodone 5 mg tablet")));
		JsonNode opioid = null;
		for (JsonNode card : cards) {
			if (card.get("summary").asString().startsWith("Baclofen + Opioids")) {
				opioid = card;
			}
		}
		assertThat(opioid).as(cards.toString()).isNotNull();
		assertThat(opioid.get("indicator").asString()).isEqualTo(expected);
		assertThat(opioid.get("summary").asString()).contains("oxycodone");
		assertThat(opioid.get("source").get("url").asString()).isEqualTo("https://reference.test/interactions#opioids");
		assertThat(opioid.get("detail").asString()).contains("Sources: S");
	}

	@Test
	void anEgfrOf25GivesARenalCard() throws Exception {
		JsonNode within = cards(CdsRequests.orderSignWithEmptyPrefetch()
			.draft(baclofen("order-1", dosage(1, "5", 1, null)))
			.prefetch(Prefetch.KIDNEY_FUNCTION, kidneyFunction("98979-8", "25", "mL/min/{1.73_m2}")));
		assertThat(summaries(within))
			.anySatisfy((summary) -> assertThat(summary).contains("eGFR 25").contains("lowers the daily maximum"));

		JsonNode above = cards(CdsRequests.orderSignWithEmptyPrefetch()
			.draft(labelSchedule("order-1"))
			.prefetch(Prefetch.KIDNEY_FUNCTION, kidneyFunction("98979-8", "25", "mL/min/{1.73_m2}")));
		JsonNode renal = null;
		for (JsonNode card : above) {
			if (card.get("source").get("url").asString().endsWith("/dosing/renal")) {
				renal = card;
			}
		}
		assertThat(renal).as(above.toString()).isNotNull();
		assertThat(renal.get("indicator").asString()).isEqualTo("warning");
		assertThat(renal.get("detail").asString()).contains("used in place of a Cockcroft-Gault CrCl");
	}

	@Test
	void aConditionOnRecordGivesItsWarning() throws Exception {
		JsonNode cards = cards(CdsRequests.orderSignWithEmptyPrefetch()
			.draft(labelSchedule("order-1"))
			.prefetch(Prefetch.CONDITIONS, condition("Epilepsy (disorder)")));
		assertThat(summaries(cards))
			.anySatisfy((summary) -> assertThat(summary).startsWith("Epilepsy or seizure disorder:"));
	}

	@Test
	void anOrderWithoutBaclofenGetsNoCards() throws Exception {
		MockHttpServletResponse response = send("baclofen-order-check",
				CdsRequests.orderSign().draft(medicine("order-1", "Amoxicillin 500 mg capsule")).json());
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(this.json.readTree(response.getContentAsString()).toString()).isEqualTo("{\"cards\":[]}");
	}

	/**
	 * The order-sign example of the CDS Hooks specification (FHIR R4), and the same with
	 * baclofen.
	 */
	@Test
	void theSpecificationsR4ExampleIsUnderstood() throws Exception {
		String example = """
				{"hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea", "fhirServer": "https://fhir.example.org",
				 "hook": "order-sign",
				 "context": {"userId": "Practitioner/example", "patientId": "1288992", "encounterId": "89284",
				  "draftOrders": {"resourceType": "Bundle", "entry": [{"resource": {
				    "resourceType": "MedicationRequest", "id": "smart-MedicationRequest-103", "status": "draft", "intent": "order",
				    "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm",
				      "code": "MEDICATION_CODE", "display": "MEDICATION_NAME"}], "text": "MEDICATION_NAME"},
				    "subject": {"reference": "Patient/1288992"},
				    "dosageInstruction": [{"text": "DOSE_TEXT", "timing": {"repeat": {"frequency": TIMES, "period": 1, "periodUnit": "d"}},
				      "doseAndRate": [{"doseQuantity": {"value": DOSE, "unit": "UNIT", "system": "http://unitsofmeasure.org", "code": "UNIT"}}]}],
				    "dispenseRequest": {"numberOfRepeatsAllowed": 1, "quantity": {"value": 1, "unit": "mL"},
				      "expectedSupplyDuration": {"value": 10, "unit": "days", "system": "http://unitsofmeasure.org", "code": "d"}}}}]}},
				 "prefetch": {"activeMedications": {"resourceType": "Bundle", "type": "searchset"},
				  "conditions": {"resourceType": "Bundle", "type": "searchset"},
				  "kidneyFunction": {"resourceType": "Bundle", "type": "searchset"}}}""";
		String amoxicillin = example.replace("MEDICATION_CODE", "617993")
			.replace("MEDICATION_NAME", "Amoxicillin 120 MG/ML / clavulanate potassium 8.58 MG/ML Oral Suspension")
			.replace("DOSE_TEXT", "5 mL bid x 10 days")
			.replace("TIMES", "2")
			.replace("DOSE", "5")
			.replace("UNIT", "mL");
		MockHttpServletResponse response = send("baclofen-order-check", amoxicillin);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).isEqualTo("{\"cards\":[]}");

		String baclofen = example.replace("MEDICATION_CODE", "105413")
			.replace("MEDICATION_NAME", "baclofen 25 MG Oral Tablet")
			.replace("DOSE_TEXT", "25 mg four times a day")
			.replace("TIMES", "4")
			.replace("DOSE", "25")
			.replace("UNIT", "mg");
		response = send("baclofen-order-check", baclofen);
		assertThat(response.getStatus()).isEqualTo(200);
		JsonNode body = this.json.readTree(response.getContentAsString());
		assertFollowsTheSpecification(body);
		assertThat(indicators(body.get("cards"))).contains("critical");
		// The replacement is written back the R4 way, as the client sent it.
		JsonNode replacement = body.get("cards").get(0).get("suggestions").get(0).get("actions").get(0).get("resource");
		assertThat(replacement.has("medicationCodeableConcept")).isTrue();
		assertThat(replacement.has("medication")).isFalse();
	}

	@Test
	void whatCouldNotBeCheckedIsSaid() throws Exception {
		JsonNode cards = cards(CdsRequests.orderSign().draft(labelSchedule("order-1")));
		assertThat(summaries(cards)).anySatisfy((summary) -> assertThat(summary).startsWith("Not checked:")
			.contains("active medicines")
			.contains("conditions")
			.contains("kidney function"));
	}

	@Test
	void orderSelectChecksOnlyTheSelectedOrders() throws Exception {
		String twoOrders = CdsRequests.orderSignWithEmptyPrefetch()
			.draft(baclofen("too-high", dosage(1, "25", 4, null)))
			.draft(labelSchedule("label"))
			.json()
			.replace("\"order-sign\"", "\"order-select\"")
			.replace("\"patientId\":", "\"selections\":[\"MedicationRequest/label\"],\"patientId\":");
		MockHttpServletResponse response = send("baclofen-order-select", twoOrders);
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		assertThat(indicators(this.json.readTree(response.getContentAsString()).get("cards")))
			.doesNotContain("critical");
	}

	@Test
	void badRequestsAre400WithTheFieldAtFault() throws Exception {
		String valid = CdsRequests.orderSign().draft(labelSchedule("order-1")).json();
		assertBadRequest(send("baclofen-order-check", valid.replace("\"order-sign\"", "\"patient-view\"")), "hook");
		assertBadRequest(send("baclofen-order-select", valid), "hook");
		assertBadRequest(send("baclofen-order-check", valid.replace("\"context\"", "\"contextless\"")), "context");
		assertBadRequest(
				send("baclofen-order-check",
						valid.replace("\"resourceType\":\"Bundle\"", "\"resourceType\":\"Bundel\"")),
				"context.draftOrders");
		assertBadRequest(
				send("baclofen-order-check",
						valid.replace("\"resourceType\":\"Bundle\"", "\"resourceType\":\"Patient\"")),
				"context.draftOrders");
		assertBadRequest(send("baclofen-order-check", valid.replace("\"patient-1\"", "\"../../Patient?x=1\"")),
				"context.patientId");
		assertBadRequest(send("baclofen-order-check",
				valid.replaceFirst("\"hookInstance\":\"[^\"]+\"", "\"hookInstance\":\"a b\"")), "hookInstance");
		assertBadRequest(send("baclofen-order-check", "{not json"), "body");
		assertBadRequest(send("baclofen-order-check", "[]"), "body");
		assertBadRequest(send("baclofen-order-check", ""), "body");
		assertBadRequest(send("baclofen-order-select", valid.replace("\"order-sign\"", "\"order-select\"")),
				"context.selections");
	}

	private void assertBadRequest(MockHttpServletResponse response, String field) throws Exception {
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
		JsonNode error = this.json.readTree(response.getContentAsString()).get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo(field);
		assertThat(error.get("message").asString()).isNotBlank();
	}

	@Test
	void aRequestIsLimitedInSize() throws Exception {
		String padding = "x".repeat(1024 * 1024);
		String tooLarge = CdsRequests.orderSign()
			.draft(labelSchedule("order-1"))
			.json()
			.replace("\"userId\":", "\"note\":\"" + padding + "\",\"userId\":");
		assertThat(send("baclofen-order-check", tooLarge).getStatus()).isEqualTo(413);
		String justFits = CdsRequests.orderSign().draft(labelSchedule("order-1")).json();
		int room = 1024 * 1024 - justFits.length() - "\"note\":\"\",".length();
		String atTheLimit = justFits.replace("\"userId\":", "\"note\":\"" + ("x".repeat(room)) + "\",\"userId\":");
		assertThat(atTheLimit.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(1024 * 1024);
		assertThat(send("baclofen-order-check", atTheLimit).getStatus()).isEqualTo(200);
		assertThat(send("baclofen-order-check", atTheLimit.replace("\"note\":\"x", "\"note\":\"xx")).getStatus())
			.isEqualTo(413);
	}

	@Test
	void anUnknownServiceIs404() throws Exception {
		assertThat(send("no-such-service", "{}").getStatus()).isEqualTo(404);
	}

}
