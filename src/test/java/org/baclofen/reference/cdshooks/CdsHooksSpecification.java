package org.baclofen.reference.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import tools.jackson.databind.JsonNode;

/**
 * The CDS Hooks 2.0 rules for a service's response, as an EHR relies on them: every card
 * has a summary under 140 characters, an indicator of info, warning or critical and a
 * source with a label; uuids are UUIDs and unique; a card with suggestions says how they
 * may be selected; every suggestion has a label, every action a type and a description,
 * and a create or update action a resource that is valid FHIR in the version the client
 * speaks (parsed strictly: an unknown element fails); override reasons are codings with a
 * system and a code; links have a label, an absolute URL and the type "absolute".
 */
final class CdsHooksSpecification {

	private static final Set<String> INDICATORS = Set.of("info", "warning", "critical");

	private static final Set<String> SELECTION = Set.of("at-most-one", "any");

	private static final Set<String> ACTIONS = Set.of("create", "update", "delete");

	private CdsHooksSpecification() {
	}

	/**
	 * Checks a response; the suggested resources must parse as FHIR R4 when {@code r4},
	 * else R5.
	 */
	static void check(JsonNode response, boolean r4) {
		assertThat(response.isObject()).as("the response is a JSON object").isTrue();
		assertThat(response.get("cards")).as("cards is required").isNotNull();
		assertThat(response.get("cards").isArray()).isTrue();
		Set<String> uuids = new HashSet<>();
		for (JsonNode card : response.get("cards")) {
			String at = card.toString();
			assertThat(card.get("summary").asString()).as(at).isNotBlank().hasSizeLessThan(140);
			assertThat(INDICATORS).as(at).contains(card.get("indicator").asString());
			assertThat(card.get("source").get("label").asString()).as(at).isNotBlank();
			if (card.get("source").has("url")) {
				assertThat(URI.create(card.get("source").get("url").asString()).isAbsolute()).as(at).isTrue();
			}
			if (card.has("uuid")) {
				assertThat(uuids.add(UUID.fromString(card.get("uuid").asString()).toString())).as("unique uuid")
					.isTrue();
			}
			if (card.has("detail")) {
				assertThat(card.get("detail").isString()).as(at).isTrue();
			}
			if (card.has("suggestions") && !card.get("suggestions").isEmpty()) {
				assertThat(SELECTION).as(at).contains(card.get("selectionBehavior").asString());
				for (JsonNode suggestion : card.get("suggestions")) {
					assertThat(suggestion.get("label").asString()).as(at).isNotBlank();
					if (suggestion.has("uuid")) {
						assertThat(uuids.add(UUID.fromString(suggestion.get("uuid").asString()).toString())).isTrue();
					}
					if (suggestion.has("isRecommended")) {
						assertThat(suggestion.get("isRecommended").isBoolean()).isTrue();
					}
					for (JsonNode action : suggestion.get("actions")) {
						assertThat(ACTIONS).as(at).contains(action.get("type").asString());
						assertThat(action.get("description").asString()).as(at).isNotBlank();
						if (!"delete".equals(action.get("type").asString())) {
							parseStrictly(action.get("resource"), r4);
						}
					}
				}
			}
			if (card.has("overrideReasons")) {
				assertThat(card.get("overrideReasons").isArray()).isTrue();
				for (JsonNode reason : card.get("overrideReasons")) {
					assertThat(reason.get("system").asString()).as(at).isNotBlank();
					assertThat(reason.get("code").asString()).as(at).isNotBlank();
					assertThat(reason.get("display").asString()).as(at).isNotBlank();
				}
			}
			if (card.has("links")) {
				for (JsonNode link : card.get("links")) {
					assertThat(link.get("label").asString()).as(at).isNotBlank();
					assertThat(URI.create(link.get("url").asString()).isAbsolute()).as(at).isTrue();
					assertThat(link.get("type").asString()).as(at).isEqualTo("absolute");
				}
			}
		}
	}

	private static void parseStrictly(JsonNode resource, boolean r4) {
		FhirContext context = r4 ? FhirContext.forR4Cached() : FhirContext.forR5Cached();
		IParser parser = context.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
		assertThat(parser.parseResource(resource.toString()).fhirType()).isEqualTo("MedicationRequest");
	}

}
