package org.baclofen.reference.cdshooks;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Fetches prefetch data the client did not send, from the client's own FHIR server with
 * the access token it gave, and only then. Short timeouts, no redirects and a size limit
 * keep a slow or hostile server from holding the hook call; plain http is allowed only to
 * the loopback address (local test servers).
 */
@Component
class PrefetchFetcher {

	private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

	private final RestClient client;

	private final int maxResponseBytes;

	PrefetchFetcher(@Value("${baclofen.cds-hooks.fetch.connect-timeout}") Duration connectTimeout,
			@Value("${baclofen.cds-hooks.fetch.read-timeout}") Duration readTimeout,
			@Value("${baclofen.cds-hooks.fetch.max-response-bytes}") int maxResponseBytes) {
		HttpClient http = HttpClient.newBuilder()
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
		requests.setReadTimeout(readTimeout);
		this.client = RestClient.builder().requestFactory(requests).build();
		this.maxResponseBytes = maxResponseBytes;
	}

	/**
	 * The call with every missing prefetch fetched where allowed; what fails stays
	 * unavailable.
	 */
	HookCall fillMissing(HookCall call, List<KidneyFunctionCode> kidneyCodes, HookRequestReader reader) {
		if (!call.canFetch() || !allowed(call.fhirServer())) {
			return call;
		}
		HookCall filled = call;
		for (Prefetch key : Prefetch.values()) {
			if (!call.prefetched(key).isAvailable()) {
				HookCall.Prefetched fetched = fetch(call, key.template(kidneyCodes), reader);
				if (fetched == null) {
					// Unreachable or too slow: the other queries would only wait as long
					// again.
					return filled;
				}
				filled = filled.withPrefetch(key, fetched);
			}
		}
		return filled;
	}

	/**
	 * What the server answered (unavailable when it refused or sent no FHIR); null when
	 * it did not answer.
	 */
	private HookCall.Prefetched fetch(HookCall call, String template, HookRequestReader reader) {
		String url = call.fhirServer().replaceAll("/+$", "") + "/"
				+ template.replace("{{context.patientId}}", call.patientId());
		try {
			String body = this.client.get()
				.uri(url)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + call.accessToken())
				.header(HttpHeaders.ACCEPT, "application/fhir+json")
				.exchange((request, response) -> response.getStatusCode().is2xxSuccessful()
						? bounded(response.getBody()) : null);
			return (body == null) ? HookCall.Prefetched.UNAVAILABLE : HookRequestReader.resources(reader.parse(body));
		}
		catch (org.springframework.web.client.ResourceAccessException ex) {
			return null;
		}
		catch (RuntimeException ex) {
			return HookCall.Prefetched.UNAVAILABLE;
		}
	}

	private String bounded(InputStream body) throws IOException {
		byte[] bytes = body.readNBytes(this.maxResponseBytes + 1);
		return (bytes.length > this.maxResponseBytes) ? null : new String(bytes, StandardCharsets.UTF_8);
	}

	static boolean allowed(String fhirServer) {
		try {
			URI uri = URI.create(fhirServer);
			String scheme = (uri.getScheme() == null) ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (uri.getHost() == null || uri.getUserInfo() != null) {
				return false;
			}
			return "https".equals(scheme)
					|| ("http".equals(scheme) && LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
