package org.baclofen.reference.cdshooks;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hl7.fhir.r5.model.MedicationRequest;
import org.hl7.fhir.r5.model.Resource;

/**
 * A hook call as parsed: the draft orders, which of them the clinician selected
 * (order-select), and what each prefetch brought. Nothing in it is stored.
 *
 * @param selections the ids ("MedicationRequest/123") selected in order-select; null for
 * order-sign
 * @param draftResources every resource in the draft-orders Bundle, to resolve Medication
 * references
 * @param r4Client true when the draft orders name their medicine the FHIR R4 way, so
 * suggestions do too
 */
public record HookCall(String hook, String hookInstance, String patientId, String fhirServer, String accessToken,
		List<MedicationRequest> draftOrders, Set<String> selections, List<Resource> draftResources,
		Map<Prefetch, Prefetched> prefetch, boolean r4Client) {

	public HookCall {
		prefetch = new EnumMap<>(prefetch);
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
				this.draftOrders, this.selections, this.draftResources, updated, this.r4Client);
	}

	/**
	 * True when the service may fetch missing data itself: the client gave a server and a
	 * token.
	 */
	public boolean canFetch() {
		return this.fhirServer != null && this.accessToken != null;
	}

}
