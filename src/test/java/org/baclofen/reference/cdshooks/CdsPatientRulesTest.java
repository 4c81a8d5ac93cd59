package org.baclofen.reference.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baclofen.reference.cdshooks.CdsRequests.baclofen;
import static org.baclofen.reference.cdshooks.CdsRequests.condition;
import static org.baclofen.reference.cdshooks.CdsRequests.dosage;
import static org.baclofen.reference.cdshooks.CdsRequests.kidneyFunction;
import static org.baclofen.reference.cdshooks.CdsRequests.labelSchedule;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import org.baclofen.reference.ReferenceAppTest;
import org.hl7.fhir.r5.model.DateType;
import org.hl7.fhir.r5.model.Dosage;
import org.hl7.fhir.r5.model.MedicationRequest;
import org.hl7.fhir.r5.model.Patient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * What the CDS service knows about the patient changes the oral rules as it changes them
 * on the pages: kidney failure below 15 mL/min or recorded as end-stage disease or
 * dialysis takes the dialysis / kidney-failure row; a birth date in the Patient prefetch
 * chooses the rules by age; a renal patient's stop order is offered their own taper.
 */
@ReferenceAppTest
class CdsPatientRulesTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ObjectMapper json;

	private JsonNode cards(CdsRequests request) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(post("/cds-services/baclofen-order-check").contentType(MediaType.APPLICATION_JSON)
				.content(request.json()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		JsonNode body = this.json.readTree(response.getContentAsString());
		CdsHooksSpecification.check(body, false);
		return body.get("cards");
	}

	private static JsonNode cardFrom(JsonNode cards, String page) {
		for (JsonNode card : cards) {
			if (card.get("source").get("url").asString().endsWith(page)) {
				return card;
			}
		}
		throw new AssertionError("no card from " + page + " in " + cards);
	}

	private static List<String> summaries(JsonNode cards) {
		List<String> summaries = new ArrayList<>();
		cards.forEach((card) -> summaries.add(card.get("summary").asString()));
		return summaries;
	}

	private static Patient bornOn(String birthDate) {
		Patient patient = new Patient();
		patient.setId(CdsRequests.PATIENT);
		patient.setBirthDateElement(new DateType(birthDate));
		return patient;
	}

	@Test
	void anEgfrBelow15TakesTheKidneyFailureRowNotTheUnder30Band() throws Exception {
		JsonNode cards = cards(CdsRequests.orderSignWithEmptyPrefetch()
			.draft(labelSchedule("order-1"))
			.prefetch(Prefetch.KIDNEY_FUNCTION, kidneyFunction("98979-8", "8", "mL/min/{1.73_m2}")));
		JsonNode renal = cardFrom(cards, "/dosing/renal");
		assertThat(renal.get("indicator").asString()).isEqualTo("warning");
		assertThat(renal.toString()).contains("5 mg/day").doesNotContain("26.67");

		JsonNode within = cards(CdsRequests.orderSignWithEmptyPrefetch()
			.draft(baclofen("order-1", dosage(1, "5", 1, null)))
			.prefetch(Prefetch.KIDNEY_FUNCTION, kidneyFunction("98979-8", "8", "mL/min/{1.73_m2}")));
		assertThat(summaries(within))
			.anySatisfy((summary) -> assertThat(summary).contains("eGFR 8").contains("stays within 5 mg/day"));
	}

	@Test
	void exactly15StaysInTheUnder30Band() throws Exception {
		JsonNode within = cards(CdsRequests.orderSignWithEmptyPrefetch()
			.draft(baclofen("order-1", dosage(1, "5", 1, null)))
			.prefetch(Prefetch.KIDNEY_FUNCTION, kidneyFunction("98979-8", "15", "mL/min/{1.73_m2}")));
		assertThat(summaries(within))
			.anySatisfy((summary) -> assertThat(summary).contains("eGFR 15").contains("stays within 26.67 mg/day"));
	}

	@Test
	void recordedEndStageKidneyDiseaseTakesTheSameRowWithoutAValue() throws Exception {
		JsonNode cards = cards(CdsRequests.orderSignWithEmptyPrefetch()
			.draft(labelSchedule("order-1"))
			.prefetch(Prefetch.CONDITIONS, condition("End stage renal disease")));
		JsonNode renal = cardFrom(cards, "/dosing/renal");
		assertThat(renal.get("indicator").asString()).isEqualTo("warning");
		assertThat(renal.get("detail").asString()).contains("end-stage kidney disease or dialysis")
			.contains("5 mg/day");
	}

	@Test
	void aFiveYearOldOn20mgFourTimesADayGetsACriticalAgeCard() throws Exception {
		JsonNode cards = cards(CdsRequests.orderSignWithEmptyPrefetch()
			.draft(baclofen("order-1", dosage(1, "20", 4, null)))
			.prefetch(Prefetch.PATIENT, bornOn("2021-06-01")));
		assertThat(cards.toString()).contains("Age 5").contains("60 mg/day");
		boolean critical = false;
		for (JsonNode card : cards) {
			critical |= "critical".equals(card.get("indicator").asString())
					&& card.get("detail").asString().contains("Age 5");
		}
		assertThat(critical).as(cards.toString()).isTrue();
	}

	@Test
	void withoutABirthDateTheCardsSayTheAdultRulesWereUsed() throws Exception {
		JsonNode cards = cards(
				CdsRequests.orderSignWithEmptyPrefetch().draft(baclofen("order-1", dosage(1, "25", 4, null))));
		assertThat(cardFrom(cards, "/dosing/oral").get("detail").asString())
			.contains("No age was given, so the US label's adult rules were used.");
		JsonNode notSent = cards(CdsRequests.orderSignWithEmptyPrefetch()
			.withoutPrefetch(Prefetch.PATIENT)
			.draft(labelSchedule("order-1")));
		assertThat(summaries(notSent))
			.anySatisfy((summary) -> assertThat(summary).startsWith("Not checked:").contains("birth date"));
	}

	@Test
	void aRenalPatientsStopOrderIsOfferedTheirOwnTaperWhichPassesTheChecker() throws Exception {
		MedicationRequest active = baclofen("active-1", dosage(1, "20", 3, null));
		active.setStatus(MedicationRequest.MedicationrequestStatus.ACTIVE);
		MedicationRequest stop = baclofen("order-1", dosage(1, "20", 3, null));
		stop.setStatus(MedicationRequest.MedicationrequestStatus.STOPPED);
		JsonNode cards = cards(CdsRequests.orderSignWithEmptyPrefetch()
			.draft(stop)
			.prefetch(Prefetch.ACTIVE_MEDICATIONS, active)
			.prefetch(Prefetch.KIDNEY_FUNCTION, kidneyFunction("98979-8", "20", "mL/min/{1.73_m2}")));
		JsonNode taper = cardFrom(cards, "/dosing/discontinuation");
		assertThat(taper.has("suggestions")).as(cards.toString()).isTrue();
		MedicationRequest replacement = FhirContext.forR5Cached()
			.newJsonParser()
			.parseResource(MedicationRequest.class,
					taper.get("suggestions").get(0).get("actions").get(0).get("resource").toString());
		List<Dosage> steps = replacement.getDosageInstruction();
		assertThat(steps).hasSizeGreaterThan(1);
		for (Dosage step : steps) {
			BigDecimal daily = step.getDoseAndRateFirstRep()
				.getDoseQuantity()
				.getValue()
				.multiply(BigDecimal.valueOf(step.getTiming().getRepeat().getFrequency()));
			if (!step.getText().startsWith("Stop")) {
				assertThat(daily).as(step.getText()).isLessThanOrEqualTo(new BigDecimal("26.67"));
			}
		}
	}

}
