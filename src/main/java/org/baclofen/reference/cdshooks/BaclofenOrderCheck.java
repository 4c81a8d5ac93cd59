package org.baclofen.reference.cdshooks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ca.uhn.fhir.context.FhirContext;
import org.baclofen.reference.cdshooks.CdsHooks.Card;
import org.baclofen.reference.fhir.FhirSettings;
import org.baclofen.reference.fhir.OverrideReason;
import org.baclofen.reference.fhir.Vocabulary;
import org.baclofen.reference.screening.MedicationMatcher;
import org.baclofen.reference.screening.PatientScreening;
import org.baclofen.reference.screening.ScreeningRequest;
import org.baclofen.reference.screening.ScreeningResult;
import org.baclofen.reference.system.PublicSite;
import org.baclofen.reference.titration.PlanStep;
import org.baclofen.reference.titration.TitrationRulesSource.StoredRules;
import org.baclofen.reference.titration.TitrationService;
import org.hl7.fhir.r5.model.AllergyIntolerance;
import org.hl7.fhir.r5.model.Condition;
import org.hl7.fhir.r5.model.MedicationRequest;
import org.hl7.fhir.r5.model.Observation;
import org.hl7.fhir.r5.model.Patient;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;

/**
 * The baclofen order check: identifies every draft and active order (by stored RxNorm
 * codes, RxNav, or name), checks the baclofen orders being signed or selected against the
 * titration engine (the same rules as the check page), and screens the patient's other
 * medicines, conditions and allergies with the same matcher as the /check page. When the
 * orders being checked are not baclofen, it still reports their interaction with baclofen
 * ordered or taken elsewhere. Missing data is fetched only where the client is allowed to
 * make the service fetch; whatever could not be checked gets a card. Nothing is stored.
 */
@Service
class BaclofenOrderCheck {

	private final CdsContent content;

	private final PatientScreening screening;

	private final TitrationService titration;

	private final PrefetchFetcher fetcher;

	private final RxNav rxnav;

	private final FhirContext fhir;

	private final ObjectMapper json;

	private final MessageSource messages;

	private final PublicSite publicSite;

	private final Vocabulary vocabulary;

	private final Clock clock;

	BaclofenOrderCheck(CdsContent content, PatientScreening screening, TitrationService titration,
			PrefetchFetcher fetcher, RxNav rxnav, FhirContext fhir, ObjectMapper json, MessageSource messages,
			PublicSite publicSite, FhirSettings fhirSettings, Clock clock) {
		this.content = content;
		this.screening = screening;
		this.titration = titration;
		this.fetcher = fetcher;
		this.rxnav = rxnav;
		this.fhir = fhir;
		this.json = json;
		this.messages = messages;
		this.publicSite = publicSite;
		this.vocabulary = new Vocabulary(fhirSettings.canonicalBase().toString());
		this.clock = clock;
	}

	HookRequestReader reader() {
		return new HookRequestReader(this.fhir, this.json);
	}

	/** The prefetch templates, with the kidney-function codes as currently stored. */
	Map<String, String> prefetchTemplates() {
		List<KidneyFunctionCode> codes = this.content.load().kidneyCodes();
		Map<String, String> templates = new LinkedHashMap<>();
		for (Prefetch key : Prefetch.values()) {
			templates.put(key.key(), key.template(codes));
		}
		return templates;
	}

