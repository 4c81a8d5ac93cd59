package org.baclofen.reference.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baclofen.reference.cdshooks.EhrRequests.active;
import static org.baclofen.reference.cdshooks.EhrRequests.allergy;
import static org.baclofen.reference.cdshooks.EhrRequests.asNeeded;
import static org.baclofen.reference.cdshooks.EhrRequests.condition;
import static org.baclofen.reference.cdshooks.EhrRequests.dose;
import static org.baclofen.reference.cdshooks.EhrRequests.egfr;
import static org.baclofen.reference.cdshooks.EhrRequests.order;
import static org.baclofen.reference.cdshooks.EhrRequests.withEverythingElse;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;

import org.baclofen.reference.ReferenceAppTest;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The service as an EHR meets it: FHIR R4 requests with RxNorm product codes (with and
 * without a display), allergies, coded and free-text conditions, as-needed orders, kidney
 * results with comparators and SI units. Every answer is checked against the CDS Hooks
 * 2.0 rules, its suggestions parsed strictly as R4.
 */
@ReferenceAppTest
class EhrRequestsTest {

	/** baclofen 10 MG Oral Tablet and 20 MG Oral Tablet (stored RxNorm SCD codes). */
	private static final String TEN_MG_TABLET = "197446";

	private static final String TWENTY_MG_TABLET = "197447";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ObjectMapper json;

	private final EhrStubs stubs = EhrStubs.get();

	@BeforeEach
	void resetStubs() {
		this.stubs.reset();
	}

	private JsonNode cards(String service, EhrRequests request) throws Exception {
		return cards(service, request, null);
	}

	private JsonNode cards(String service, EhrRequests request, String jwt) throws Exception {
		MockHttpServletRequestBuilder post = post("/cds-services/" + service).contentType(MediaType.APPLICATION_JSON)
			.content(request.json());
		if (jwt != null) {
			post.header(HttpHeaders.AUTHORIZATION, "Bearer " + jwt);
		}
		MockHttpServletResponse response = this.mvc.perform(post).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		JsonNode body = this.json.readTree(response.getContentAsString());
		CdsHooksSpecification.check(body, true);
		return body.get("cards");
	}

	private JsonNode cards(EhrRequests request) throws Exception {
		return cards("baclofen-order-check", request);
	}

	private static List<String> summaries(JsonNode cards) {
		List<String> summaries = new ArrayList<>();
		cards.forEach((card) -> summaries.add(card.get("indicator").asString() + " " + card.get("summary").asString()));
		return summaries;
	}

	private static boolean anySuggestion(JsonNode cards) {
		for (JsonNode card : cards) {
			if (card.has("suggestions")) {
				return true;
			}
		}
		return false;
	}

	@Test
	void anOrderCodedOnlyWithAnRxNormProductCodeIsBaclofen() throws Exception {
		JsonNode cards = cards(EhrRequests.orderSign().draft(order("o1", TEN_MG_TABLET, null, dose(1, "25", 4, null))));
		assertThat(summaries(cards))
			.anySatisfy((summary) -> assertThat(summary).startsWith("critical Baclofen:").contains("100 mg/day"));
		assertThat(this.stubs.rxnavRequests).as("a stored code needs no look-up").isEmpty();
	}

	@Test
	void anyOtherRxNormCodeIsResolvedThroughRxNav() throws Exception {
		JsonNode cards = cards(EhrRequests.orderSign().draft(order("o1", "990001", null, dose(1, "25", 4, null))));
		assertThat(summaries(cards)).anySatisfy((summary) -> assertThat(summary).contains("100 mg/day"));
		assertThat(this.stubs.rxnavRequests).contains("/rxnav/REST/rxcui/990001/properties.json",
				"/rxnav/REST/rxcui/990001/related.json");
	}

	@Test
	void anOrderThatMightBeBaclofenIsNeverAnsweredWithSilence() throws Exception {
		this.stubs.rxnavDown();
		JsonNode cards = cards(EhrRequests.orderSign().draft(order("o1", "990777", null, dose(1, "10", 3, null))));
		assertThat(summaries(cards)).anySatisfy((summary) -> assertThat(summary)
			.isEqualTo("warning Order not checked: MedicationRequest/o1 names no medicine this service can read."));
		assertThat(cards.toString()).contains("could not be looked up");
		this.stubs.reset();
		JsonNode notAConcept = cards(
				EhrRequests.orderSign().draft(order("o2", "990404", null, dose(1, "10", 3, null))));
		assertThat(notAConcept.toString()).contains("990404 is not a current RxNorm concept");
		// An order RxNav identifies as something else is checked, and nothing is found.
		assertThat(cards(EhrRequests.orderSign().draft(order("o3", "617993", null, dose(1, "5", 2, null))))).isEmpty();
	}

