package org.baclofen.reference.cdshooks;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hl7.fhir.r5.model.MedicationRequest;
import org.hl7.fhir.r5.model.Resource;
import tools.jackson.databind.JsonNode;

/**
 * A hook call as parsed: the draft orders, which of them the clinician selected
 * (order-select), and what each prefetch brought. Nothing in it is stored.
 *
 * @param selections the ids ("MedicationRequest/123") selected in order-select; null for
 * order-sign
 * @param draftResources every resource in the draft-orders Bundle, to resolve Medication
 * references
 * @param draftJson each draft order as the client sent it, in the order of
 * {@code draftOrders}: a suggestion copies it and changes only what it must
 * @param r4Client true when the draft orders name their medicine the FHIR R4 way, so
 * suggestions do too
 * @param client the registered CDS client whose JWT the request carried, or null
 */
public record HookCall(String hook, String hookInstance, String patientId, String fhirServer, String accessToken,
		List<MedicationRequest> draftOrders, List<JsonNode> draftJson, Set<String> selections,
		List<Resource> draftResources, Map<Prefetch, Prefetched> prefetch, boolean r4Client,
		CdsHooksSettings.Client client) {

	public HookCall {
		prefetch = new EnumMap<>(prefetch);
		if (draftJson.size() != draftOrders.size()) {
			throw new IllegalArgumentException("Each draft order keeps the JSON it was sent as");
		}
	}

	/** The order as the client sent it (R4 or R5 JSON), for a suggestion to copy. */
	public JsonNode originalOf(MedicationRequest order) {
		for (int i = 0; i < this.draftOrders.size(); i++) {
			if (this.draftOrders.get(i) == order) {
				return this.draftJson.get(i);
			}
		}
		return null;
	}

	/** The same call, authenticated as a registered client (null: anonymous). */
	public HookCall withClient(CdsHooksSettings.Client authenticated) {
		return new HookCall(this.hook, this.hookInstance, this.patientId, this.fhirServer, this.accessToken,
				this.draftOrders, this.draftJson, this.selections, this.draftResources, this.prefetch, this.r4Client,
				authenticated);
	}

	/** What one prefetch key brought. */
	public record Prefetched(State state, List<Resource> resources) {

		public enum State {

			/** The client sent it (possibly an empty Bundle: nothing on record). */
			SENT,

			/** The client did not send the key at all. */
			NOT_SENT,

			/**
			 * The client sent null, or a fetch failed: the data exists but could not be
			 * had.
			 */
			UNAVAILABLE

		}

		public static Prefetched sent(List<Resource> resources) {
			return new Prefetched(State.SENT, List.copyOf(resources));
		}

		public static final Prefetched NOT_SENT = new Prefetched(State.NOT_SENT, List.of());

		public static final Prefetched UNAVAILABLE = new Prefetched(State.UNAVAILABLE, List.of());

		public boolean isAvailable() {
			return this.state == State.SENT;
		}

		public <T extends Resource> List<T> resourcesOf(Class<T> type) {
			return this.resources.stream().filter(type::isInstance).map(type::cast).toList();
		}

	}

	public Prefetched prefetched(Prefetch key) {
		return this.prefetch.getOrDefault(key, Prefetched.NOT_SENT);
	}

	public HookCall withPrefetch(Prefetch key, Prefetched prefetched) {
		Map<Prefetch, Prefetched> updated = new EnumMap<>(this.prefetch);
		updated.put(key, prefetched);
		return new HookCall(this.hook, this.hookInstance, this.patientId, this.fhirServer, this.accessToken,
				this.draftOrders, this.draftJson, this.selections, this.draftResources, updated, this.r4Client,
				this.client);
	}

}