	CdsHooks.Response check(HookCall call) {
		CdsContent.Snapshot content = this.content.load();
		MedicineIdentifier identifier = new MedicineIdentifier(content.medicines(), content.storedCodes(),
				this.rxnav.session());
		Cards cards = cards();
		RecordCards recordCards = new RecordCards(cards, new CardTexts(this.messages));
		Map<MedicationRequest, MedicineIdentifier.Identified> drafts = new IdentityHashMap<>();
		call.draftOrders()
			.forEach(
					(order) -> drafts.put(order, identifier.identify(Medicines.concept(order, call.draftResources()))));
		List<MedicationRequest> subjects = call.draftOrders()
			.stream()
			.filter((order) -> call.selections() == null
					|| call.selections().contains("MedicationRequest/" + order.getIdPart()))
			.toList();
		List<MedicationRequest> baclofenOrders = subjects.stream()
			.filter((order) -> drafts.get(order).baclofen())
			.toList();
		List<PatientRecord.OtherMedicine> otherDrafts = call.draftOrders()
			.stream()
			.filter((order) -> !baclofenOrders.contains(order))
			.map((order) -> new PatientRecord.OtherMedicine(order, drafts.get(order), true))
			.toList();
		List<Card> answer = new ArrayList<>(recordCards
			.unidentifiedOrders(otherDrafts.stream().filter((other) -> subjects.contains(other.order())).toList()));
		if (baclofenOrders.isEmpty()) {
			answer.addAll(interactionsWithBaclofenElsewhere(call, otherDrafts, subjects, content, identifier, cards));
			return new CdsHooks.Response(answer);
		}
		HookCall filled = this.fetcher.fillMissing(call, content.kidneyCodes(), reader());
		PatientRecord record = record(filled, otherDrafts, content, identifier);
		StoredRules rules = this.titration.rules();
		KidneyFunction kidney = kidney(record, rules, recordCards, answer);
		OrderCards.PatientFacts facts = new OrderCards.PatientFacts(kidney, record.endStageKidney(), PatientAge
			.of(filled.prefetched(Prefetch.PATIENT).resourcesOf(Patient.class), LocalDate.now(this.clock)));
		OrderCards orderCards = new OrderCards(cards, rules, replacement(filled, drafts, content));
		PlanStep currentRegimen = record.otherBaclofen()
			.stream()
			.filter((other) -> !other.draft())
			.map((other) -> currentRegimen(other.order()))
			.filter((regimen) -> regimen != null)
			.findFirst()
			.orElse(null);
		List<Card> orderCardList = new ArrayList<>();
		for (MedicationRequest order : baclofenOrders) {
			orderCardList.addAll(orderCards.forOrder(order, currentRegimen, facts));
		}
		if (record.kidney().problem() != null || (record.kidney().function() != null && kidney == null)) {
			// A dose change chosen without the kidney band could be too high: none is
			// suggested.
			orderCardList = orderCardList.stream().map(Cards::withoutSuggestions).toList();
		}
		answer.addAll(0, orderCardList);
		Screened screened = screen(record);
		answer.addAll(orderCards.forScreening(screened.result()));
		answer.addAll(recordCards.duplicates(baclofenDuplicates(record, baclofenOrders, drafts)));
		answer.addAll(recordCards.unrecognised(record.otherMedicines(), screened.result()));
		answer.addAll(recordCards.allergies(record));
		if (!screened.left().isEmpty()) {
			answer.add(recordCards.notScreened(screened.left()));
		}
		List<Prefetch> missing = Arrays.stream(Prefetch.values())
			.filter((key) -> !filled.prefetched(key).isAvailable())
			.toList();
		if (!missing.isEmpty()) {
			answer.add(orderCards.notChecked(missing, PrefetchFetcher.refusal(call)));
		}
		return new CdsHooks.Response(answer);
	}

	/**
	 * The other baclofen orders, each once; two baclofen drafts signed together are each
	 * other's duplicate.
	 */
	private static List<PatientRecord.OtherMedicine> baclofenDuplicates(PatientRecord record,
			List<MedicationRequest> baclofenOrders, Map<MedicationRequest, MedicineIdentifier.Identified> drafts) {
		List<PatientRecord.OtherMedicine> duplicates = new ArrayList<>(record.otherBaclofen());
		baclofenOrders.stream()
			.skip(1)
			.forEach((order) -> duplicates.add(new PatientRecord.OtherMedicine(order, drafts.get(order), true)));
		return duplicates;
	}

	/**
	 * The draft orders being checked are not baclofen: report their interactions with
	 * baclofen in another draft or an active order (order-select asks exactly this).
	 */
	private List<Card> interactionsWithBaclofenElsewhere(HookCall call, List<PatientRecord.OtherMedicine> otherDrafts,
			List<MedicationRequest> subjects, CdsContent.Snapshot content, MedicineIdentifier identifier, Cards cards) {
		List<String> names = new ArrayList<>();
		otherDrafts.stream()
			.filter((other) -> subjects.contains(other.order()))
			.forEach((subject) -> names.addAll(subject.identified().screenedNames()));
		List<String> entries = bounded(names).entries();
		if (entries.isEmpty()) {
			return List.of();
		}
		ScreeningResult screened = this.screening.screen(new ScreeningRequest(entries, List.of()));
		if (screened.matches().isEmpty()) {
			return List.of();
		}
		boolean baclofenInDrafts = otherDrafts.stream()
			.anyMatch((other) -> !subjects.contains(other.order()) && other.identified().baclofen());
		OrderCards orderCards = new OrderCards(cards, this.titration.rules(), null);
		if (baclofenInDrafts) {
			return orderCards.forScreening(screened);
		}
		HookCall filled = this.fetcher.fillMissing(call, content.kidneyCodes(), reader());
		HookCall.Prefetched active = filled.prefetched(Prefetch.ACTIVE_MEDICATIONS);
		if (!active.isAvailable()) {
			return List.of(orderCards.notChecked(List.of(Prefetch.ACTIVE_MEDICATIONS), PrefetchFetcher.refusal(call)));
		}
		boolean baclofenActive = active.resourcesOf(MedicationRequest.class)
			.stream()
			.anyMatch((order) -> identifier.identify(Medicines.concept(order, List.of())).baclofen());
		return baclofenActive ? orderCards.forScreening(screened) : List.of();
	}