	@Test
	void anActiveOpioidCodedOnlyByRxNormKeepsItsInteractionCard() throws Exception {
		JsonNode cards = cards(EhrRequests.orderSign()
			.draft(order("o1", TEN_MG_TABLET, "baclofen 10 MG Oral Tablet", dose(1, "5", 3, null)))
			.prefetch(Prefetch.ACTIVE_MEDICATIONS, active("a1", "7804", null)));
		assertThat(summaries(cards))
			.anySatisfy((summary) -> assertThat(summary).startsWith("critical Baclofen + Opioids (oxycodone)"));
	}

	@Test
	void everyIngredientAndNameOfAMedicineIsScreened() throws Exception {
		JsonNode combination = cards(EhrRequests.orderSign()
			.draft(order("o1", TEN_MG_TABLET, null, dose(1, "5", 3, null)))
			.prefetch(Prefetch.ACTIVE_MEDICATIONS, active("a1", "990002", "Painkiller, 1 tablet at night")));
		assertThat(summaries(combination)).anySatisfy((summary) -> assertThat(summary).contains("Opioids"));
		assertThat(summaries(combination)).noneSatisfy((summary) -> assertThat(summary).contains("Not recognised"));
	}

	/**
	 * An authenticated EHR that prefetches only the patient: the rest is read from its
	 * own FHIR R4 server with the access token it handed over, and read as fully as a
	 * prefetch.
	 */
	@Test
	void whatTheEhrDidNotPrefetchIsReadFromItsR4Server() throws Exception {
		this.stubs.answerFhirR4((path) -> switch (path) {
			case "/fhir/MedicationRequest" -> List.of(active("a1", "7804", null));
			case "/fhir/Condition" -> List.of(condition(null, null, "Chronic kidney disease stage 4"));
			case "/fhir/AllergyIntolerance" -> List.of(allergy(null, "Baclofen"));
			case "/fhir/Observation" -> List.of(egfr("25", "mL/min/{1.73_m2}", null));
			default -> List.of();
		});
		Patient patient = new Patient();
		patient.setId(EhrRequests.PATIENT);
		patient.setBirthDateElement(new DateType("1961-04-02"));
		JsonNode cards = cards("baclofen-order-check",
				EhrRequests.orderSign()
					.fetchFrom(this.stubs.fhirServer(), "ehr-access-token")
					.patient(patient)
					.draft(order("o1", TEN_MG_TABLET, "baclofen 10 MG Oral Tablet", dose(1, "5", 3, null))),
				ClientTokens.ehr().sign());
		// Everything but the patient, which it sent.
		assertThat(this.stubs.fhirRequests).hasSize(Prefetch.values().length - 1)
			.allSatisfy((request) -> assertThat(request).endsWith(" Bearer ehr-access-token"));
		assertThat(summaries(cards))
			.anySatisfy((summary) -> assertThat(summary).startsWith("critical Known hypersensitivity to baclofen"))
			.anySatisfy((summary) -> assertThat(summary).startsWith("critical Baclofen + Opioids (oxycodone)"))
			.anySatisfy((summary) -> assertThat(summary).contains("Renal impairment:"))
			.noneSatisfy((summary) -> assertThat(summary).contains("Not checked"));
		assertThat(cards.toString()).contains("eGFR 25");
	}

	@Test
	void anAllergyToBaclofenIsTheCriticalContraindication() throws Exception {
		for (var allergy : List.of(allergy("1292", null), allergy(null, "Lioresal"),
				allergy(null, "baclofen (substance)"))) {
			JsonNode cards = cards(EhrRequests.orderSign()
				.draft(order("o1", TEN_MG_TABLET, null, dose(1, "5", 3, null)))
				.prefetch(Prefetch.ALLERGIES, allergy));
			assertThat(summaries(cards)).as(allergy.getCode().toString())
				.anySatisfy((summary) -> assertThat(summary).startsWith("critical Known hypersensitivity to baclofen"));
		}
		var refuted = allergy("1292", null);
		refuted.getVerificationStatus().getCodingFirstRep().setCode("refuted");
		assertThat(summaries(cards(EhrRequests.orderSign()
			.draft(order("o1", TEN_MG_TABLET, null, dose(1, "5", 3, null)))
			.prefetch(Prefetch.ALLERGIES, refuted))))
			.noneSatisfy((summary) -> assertThat(summary).contains("hypersensitivity"));
		JsonNode unreadable = cards(EhrRequests.orderSign()
			.draft(order("o1", TEN_MG_TABLET, null, dose(1, "5", 3, null)))
			.prefetch(Prefetch.ALLERGIES, allergy(null, null)));
		assertThat(summaries(unreadable))
			.anySatisfy((summary) -> assertThat(summary).contains("An allergy on record could not be read"));
	}

