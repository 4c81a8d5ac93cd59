package org.baclofen.reference.cdshooks;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Timing;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * CDS Hooks requests as an EHR sends them: FHIR R4 resources built with HAPI's R4 model
 * (medicationCodeableConcept, doseAndRate, timing.repeat, asNeededBoolean, RxNorm SCD
 * codes with or without a display), in the request shape of the specification.
 */
final class EhrRequests {

	static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";

	static final String PATIENT = "ehr-patient-7";

	private static final FhirContext R4 = FhirContext.forR4Cached();

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final String hook;

	private final Bundle draftOrders = new Bundle().setType(Bundle.BundleType.COLLECTION);

	private final Map<String, Bundle> prefetch = new LinkedHashMap<>();

	private List<String> selections;

	private String fhirServer;

	private String accessToken;

	private Patient patient;

	private EhrRequests(String hook) {
		this.hook = hook;
		for (Prefetch key : Prefetch.values()) {
			this.prefetch.put(key.key(), new Bundle().setType(Bundle.BundleType.SEARCHSET));
		}
	}

	/** order-sign with every prefetch sent, empty unless filled in. */
	static EhrRequests orderSign() {
		return new EhrRequests("order-sign");
	}

	static EhrRequests orderSelect(String... selectedIds) {
		EhrRequests request = new EhrRequests("order-select");
		request.selections = Arrays.stream(selectedIds).map((id) -> "MedicationRequest/" + id).toList();
		return request;
	}

	/**
	 * Nothing prefetched: the service is to fetch from the EHR's FHIR server with the
	 * access token of fhirAuthorization.
	 */
	EhrRequests fetchFrom(String fhirServer, String accessToken) {
		this.fhirServer = fhirServer;
		this.accessToken = accessToken;
		this.prefetch.clear();
		return this;
	}

	/**
	 * The patient as many EHRs prefetch it for every service, whether asked for or not.
	 */
	EhrRequests patient(Patient patient) {
		this.patient = patient;
		return this;
	}

	EhrRequests draft(MedicationRequest order) {
		this.draftOrders.addEntry().setResource(order);
		return this;
	}

	EhrRequests prefetch(Prefetch key, Resource... resources) {
		Bundle bundle = this.prefetch.computeIfAbsent(key.key(),
				(unsent) -> new Bundle().setType(Bundle.BundleType.SEARCHSET));
		for (Resource resource : resources) {
			bundle.addEntry().setResource(resource);
		}
		return this;
	}

	String json() {
		ObjectNode request = JSON.createObjectNode();
		request.put("hook", this.hook);
		request.put("hookInstance", UUID.randomUUID().toString());
		ObjectNode context = request.putObject("context");
		context.put("userId", "Practitioner/ehr-prescriber");
		context.put("patientId", PATIENT);
		context.put("encounterId", "ehr-encounter-3");
		if (this.fhirServer != null) {
			request.put("fhirServer", this.fhirServer);
			ObjectNode authorization = request.putObject("fhirAuthorization");
			authorization.put("access_token", this.accessToken);
			authorization.put("token_type", "Bearer");
			authorization.put("expires_in", 300);
			authorization.put("scope", String.join(" ", "patient/Patient.read", "patient/MedicationRequest.read",
					"patient/Condition.read", "patient/AllergyIntolerance.read", "patient/Observation.read"));
			authorization.put("subject", "baclofen-reference");
		}
		if (this.selections != null) {
			this.selections.forEach(context.putArray("selections")::add);
		}
		context.set("draftOrders", JSON.readTree(R4.newJsonParser().encodeResourceToString(this.draftOrders)));
		ObjectNode prefetched = request.putObject("prefetch");
		this.prefetch.forEach(
				(key, bundle) -> prefetched.set(key, JSON.readTree(R4.newJsonParser().encodeResourceToString(bundle))));
		if (this.patient != null) {
			prefetched.set("patient", JSON.readTree(R4.newJsonParser().encodeResourceToString(this.patient)));
		}
		return JSON.writeValueAsString(request);
	}

	/**
	 * A draft order coded by RxNorm, with a display or without (many EHRs send the code
	 * only).
	 */
	static MedicationRequest order(String id, String rxnorm, String display, Dosage... dosages) {
		MedicationRequest order = new MedicationRequest();
		order.setId(id);
		order.setStatus(MedicationRequest.MedicationRequestStatus.DRAFT);
		order.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
		order.setMedication(new CodeableConcept(new Coding(RXNORM, rxnorm, display)));
		order.setSubject(new Reference("Patient/" + PATIENT));
		for (Dosage dosage : dosages) {
			order.addDosageInstruction(dosage);
		}
		return order;
	}

