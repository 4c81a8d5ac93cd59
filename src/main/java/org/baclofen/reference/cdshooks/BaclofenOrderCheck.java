package org.baclofen.reference.cdshooks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import ca.uhn.fhir.context.FhirContext;
import org.baclofen.reference.screening.MedicationMatcher;
import org.baclofen.reference.screening.PatientScreening;
import org.baclofen.reference.screening.ScreeningRequest;
import org.baclofen.reference.screening.ScreeningResult;
import org.baclofen.reference.titration.PlanStep;
import org.baclofen.reference.titration.TitrationService;
import org.hl7.fhir.r5.model.Condition;
import org.hl7.fhir.r5.model.MedicationRequest;
import org.hl7.fhir.r5.model.Observation;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The baclofen order check: finds the baclofen orders among the draft orders, fetches
 * missing data where the client allows it, and answers with cards from the titration
 * engine (the same rules as the check page) and the medication and condition screening
 * (the same matcher as the /check page). Nothing is stored.
 * <p>
 * The only dependencies on other features are the public services and repositories named
 * in the constructor: this is the adapter to adjust when their APIs change.
 */
@Service
class BaclofenOrderCheck {

	private final OrderCheckContent content;

	private final PatientScreening screening;

	private final TitrationService titration;

	private final PrefetchFetcher fetcher;

	private final FhirContext fhir;

	private final ObjectMapper json;

	BaclofenOrderCheck(OrderCheckContent content, PatientScreening screening, TitrationService titration,
			PrefetchFetcher fetcher, FhirContext fhir, ObjectMapper json) {
		this.content = content;
		this.screening = screening;
		this.titration = titration;
		this.fetcher = fetcher;
		this.fhir = fhir;
		this.json = json;
	}

	HookRequestReader reader() {
		return new HookRequestReader(this.fhir, this.json);
	}

	/** The prefetch templates, with the kidney-function codes as currently stored. */
	java.util.Map<String, String> prefetchTemplates() {
		List<KidneyFunctionCode> codes = this.content.load().kidneyCodes();
		java.util.Map<String, String> templates = new java.util.LinkedHashMap<>();
		for (Prefetch key : Prefetch.values()) {
			templates.put(key.key(), key.template(codes));
		}
		return templates;
	}

	CdsHooks.Response check(HookCall call, String appBaseUrl) {
		Medicines medicines = this.content.load().medicines();
		List<MedicationRequest> baclofenOrders = call.draftOrders()
			.stream()
			.filter((order) -> call.selections() == null
					|| call.selections().contains("MedicationRequest/" + order.getIdPart()))
			.filter((order) -> medicines.isBaclofen(Medicines.concept(order, call.draftResources())))
			.toList();
		if (baclofenOrders.isEmpty()) {
			return new CdsHooks.Response(List.of());
		}
		List<KidneyFunctionCode> codes = this.content.load().kidneyCodes();
		HookCall filled = this.fetcher.fillMissing(call, codes, reader());
		Set<String> draftIds = call.draftOrders()
			.stream()
			.map(MedicationRequest::getIdPart)
			.filter((id) -> id != null)
			.collect(Collectors.toSet());

		List<String> otherMedicines = new ArrayList<>();
		PlanStep currentRegimen = null;
		List<MedicationRequest> others = new ArrayList<>(call.draftOrders());
		others.removeAll(baclofenOrders);
		others.addAll(filled.prefetched(Prefetch.ACTIVE_MEDICATIONS).resourcesOf(MedicationRequest.class));
		for (MedicationRequest other : others) {
			var concept = Medicines.concept(other, call.draftResources());
			if (medicines.isBaclofen(concept)) {
				if (!draftIds.contains(other.getIdPart()) && currentRegimen == null) {
					currentRegimen = currentRegimen(other);
				}
			}
			else {
				Medicines.names(concept).stream().findFirst().ifPresent(otherMedicines::add);
			}
		}
		KidneyFunction kidney = KidneyFunction
			.latest(filled.prefetched(Prefetch.KIDNEY_FUNCTION).resourcesOf(Observation.class), codes)
			.orElse(null);
		ScreeningResult screened = this.screening.screen(new ScreeningRequest(bounded(otherMedicines),
				conditionCodes(filled.prefetched(Prefetch.CONDITIONS).resourcesOf(Condition.class))));

		OrderCards cards = new OrderCards(appBaseUrl, this.titration.rules(),
				(order) -> toJson(order, call.r4Client()));
		List<CdsHooks.Card> answer = new ArrayList<>();
		for (MedicationRequest order : baclofenOrders) {
			answer.addAll(cards.forOrder(order, currentRegimen, kidney));
		}
		answer.addAll(cards.forScreening(screened));
		List<Prefetch> missing = java.util.Arrays.stream(Prefetch.values())
			.filter((key) -> !filled.prefetched(key).isAvailable())
			.toList();
		if (!missing.isEmpty()) {
			answer.add(cards.notChecked(missing));
		}
		return new CdsHooks.Response(answer);
	}

	/**
	 * The dose an active order keeps the patient on: its last dosage, when it can be
	 * read.
	 */
	private static PlanStep currentRegimen(MedicationRequest active) {
		DosageReader.Reading reading = DosageReader.read(active);
		if (!reading.isReadable() || reading.steps().isEmpty()) {
			return null;
		}
		PlanStep last = reading.steps().get(reading.steps().size() - 1);
		return last.isStopped() ? null : new PlanStep(DosageReader.OPEN_ENDED_DAYS, last.doseMg(), last.timesPerDay());
	}

	private List<String> conditionCodes(List<Condition> conditions) {
		ConditionMatcher matcher = this.content.load().conditions();
		List<String> names = conditions.stream()
			.filter(BaclofenOrderCheck::isCurrent)
			.flatMap((condition) -> Medicines.names(condition.getCode()).stream())
			.toList();
		return matcher.codesFor(names).stream().limit(ScreeningRequest.MAX_CONDITIONS).toList();
	}

	/**
	 * Active (or unstated) and not refuted: a resolved or ruled-out condition raises no
	 * warning.
	 */
	private static boolean isCurrent(Condition condition) {
		boolean active = !condition.hasClinicalStatus() || condition.getClinicalStatus()
			.getCoding()
			.stream()
			.anyMatch((coding) -> Set.of("active", "recurrence", "relapse").contains(coding.getCode()));
		boolean refuted = condition.hasVerificationStatus() && condition.getVerificationStatus()
			.getCoding()
			.stream()
			.anyMatch((coding) -> Set.of("refuted", "entered-in-error").contains(coding.getCode()));
		return active && !refuted;
	}

	/** The screening takes whole names of bounded length, as the /check page does. */
	private static List<String> bounded(List<String> names) {
		return names.stream()
			.map((name) -> (name.length() > MedicationMatcher.MAX_ENTRY_LENGTH)
					? name.substring(0, MedicationMatcher.MAX_ENTRY_LENGTH) : name)
			.distinct()
			.limit(MedicationMatcher.MAX_ENTRIES)
			.toList();
	}

	private JsonNode toJson(MedicationRequest order, boolean r4Client) {
		JsonNode node = this.json.readTree(this.fhir.newJsonParser().encodeResourceToString(order));
		return r4Client ? HookRequestReader.r5ToR4(node) : node;
	}

}
