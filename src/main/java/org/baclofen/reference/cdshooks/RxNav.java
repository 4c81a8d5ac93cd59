package org.baclofen.reference.cdshooks;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Resolves an RxNorm code to its name, term type and ingredients through the RxNorm REST
 * API: {@code /rxcui/{rxcui}/properties.json}, and for anything but an ingredient
 * {@code /rxcui/{rxcui}/related.json?tty=IN}. Answers are cached; a hook call looks up a
 * bounded number of codes within a time budget, and stops asking once RxNav has failed,
 * so an unreachable RxNav costs one short timeout, not one per code.
 */
@Component
class RxNav {

	/** An RxCUI: digits only, so nothing else reaches the request path. */
	private static final Pattern RXCUI = Pattern.compile("[0-9]{1,10}");

	private static final int MAX_RESPONSE_BYTES = 256 * 1024;

	private static final java.util.Set<String> INGREDIENT_TYPES = java.util.Set.of("IN", "PIN", "MIN");

	/** What a look-up found. */
	sealed interface Lookup permits Found, NotFound, Unavailable {

	}

	/** The concept: its RxNorm name, term type and ingredient names. */
	record Found(String rxcui, String name, String termType, List<String> ingredients) implements Lookup {

		Found {
			ingredients = List.copyOf(ingredients);
		}

	}

	/** RxNorm has no such concept (or not an active one). */
	record NotFound(String rxcui) implements Lookup {

	}

	/**
	 * RxNav could not be asked, or did not answer in time: the code is not known either
	 * way.
	 */
	record Unavailable(String rxcui, String reason) implements Lookup {

	}

	private final RestClient client;

	private final ObjectMapper json;

	private final RxNormSettings settings;

	private final Clock clock;

	private final Cache<String, Lookup> answers;

	RxNav(RxNormSettings settings, ObjectMapper json, Clock clock) {
		HttpClient http = HttpClient.newBuilder()
			.connectTimeout(settings.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
		requests.setReadTimeout(settings.readTimeout());
		this.client = RestClient.builder().requestFactory(requests).build();
		this.json = json;
		this.settings = settings;
		this.clock = clock;
		this.answers = Caffeine.newBuilder()
			.maximumSize(settings.cacheSize())
			.expireAfterWrite(settings.cacheFor())
			.build();
	}

	/** A budget for the look-ups of one hook call. */
	Session session() {
		return new Session(this.clock.instant().plus(this.settings.budget()), this.settings.maxLookups());
	}

	/** The look-ups of one hook call, within its budget. */
	final class Session {

		private final Instant deadline;

		private int lookupsLeft;

		private String failure;

		private Session(Instant deadline, int lookups) {
			this.deadline = deadline;
			this.lookupsLeft = lookups;
		}

		Lookup lookup(String rxcui) {
			String code = (rxcui == null) ? "" : rxcui.strip();
			if (!RXCUI.matcher(code).matches()) {
				return new NotFound(code);
			}
			Lookup cached = RxNav.this.answers.getIfPresent(code);
			if (cached != null) {
				return cached;
			}
			if (this.failure != null) {
				return new Unavailable(code, this.failure);
			}
			if (this.lookupsLeft <= 0 || RxNav.this.clock.instant().isAfter(this.deadline)) {
				return new Unavailable(code, "too many codes to look up in one call");
			}
			this.lookupsLeft--;
			Lookup answer = ask(code);
			if (answer instanceof Unavailable unavailable) {
				this.failure = unavailable.reason();
			}
			else {
				RxNav.this.answers.put(code, answer);
			}
			return answer;
		}

	}

	private Lookup ask(String rxcui) {
		try {
			JsonNode properties = get("/rxcui/" + rxcui + "/properties.json").path("properties");
			String name = text(properties, "name");
			String termType = text(properties, "tty");
			if (name == null || termType == null) {
				return new NotFound(rxcui);
			}
			if (INGREDIENT_TYPES.contains(termType)) {
				return new Found(rxcui, name, termType, List.of(name));
			}
			List<String> ingredients = new ArrayList<>();
			for (JsonNode group : get("/rxcui/" + rxcui + "/related.json?tty=IN").path("relatedGroup")
				.path("conceptGroup")) {
				for (JsonNode concept : group.path("conceptProperties")) {
					String ingredient = text(concept, "name");
					if (ingredient != null && !ingredients.contains(ingredient)) {
						ingredients.add(ingredient);
					}
				}
			}
			return new Found(rxcui, name, termType, ingredients);
		}
		catch (RuntimeException | IOException ex) {
			return new Unavailable(rxcui, "RxNav did not answer");
		}
	}

	private JsonNode get(String path) throws IOException {
		byte[] body = this.client.get()
			.uri(this.settings.baseUrl() + path)
			.header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
			.exchange((request, response) -> {
				if (!response.getStatusCode().is2xxSuccessful()) {
					throw new IOException("RxNav answered " + response.getStatusCode().value());
				}
				return bounded(response.getBody());
			});
		return this.json.readTree(body);
	}

	private static byte[] bounded(InputStream body) throws IOException {
		byte[] bytes = body.readNBytes(MAX_RESPONSE_BYTES + 1);
		if (bytes.length > MAX_RESPONSE_BYTES) {
			throw new IOException("RxNav's answer is larger than expected");
		}
		return bytes;
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value != null && value.isString() && !value.asString().isBlank()) ? value.asString().strip() : null;
	}

}