	@Test
	void conditionsAreRecognisedByTheirNamesAndTheirCodes() throws Exception {
		for (String text : List.of("Allergy to baclofen", "Baclofen allergy", "Hypersensitivity to baclofen (disorder)",
				"Lioresal allergy")) {
			JsonNode cards = cards(EhrRequests.orderSign()
				.draft(order("o1", TEN_MG_TABLET, null, dose(1, "5", 3, null)))
				.prefetch(Prefetch.CONDITIONS, condition(null, null, text)));
			assertThat(summaries(cards)).as(text)
				.anySatisfy((summary) -> assertThat(summary).startsWith("critical Known hypersensitivity to baclofen"));
		}
		List<org.hl7.fhir.r4.model.Condition> kidney = List.of(condition(null, null, "Chronic kidney disease stage 4"),
				condition(null, null, "End-stage renal disease on hemodialysis"), condition(null, null, "CKD 3b"),
				condition("http://hl7.org/fhir/sid/icd-10-cm", "N18.4", null),
				condition("http://hl7.org/fhir/sid/icd-10-cm", "N184", null),
				condition("http://snomed.info/sct", "431857002", null));
		for (var recorded : kidney) {
			JsonNode cards = cards(EhrRequests.orderSign()
				.draft(order("o1", TEN_MG_TABLET, null, dose(1, "5", 3, null)))
				.prefetch(Prefetch.CONDITIONS, recorded));
			assertThat(summaries(cards)).as(recorded.getCode().toString())
				.anySatisfy((summary) -> assertThat(summary).contains("Renal impairment:"));
		}
		JsonNode epilepsy = cards(EhrRequests.orderSign()
			.draft(order("o1", TEN_MG_TABLET, null, dose(1, "5", 3, null)))
			.prefetch(Prefetch.CONDITIONS, condition("http://hl7.org/fhir/sid/icd-10-cm", "G40.909", null)));
		assertThat(summaries(epilepsy)).anySatisfy((summary) -> assertThat(summary).contains("Epilepsy"));
		JsonNode unrelated = cards(EhrRequests.orderSign()
			.draft(order("o1", TEN_MG_TABLET, null, dose(1, "5", 3, null)))
			.prefetch(Prefetch.CONDITIONS, condition(null, null, "Penicillin allergy"),
					condition(null, null, "Heart failure")));
		assertThat(summaries(unrelated)).noneSatisfy((summary) -> assertThat(summary).startsWith("critical"));
	}

	@Test
	void aMisspeltMedicineAndASecondBaclofenEachGetACard() throws Exception {
		JsonNode cards = cards(EhrRequests.orderSign()
			.draft(order("o1", TEN_MG_TABLET, null, dose(1, "5", 3, null)))
			.prefetch(Prefetch.ACTIVE_MEDICATIONS, active("a1", null, "oxycodon 5 mg"),
					active("a2", null, "Lioresal 10 mg tablets")));
		assertThat(summaries(cards))
			.anySatisfy((summary) -> assertThat(summary).startsWith("warning Not recognised: oxycodon"));
		assertThat(cards.toString()).contains("Did you mean").contains("oxycodone");
		assertThat(summaries(cards)).anySatisfy((summary) -> assertThat(summary)
			.startsWith("warning Baclofen twice: An active order is also baclofen (Lioresal 10 mg tablets)."));
	}

