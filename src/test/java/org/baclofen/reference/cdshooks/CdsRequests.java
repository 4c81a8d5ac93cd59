package org.baclofen.reference.cdshooks;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.CodeableConcept;
import org.hl7.fhir.r5.model.CodeableReference;
import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.model.Condition;
import org.hl7.fhir.r5.model.DateTimeType;
import org.hl7.fhir.r5.model.Dosage;
import org.hl7.fhir.r5.model.Duration;
import org.hl7.fhir.r5.model.Enumerations.ObservationStatus;
import org.hl7.fhir.r5.model.MedicationRequest;
import org.hl7.fhir.r5.model.Observation;
import org.hl7.fhir.r5.model.Quantity;
import org.hl7.fhir.r5.model.Reference;
import org.hl7.fhir.r5.model.Resource;
import org.hl7.fhir.r5.model.Timing;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hook requests for tests, built the way an EHR would: HAPI-built FHIR resources inside
 * the CDS Hooks request shape of the specification.
 */
final class CdsRequests {

	static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";

	static final String PATIENT = "patient-1";

	private static final FhirContext FHIR = FhirContext.forR5Cached();

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final String hook;

	private final Bundle draftOrders = new Bundle().setType(Bundle.BundleType.COLLECTION);

	private final Map<String, Resource> prefetch = new LinkedHashMap<>();

	private String fhirServer;

	private String accessToken;

	private CdsRequests(String hook) {
		this.hook = hook;
	}

	static CdsRequests orderSign() {
		return new CdsRequests("order-sign");
	}

	/** Every prefetch key sent, as empty searchsets unless filled in. */
	static CdsRequests orderSignWithEmptyPrefetch() {
		CdsRequests request = orderSign();
		for (Prefetch key : Prefetch.values()) {
			request.prefetch.put(key.key(), new Bundle().setType(Bundle.BundleType.SEARCHSET));
		}
		return request;
	}

	CdsRequests draft(MedicationRequest order) {
		this.draftOrders.addEntry().setResource(order);
		return this;
	}

	CdsRequests prefetch(Prefetch key, Resource... resources) {
		Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
		for (Resource resource : resources) {
			bundle.addEntry().setResource(resource);
		}
		this.prefetch.put(key.key(), bundle);
		return this;
	}

	CdsRequests withoutPrefetch(Prefetch key) {
		this.prefetch.remove(key.key());
		return this;
	}

	CdsRequests fhirServer(String url, String token) {
		this.fhirServer = url;
		this.accessToken = token;
		return this;
	}

	String json() {
		ObjectNode request = JSON.createObjectNode();
		request.put("hook", this.hook);
		request.put("hookInstance", UUID.randomUUID().toString());
		if (this.fhirServer != null) {
			request.put("fhirServer", this.fhirServer);
			ObjectNode authorization = request.putObject("fhirAuthorization");
			authorization.put("access_token", this.accessToken);
			authorization.put("token_type", "Bearer");
			authorization.put("expires_in", 300);
			authorization.put("scope", "patient/*.read");
			authorization.put("subject", "cds-service");
		}
		ObjectNode context = request.putObject("context");
		context.put("userId", "Practitioner/example");
		context.put("patientId", PATIENT);
		context.set("draftOrders", JSON.readTree(FHIR.newJsonParser().encodeResourceToString(this.draftOrders)));
		if (!this.prefetch.isEmpty()) {
			ObjectNode prefetched = request.putObject("prefetch");
			this.prefetch.forEach((key, resource) -> prefetched.set(key,
					JSON.readTree(FHIR.newJsonParser().encodeResourceToString(resource))));
		}
		return JSON.writeValueAsString(request);
	}

	/**
	 * A draft order for oral baclofen by its RxNorm ingredient code, with the given
	 * dosages.
	 */
	static MedicationRequest baclofen(String id, Dosage... dosages) {
		MedicationRequest order = new MedicationRequest();
		order.setId(id);
		order.setStatus(MedicationRequest.MedicationrequestStatus.DRAFT);
		order.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
		order.setMedication(new CodeableReference(new CodeableConcept(new Coding(RXNORM, "1292", "baclofen"))));
		order.setSubject(new Reference("Patient/" + PATIENT));
		for (Dosage dosage : dosages) {
			order.addDosageInstruction(dosage);
		}
		return order;
	}

	static MedicationRequest medicine(String id, String name) {
		MedicationRequest order = new MedicationRequest();
		order.setId(id);
		order.setStatus(MedicationRequest.MedicationrequestStatus.ACTIVE);
		order.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
		order.setMedication(new CodeableReference(new CodeableConcept().setText(name)));
		order.setSubject(new Reference("Patient/" + PATIENT));
		return order;
	}

	/** A dose in mg, so many times a day, for so many days (null: open-ended). */
	static Dosage dosage(int sequence, String mg, int timesPerDay, Integer days) {
		Dosage dosage = new Dosage().setSequence(sequence);
		Timing.TimingRepeatComponent repeat = dosage.getTiming().getRepeat();
		repeat.setFrequency(timesPerDay).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.D);
		if (days != null) {
			Duration duration = new Duration();
			duration.setValue(days).setUnit("days").setSystem("http://unitsofmeasure.org").setCode("d");
			repeat.setBounds(duration);
		}
		dosage.addDoseAndRate()
			.setDose(new Quantity().setValue(new BigDecimal(mg))
				.setUnit("mg")
				.setSystem("http://unitsofmeasure.org")
				.setCode("mg"));
		return dosage;
	}

	/**
	 * The US label schedule: 5 mg three times daily, +5 mg per dose every 3 days, to 20
	 * mg (60 mg/day).
	 */
	static MedicationRequest labelSchedule(String id) {
		return baclofen(id, dosage(1, "5", 3, 3), dosage(2, "10", 3, 3), dosage(3, "15", 3, 3),
				dosage(4, "20", 3, null));
	}

	static Observation kidneyFunction(String loinc, String value, String unit) {
		Observation observation = new Observation();
		observation.setId("kidney-1");
		observation.setStatus(ObservationStatus.FINAL);
		observation.setCode(new CodeableConcept(new Coding("http://loinc.org", loinc, null)));
		observation.setSubject(new Reference("Patient/" + PATIENT));
		observation.setEffective(new DateTimeType("2026-11-30"));
		observation.setValue(new Quantity().setValue(new BigDecimal(value))
			.setUnit(unit)
			.setSystem("http://unitsofmeasure.org")
			.setCode(unit));
		return observation;
	}

	static Condition condition(String text) {
		Condition condition = new Condition();
		condition.setId("condition-" + Math.abs(text.hashCode()));
		condition.setClinicalStatus(new CodeableConcept(
				new Coding("http://terminology.hl7.org/CodeSystem/condition-clinical", "active", "Active")));
		condition.setCode(new CodeableConcept().setText(text));
		condition.setSubject(new Reference("Patient/" + PATIENT));
		return condition;
	}

}