	private PatientRecord record(HookCall filled, List<PatientRecord.OtherMedicine> otherDrafts,
			CdsContent.Snapshot content, MedicineIdentifier identifier) {
		return PatientRecord.read(otherDrafts,
				filled.prefetched(Prefetch.ACTIVE_MEDICATIONS).resourcesOf(MedicationRequest.class),
				filled.prefetched(Prefetch.CONDITIONS).resourcesOf(Condition.class),
				filled.prefetched(Prefetch.ALLERGIES).resourcesOf(AllergyIntolerance.class),
				filled.prefetched(Prefetch.KIDNEY_FUNCTION).resourcesOf(Observation.class), content.kidneyCodes(),
				identifier, content.conditions());
	}

	/**
	 * The kidney function the bands are applied with, or null (with a card saying why)
	 * when the latest result cannot be read or its comparator leaves the band open.
	 */
	private static KidneyFunction kidney(PatientRecord record, StoredRules rules, RecordCards cards,
			List<Card> answer) {
		if (record.kidney().problem() != null) {
			answer.add(cards.kidneyNotChecked(record.kidney().problem()));
			return null;
		}
		KidneyFunction reported = record.kidney().function();
		if (reported == null) {
			return null;
		}
		KidneyFunction forBands = reported.forBands((value) -> rules.rules().renalBand(value)).orElse(null);
		if (forBands == null) {
			answer.add(cards.kidneyBandOpen(reported));
		}
		return forBands;
	}

	/** The medicine names screened, and those beyond what one check takes. */
	private record Screened(ScreeningResult result, List<String> left) {
	}

	private Screened screen(PatientRecord record) {
		List<String> names = new ArrayList<>();
		record.otherMedicines().forEach((other) -> names.addAll(other.identified().screenedNames()));
		Bounded bounded = bounded(names);
		List<String> conditions = record.conditionCodes().stream().limit(ScreeningRequest.MAX_CONDITIONS).toList();
		return new Screened(this.screening.screen(new ScreeningRequest(bounded.entries(), conditions)), bounded.left());
	}

	/** The entries one check takes (as /check splits them), and those left over. */
	private record Bounded(List<String> entries, List<String> left) {
	}

	private static Bounded bounded(List<String> names) {
		Set<String> entries = new LinkedHashSet<>(RecordCards.entries(names));
		List<String> all = List.copyOf(entries);
		int taken = Math.min(all.size(), MedicationMatcher.MAX_ENTRIES);
		return new Bounded(all.subList(0, taken), all.subList(taken, all.size()));
	}

	private DraftReplacement replacement(HookCall call, Map<MedicationRequest, MedicineIdentifier.Identified> drafts,
			CdsContent.Snapshot content) {
		Map<MedicationRequest, DraftReplacement.OrderedTablet> tablets = new IdentityHashMap<>();
		drafts.forEach((order, identified) -> {
			if (identified.baclofen() && identified.isTablet() && identified.strengthMg() != null) {
				tablets.put(order, content.tablet(identified.strengthMg()));
			}
		});
		return new DraftReplacement(call, tablets, content.tablets(), content.baclofenRxnorm(), this.fhir, this.json);
	}

	private Cards cards() {
		CardTexts texts = new CardTexts(this.messages);
		String system = this.vocabulary.codeSystem(Vocabulary.OwnCodeSystem.CDS_OVERRIDE_REASON);
		List<CdsHooks.Coding> reasons = Arrays.stream(OverrideReason.values())
			.map((reason) -> new CdsHooks.Coding(system, reason.code(),
					texts.get("cds.overrideReason." + reason.name())))
			.toList();
		return new Cards(this.publicSite::link, (kind) -> texts.get("cds.link." + kind.name()), reasons);
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

}