	@Test
	void anAsNeededOrderIsCheckedAsUpToAnAmountAndNeverTurnedIntoASchedule() throws Exception {
		JsonNode within = cards(EhrRequests.orderSign().draft(order("o1", TEN_MG_TABLET, null, asNeeded("10", 3))));
		assertThat(summaries(within))
			.containsExactly("info Baclofen as needed: checked as up to 30 mg a day (10 mg a dose, as needed).");
		JsonNode above = cards(EhrRequests.orderSign().draft(order("o1", TEN_MG_TABLET, null, asNeeded("20", 6))));
		assertThat(summaries(above)).anySatisfy(
				(summary) -> assertThat(summary).startsWith("critical Baclofen as needed").contains("120 mg a day"));
		assertThat(anySuggestion(above)).isFalse();
		JsonNode renal = cards(EhrRequests.orderSign()
			.draft(order("o1", TEN_MG_TABLET, null, asNeeded("10", 4)))
			.prefetch(Prefetch.KIDNEY_FUNCTION, egfr("25", "mL/min/{1.73_m2}", null)));
		assertThat(summaries(renal)).anySatisfy(
				(summary) -> assertThat(summary).startsWith("warning Baclofen as needed").contains("renal ceiling"));
	}

	@Test
	void aSuggestionIsTheOrderAsSentWithOnlyItsDosageReplaced() throws Exception {
		EhrRequests request = EhrRequests.orderSign()
			.draft(withEverythingElse(
					order("o1", TEN_MG_TABLET, "baclofen 10 MG Oral Tablet", dose(1, "25", 4, null))));
		JsonNode original = this.json.readTree(request.json())
			.get("context")
			.get("draftOrders")
			.get("entry")
			.get(0)
			.get("resource");
		JsonNode suggested = firstSuggestedResource(cards(request));
		List<String> fields = new ArrayList<>();
		original.propertyNames().forEach(fields::add);
		assertThat(fields).contains("reportedBoolean", "reasonCode", "note", "dispenseRequest", "identifier",
				"substitution", "requester", "authoredOn");
		for (String field : fields) {
			if (!"dosageInstruction".equals(field)) {
				assertThat(suggested.get(field)).as(field).isEqualTo(original.get(field));
			}
		}
		List<String> suggestedFields = new ArrayList<>();
		suggested.propertyNames().forEach(suggestedFields::add);
		assertThat(suggestedFields).containsExactlyInAnyOrderElementsOf(fields);
		assertThat(suggested.get("dosageInstruction")).isNotEqualTo(original.get("dosageInstruction"));
	}

	@Test
	void aSuggestedDoseIsOneTheOrderedTabletsCanMakeOrTheProductChangeIsNamed() throws Exception {
		// 10 mg tablets are scored: half a tablet makes 5 mg, so the label schedule keeps
		// them.
		JsonNode tens = cards(EhrRequests.orderSign().draft(order("o1", TEN_MG_TABLET, null, dose(1, "25", 4, null))));
		JsonNode keeps = firstSuggestion(tens);
		assertThat(keeps.get("label").asString()).doesNotContain("tablets");
		assertThat(keeps.get("actions")
			.get(0)
			.get("resource")
			.get("medicationCodeableConcept")
			.get("coding")
			.get(0)
			.get("code")
			.asString()).isEqualTo(TEN_MG_TABLET);
		// Half a 20 mg tablet is 10 mg: a 5 mg start needs other tablets, and the
		// suggestion says so.
		JsonNode twenties = cards(
				EhrRequests.orderSign().draft(order("o1", TWENTY_MG_TABLET, null, dose(1, "25", 4, null))));
		JsonNode changes = firstSuggestion(twenties);
		assertThat(changes.get("label").asString())
			.contains("with baclofen 5 mg tablets (the ordered 20 mg tablets cannot make every dose)");
		assertThat(
				changes.get("actions").get(0).get("resource").get("medicationCodeableConcept").get("text").asString())
			.isEqualTo("baclofen 5 mg oral tablet");
	}

