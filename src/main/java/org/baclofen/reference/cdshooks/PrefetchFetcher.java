package org.baclofen.reference.cdshooks;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Fetches prefetch data the client did not send, from the client's own FHIR server with
 * the access token it gave, and only then: the request must carry a valid JWT of a
 * registered CDS client, and the FHIR server must be one registered for that client. An
 * unauthenticated caller can never make this service contact anything. Short timeouts, no
 * redirects and a size limit keep a slow or hostile server from holding the hook call.
 */
@Component
class PrefetchFetcher {

	private final RestClient client;

	private final int maxResponseBytes;

	PrefetchFetcher(CdsHooksSettings settings) {
		Duration connectTimeout = settings.fetch().connectTimeout();
		HttpClient http = HttpClient.newBuilder()
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
		requests.setReadTimeout(settings.fetch().readTimeout());
		this.client = RestClient.builder().requestFactory(requests).build();
		this.maxResponseBytes = settings.fetch().maxResponseBytes();
	}

	/** Whether the service may fetch for this call, and if not, why (for the card). */
	static String refusal(HookCall call) {
		if (call.fhirServer() == null || call.accessToken() == null) {
			return "The request gave no FHIR server with an access token to fetch it from.";
		}
		if (call.client() == null) {
			return "This service fetches only for CDS clients that authenticate with a registered JWT; "
					+ "this request carried none.";
		}
		if (!call.client().allows(call.fhirServer())) {
			return "The FHIR server named is not one registered for this CDS client.";
		}
		return null;
	}

	/**
	 * The call with every missing prefetch fetched where allowed; what fails stays
	 * unavailable.
	 */
	HookCall fillMissing(HookCall call, List<KidneyFunctionCode> kidneyCodes, HookRequestReader reader) {
		if (refusal(call) != null) {
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

}
