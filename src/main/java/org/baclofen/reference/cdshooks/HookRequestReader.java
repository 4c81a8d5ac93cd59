package org.baclofen.reference.cdshooks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.MedicationRequest;
import org.hl7.fhir.r5.model.OperationOutcome;
import org.hl7.fhir.r5.model.Resource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Checks a hook request against the CDS Hooks 2.0 rules this service relies on and parses
 * its FHIR parts with HAPI. FHIR R4 clients are accepted: the R4 elements this service
 * reads that R5 renamed are moved to their R5 places before parsing
 * ({@link FhirVersions}). Each draft order's JSON is kept as sent, so that a suggestion
 * can copy it and change only its dosage. Anything else wrong is a
 * {@link BadHookRequestException} naming the field.
 */
public final class HookRequestReader {

	public static final Set<String> HOOKS = Set.of("order-sign", "order-select");

	/**
	 * FHIR's id rule; a patient id goes into prefetch queries, so nothing else may pass.
	 */
	private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

	/**
	 * A UUID, or something as harmless: the only request value this service ever logs.
	 */
	private static final Pattern HOOK_INSTANCE = Pattern.compile("[A-Za-z0-9\\-]{1,64}");

	private static final int MAX_SELECTIONS = 100;

	private final FhirContext fhir;

	private final ObjectMapper json;

	public HookRequestReader(FhirContext fhir, ObjectMapper json) {
		this.fhir = fhir;
		this.json = json;
	}

	public HookCall read(CdsHooks.Request request) {
		if (request.hook() == null || !HOOKS.contains(request.hook())) {
			throw new BadHookRequestException("hook",
					"This service answers the order-sign and order-select hooks only");
		}
		if (request.hookInstance() == null || !HOOK_INSTANCE.matcher(request.hookInstance()).matches()) {
			throw new BadHookRequestException("hookInstance", "is required: a UUID for this hook call");
		}
		JsonNode context = request.context();
		if (context == null || !context.isObject()) {
			throw new BadHookRequestException("context", "is required: an object with patientId and draftOrders");
		}
		String patientId = text(context, "patientId");
		if (patientId == null || !FHIR_ID.matcher(patientId).matches()) {
			throw new BadHookRequestException("context.patientId",
					"is required: a FHIR id (letters, digits, - and ., at most 64)");
		}
		JsonNode draftNode = context.get("draftOrders");
		if (draftNode == null || !draftNode.isObject()) {
			throw new BadHookRequestException("context.draftOrders",
					"is required: a FHIR Bundle of the orders being signed or selected");
		}
		boolean r4Client = FhirVersions.usesR4Medication(draftNode);
		if (!(parse(draftNode, "context.draftOrders") instanceof Bundle draftOrders)) {
			throw new BadHookRequestException("context.draftOrders", "must be a FHIR Bundle");
		}
		List<Resource> draftResources = new ArrayList<>();
		List<MedicationRequest> orders = new ArrayList<>();
		List<JsonNode> originals = new ArrayList<>();
		JsonNode entries = draftNode.get("entry");
		for (int i = 0; i < draftOrders.getEntry().size(); i++) {
			Resource resource = draftOrders.getEntry().get(i).getResource();
			if (resource == null) {
				continue;
			}
			draftResources.add(resource);
			if (resource instanceof MedicationRequest order) {
				orders.add(order);
				JsonNode original = (entries != null && entries.isArray() && i < entries.size())
						? entries.get(i).get("resource") : null;
				originals.add((original != null) ? original.deepCopy() : this.json.createObjectNode());
			}
		}
		Set<String> selections = "order-select".equals(request.hook()) ? selections(context) : null;
		Map<Prefetch, HookCall.Prefetched> prefetch = new EnumMap<>(Prefetch.class);
		for (Prefetch key : Prefetch.values()) {
			prefetch.put(key, prefetched(request.prefetch(), key));
		}
		String fhirServer = blankToNull(request.fhirServer());
		String token = (request.fhirAuthorization() != null) ? blankToNull(request.fhirAuthorization().accessToken())
				: null;
		return new HookCall(request.hook(), request.hookInstance(), patientId, fhirServer, token, orders, originals,
				selections, draftResources, prefetch, r4Client, null);
	}

	private Set<String> selections(JsonNode context) {
		JsonNode node = context.get("selections");
		if (node == null || !node.isArray() || node.size() > MAX_SELECTIONS) {
			throw new BadHookRequestException("context.selections",
					"is required for order-select: an array of the selected orders' ids, such as "
							+ "MedicationRequest/123");
		}
		Set<String> selections = new LinkedHashSet<>();
		node.forEach((selection) -> {
			if (!selection.isString()) {
				throw new BadHookRequestException("context.selections",
						"must contain strings such as MedicationRequest/123");
			}
			selections.add(selection.asString());
		});
		return selections;
	}

	private HookCall.Prefetched prefetched(Map<String, JsonNode> prefetch, Prefetch key) {
		if (prefetch == null || !prefetch.containsKey(key.key())) {
			return HookCall.Prefetched.NOT_SENT;
		}
		JsonNode node = prefetch.get(key.key());
		if (node == null || node.isNull()) {
			return HookCall.Prefetched.UNAVAILABLE;
		}
		if (!node.isObject()) {
			throw new BadHookRequestException("prefetch." + key.key(), "must be a FHIR resource or Bundle, or null");
		}
		return resources(parse(node, "prefetch." + key.key()));
	}

	/**
	 * A search Bundle's resources, or a single resource; an OperationOutcome means the
	 * query failed.
	 */
	public static HookCall.Prefetched resources(IBaseResource parsed) {
		if (parsed instanceof OperationOutcome) {
			return HookCall.Prefetched.UNAVAILABLE;
		}
		if (parsed instanceof Bundle bundle) {
			List<Resource> resources = new ArrayList<>();
			bundle.getEntry()
				.stream()
				.map(Bundle.BundleEntryComponent::getResource)
				.filter((resource) -> resource != null && !(resource instanceof OperationOutcome))
				.forEach(resources::add);
			return HookCall.Prefetched.sent(resources);
		}
		return HookCall.Prefetched.sent(List.of((Resource) parsed));
	}

	private IBaseResource parse(JsonNode node, String field) {
		try {
			return parser().parseResource(this.json.writeValueAsString(FhirVersions.r4ToR5(node.deepCopy())));
		}
		catch (DataFormatException | ClassCastException ex) {
			throw new BadHookRequestException(field, "is not a valid FHIR resource in JSON");
		}
	}

	/**
	 * Parses FHIR JSON fetched from a server, with the same leniency as the request's.
	 */
	public IBaseResource parse(String fhirJson) {
		return parser().parseResource(this.json.writeValueAsString(FhirVersions.r4ToR5(this.json.readTree(fhirJson))));
	}

	/**
	 * Unknown elements (other FHIR versions' extras) are skipped without being logged:
	 * they are patient data.
	 */
	private IParser parser() {
		return this.fhir.newJsonParser().setParserErrorHandler(new LenientErrorHandler(false));
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value != null && value.isString()) ? value.asString() : null;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