	@Test
	void aKidneyResultIsReadWithItsComparatorAndItsUnit() throws Exception {
		JsonNode aboveSixty = cards(EhrRequests.orderSign()
			.draft(order("o1", TEN_MG_TABLET, null, dose(1, "5", 3, 3), dose(2, "10", 3, 3), dose(3, "15", 3, 3),
					dose(4, "20", 3, null)))
			.prefetch(Prefetch.KIDNEY_FUNCTION,
					egfr("60", "mL/min/{1.73_m2}", Quantity.QuantityComparator.GREATER_THAN)));
		assertThat(summaries(aboveSixty)).noneSatisfy((summary) -> assertThat(summary).startsWith("warning"))
			.anySatisfy((summary) -> assertThat(summary)
				.isEqualTo("info Renal band not determined: eGFR >60 mL/min/1.73 m² spans more than one band."));
		JsonNode aboveNinety = cards(EhrRequests.orderSign()
			.draft(order("o1", TEN_MG_TABLET, null, dose(1, "5", 3, null)))
			.prefetch(Prefetch.KIDNEY_FUNCTION,
					egfr("90", "mL/min/{1.73_m2}", Quantity.QuantityComparator.GREATER_THAN)));
		assertThat(summaries(aboveNinety)).noneSatisfy((summary) -> assertThat(summary).startsWith("warning"))
			.noneSatisfy((summary) -> assertThat(summary).contains("not determined"));

		// 0.42 mL/s/1.73 m² is 25 mL/min/1.73 m²: the severe band, and a suggestion that
		// stays within it.
		JsonNode si = cards(EhrRequests.orderSign()
			.draft(order("o1", TEN_MG_TABLET, null, dose(1, "20", 4, null)))
			.prefetch(Prefetch.KIDNEY_FUNCTION, egfr("0.42", "mL/s/{1.73_m2}", null)));
		assertThat(si.toString()).contains("eGFR 25.2 mL/min/1.73 m² (converted from mL/s/{1.73_m2})");
		JsonNode suggestion = firstSuggestion(si);
		String label = suggestion.get("label").asString();
		int target = Integer.parseInt(label.replaceFirst(".* to ([0-9]+) mg/day.*", "$1"));
		assertThat(target).isLessThanOrEqualTo(27);

		JsonNode unreadable = cards(EhrRequests.orderSign()
			.draft(order("o1", TEN_MG_TABLET, null, dose(1, "20", 4, null)))
			.prefetch(Prefetch.KIDNEY_FUNCTION, egfr("1.2", "mg/dL", null)));
		assertThat(summaries(unreadable)).anySatisfy((summary) -> assertThat(summary)
			.isEqualTo("warning Kidney function not checked: the latest result could not be read."));
		assertThat(anySuggestion(unreadable)).isFalse();
	}

	@Test
	void orderSelectReportsTheSelectedOrdersInteractionWithBaclofenElsewhere() throws Exception {
		JsonNode inAnotherDraft = cards("baclofen-order-select",
				EhrRequests.orderSelect("opioid")
					.draft(order("opioid", "7804", "oxycodone", dose(1, "5", 4, null)))
					.draft(order("bac", TEN_MG_TABLET, null, dose(1, "5", 3, null))));
		assertThat(summaries(inAnotherDraft))
			.anySatisfy((summary) -> assertThat(summary).startsWith("critical Baclofen + Opioids"));
		JsonNode active = cards("baclofen-order-select",
				EhrRequests.orderSelect("opioid")
					.draft(order("opioid", "990002", null, dose(1, "1", 4, null)))
					.prefetch(Prefetch.ACTIVE_MEDICATIONS, active("a1", TWENTY_MG_TABLET, null)));
		assertThat(summaries(active))
			.anySatisfy((summary) -> assertThat(summary).startsWith("critical Baclofen + Opioids"));
		JsonNode noBaclofen = cards("baclofen-order-select",
				EhrRequests.orderSelect("opioid").draft(order("opioid", "7804", "oxycodone", dose(1, "5", 4, null))));
		assertThat(noBaclofen).isEmpty();
	}

	@Test
	void criticalCardsOfferOverrideReasonsAndEveryCardLinksToItsPage() throws Exception {
		JsonNode cards = cards(EhrRequests.orderSign()
			.draft(order("o1", TEN_MG_TABLET, null, dose(1, "25", 4, null)))
			.prefetch(Prefetch.ACTIVE_MEDICATIONS, active("a1", "7804", null)));
		for (JsonNode card : cards) {
			assertThat(card.get("links").get(0).get("url").asString()).startsWith("https://reference.test/");
			boolean critical = "critical".equals(card.get("indicator").asString());
			assertThat(card.has("overrideReasons")).as(card.toString()).isEqualTo(critical);
			if (critical) {
				assertThat(card.get("overrideReasons").get(0).get("system").asString())
					.isEqualTo("https://reference.test/fhir/r5/CodeSystem/cds-override-reason");
			}
		}
		assertThat(cards.toString()).contains("https://reference.test/interactions#opioids")
			.contains("https://reference.test/dosing/oral");
	}

	private static JsonNode firstSuggestion(JsonNode cards) {
		for (JsonNode card : cards) {
			if (card.has("suggestions")) {
				return card.get("suggestions").get(0);
			}
		}
		throw new AssertionError("No suggestion in " + cards);
	}

	private static JsonNode firstSuggestedResource(JsonNode cards) {
		return firstSuggestion(cards).get("actions").get(0).get("resource");
	}

}