	/** An active order as a MedicationRequest search returns it. */
	static MedicationRequest active(String id, String rxnorm, String text) {
		MedicationRequest order = order(id, rxnorm, null);
		order.setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE);
		if (text != null) {
			order.getMedicationCodeableConcept().setText(text);
		}
		if (rxnorm == null) {
			order.getMedicationCodeableConcept().setCoding(List.of());
		}
		return order;
	}

	/** So many mg, so many times a day, for so many days (null: from then on). */
	static Dosage dose(int sequence, String mg, int timesPerDay, Integer days) {
		Dosage dosage = new Dosage().setSequence(sequence);
		dosage.setText(mg + " mg " + timesPerDay + " times a day");
		Timing.TimingRepeatComponent repeat = dosage.getTiming().getRepeat();
		repeat.setFrequency(timesPerDay).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.D);
		if (days != null) {
			repeat.setBounds(
					new Duration().setValue(days).setUnit("days").setSystem("http://unitsofmeasure.org").setCode("d"));
		}
		dosage.addDoseAndRate().setDose(mg(mg));
		dosage.setRoute(new CodeableConcept(new Coding("http://snomed.info/sct", "26643006", "Oral route")));
		return dosage;
	}

	/** Up to so many mg, at most so many times a day, as needed (asNeededBoolean). */
	static Dosage asNeeded(String mg, int timesPerDay) {
		Dosage dosage = dose(1, mg, timesPerDay, null);
		dosage.setText(mg + " mg up to " + timesPerDay + " times a day as needed for spasms");
		dosage.setAsNeeded(new BooleanType(true));
		return dosage;
	}

	static Quantity mg(String mg) {
		return new Quantity().setValue(new BigDecimal(mg))
			.setUnit("mg")
			.setSystem("http://unitsofmeasure.org")
			.setCode("mg");
	}

	/** What an EHR's order carries besides the medicine and the dosage. */
	static MedicationRequest withEverythingElse(MedicationRequest order) {
		order.addIdentifier().setSystem("urn:oid:1.2.3.4").setValue("rx-0042");
		order.setReported(new BooleanType(false));
		order
			.addReasonCode(new CodeableConcept(new Coding("http://snomed.info/sct", "24700007", "Multiple sclerosis")));
		order.setAuthoredOnElement(new DateTimeType("2026-12-07T09:30:00Z"));
		order.setRequester(new Reference("Practitioner/ehr-prescriber"));
		order.setEncounter(new Reference("Encounter/ehr-encounter-3"));
		order.addNote(new Annotation().setText("Patient prefers tablets"));
		order.getDispenseRequest()
			.setNumberOfRepeatsAllowed(1)
			.setQuantity(new Quantity().setValue(120).setUnit("tablet"));
		order.getSubstitution().setAllowed(new BooleanType(true));
		return order;
	}

	static AllergyIntolerance allergy(String rxnorm, String text) {
		AllergyIntolerance allergy = new AllergyIntolerance();
		allergy.setId("allergy-" + Math.abs((rxnorm + text).hashCode()));
		allergy.setClinicalStatus(new CodeableConcept(
				new Coding("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", "Active")));
		allergy.setVerificationStatus(new CodeableConcept(new Coding(
				"http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed", "Confirmed")));
		allergy.setType(AllergyIntolerance.AllergyIntoleranceType.ALLERGY);
		CodeableConcept code = new CodeableConcept();
		if (rxnorm != null) {
			code.addCoding(new Coding(RXNORM, rxnorm, null));
		}
		code.setText(text);
		allergy.setCode(code);
		allergy.setPatient(new Reference("Patient/" + PATIENT));
		return allergy;
	}

	static Condition condition(String system, String code, String text) {
		Condition condition = new Condition();
		condition.setId("condition-" + Math.abs((system + code + text).hashCode()));
		condition.setClinicalStatus(new CodeableConcept(
				new Coding("http://terminology.hl7.org/CodeSystem/condition-clinical", "active", "Active")));
		CodeableConcept concept = new CodeableConcept();
		if (code != null) {
			concept.addCoding(new Coding(system, code, null));
		}
		concept.setText(text);
		condition.setCode(concept);
		condition.setSubject(new Reference("Patient/" + PATIENT));
		return condition;
	}

	static Observation egfr(String value, String unit, Quantity.QuantityComparator comparator) {
		Observation observation = new Observation();
		observation.setId("egfr-1");
		observation.setStatus(Observation.ObservationStatus.FINAL);
		observation.setCode(new CodeableConcept(new Coding("http://loinc.org", "98979-8", null)));
		observation.setSubject(new Reference("Patient/" + PATIENT));
		observation.setEffective(new DateTimeType("2026-12-01"));
		Quantity quantity = new Quantity().setValue(new BigDecimal(value))
			.setUnit(unit)
			.setSystem("http://unitsofmeasure.org")
			.setCode(unit);
		if (comparator != null) {
			quantity.setComparator(comparator);
		}
		observation.setValue(quantity);
		return observation;
	}

}
