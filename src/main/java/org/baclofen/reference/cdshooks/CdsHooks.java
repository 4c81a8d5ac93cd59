package org.baclofen.reference.cdshooks;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/**
 * The CDS Hooks 2.0 wire format, as far as this service uses it: discovery, the hook
 * request, and the cards it answers with. Optional fields are left out of the JSON when
 * empty, as the specification expects.
 */
public final class CdsHooks {

	private CdsHooks() {
	}

	/** {@code GET /cds-services}. */
	public record Discovery(List<Service> services) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Service(String hook, String title, String description, String id, Map<String, String> prefetch,
			String usageRequirements) {
	}

	/**
	 * A hook call; {@code context} and {@code prefetch} hold FHIR JSON, parsed with HAPI
	 * afterwards.
	 */
	public record Request(String hook, String hookInstance, String fhirServer, Authorization fhirAuthorization,
			JsonNode context, Map<String, JsonNode> prefetch) {
	}

	public record Authorization(@JsonProperty("access_token") String accessToken,
			@JsonProperty("token_type") String tokenType, @JsonProperty("expires_in") Integer expiresIn, String scope,
			String subject, String patient) {
	}

	public record Response(List<Card> cards) {
	}

	public enum Indicator {

		info, warning, critical

	}

	/**
	 * A card; {@code overrideReasons} are the codes a clinician may choose from when
	 * overriding it (CDS Hooks 2.0), given on critical cards.
	 */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Card(String uuid, String summary, String detail, Indicator indicator, Source source,
			List<Suggestion> suggestions, String selectionBehavior, List<Coding> overrideReasons, List<Link> links) {

		/**
		 * The specification asks for summaries under 140 characters; longer text goes to
		 * the detail.
		 */
		public static final int MAX_SUMMARY = 139;

		public Card {
			if (summary == null || summary.isBlank() || summary.length() > MAX_SUMMARY) {
				throw new IllegalArgumentException("A card summary is 1 to " + MAX_SUMMARY + " characters: " + summary);
			}
			if (indicator == null || source == null) {
				throw new IllegalArgumentException("A card has an indicator and a source");
			}
			if (suggestions != null && !suggestions.isEmpty() && selectionBehavior == null) {
				throw new IllegalArgumentException("Cards with suggestions say how they may be selected");
			}
		}

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Source(String label, String url) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Suggestion(String label, String uuid, Boolean isRecommended, List<Action> actions) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Action(String type, String description, JsonNode resource) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Link(String label, String url, String type) {
	}

	/** A FHIR Coding in the CDS Hooks JSON (override reasons, feedback). */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Coding(String system, String code, String display) {
	}

	/** {@code POST /cds-services/{id}/feedback}: what became of the cards. */
	public record Feedback(List<CardFeedback> feedback) {
	}

	/**
	 * One card's outcome; the user's comment is never read, since it may name the
	 * patient.
	 */
	public record CardFeedback(String card, String outcome, List<AcceptedSuggestion> acceptedSuggestions,
			OverrideReason overrideReason, String outcomeTimestamp) {
	}

	public record AcceptedSuggestion(String id) {
	}

	public record OverrideReason(Coding reason, String userComment) {
	}

}
