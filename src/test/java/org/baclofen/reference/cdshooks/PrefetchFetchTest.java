package org.baclofen.reference.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baclofen.reference.cdshooks.CdsRequests.labelSchedule;
import static org.baclofen.reference.cdshooks.CdsRequests.medicine;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import ca.uhn.fhir.context.FhirContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.baclofen.reference.ReferenceAppTest;
import org.hl7.fhir.r5.model.Bundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Missing prefetch is fetched from the client's FHIR server, here a stub on the loopback
 * address, only when the request carries an access token; the token goes to that server
 * and nowhere else.
 */
@ReferenceAppTest
class PrefetchFetchTest {

	@Autowired
	private MockMvc mvc;

	private HttpServer server;

	private final List<String> requests = new CopyOnWriteArrayList<>();

	private volatile boolean slow;

	@BeforeEach
	void startStubFhirServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/fhir", this::answer);
		this.server.start();
	}

	@AfterEach
	void stopStubFhirServer() {
		this.server.stop(0);
	}

	private void answer(HttpExchange exchange) throws IOException {
		this.requests.add(exchange.getRequestURI().getPath() + "?" + exchange.getRequestURI().getQuery() + " "
				+ exchange.getRequestHeaders().getFirst("Authorization"));
		if (this.slow) {
			try {
				Thread.sleep(5000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
		if (exchange.getRequestURI().getPath().endsWith("/MedicationRequest")) {
			bundle.addEntry().setResource(medicine("active-1", "oxycodone 5 mg tablet"));
		}
		byte[] body = FhirContext.forR5Cached()
			.newJsonParser()
			.encodeResourceToString(bundle)
			.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/fhir+json");
		exchange.sendResponseHeaders(200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/fhir";
	}

	private String call(CdsRequests request) throws Exception {
		return this.mvc
			.perform(post("/cds-services/baclofen-order-check").contentType(MediaType.APPLICATION_JSON)
				.content(request.json()))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void missingPrefetchIsFetchedWithTheGivenToken() throws Exception {
		String response = call(
				CdsRequests.orderSign().draft(labelSchedule("order-1")).fhirServer(baseUrl(), "secret-token"));
		assertThat(this.requests).hasSize(3)
			.allSatisfy((request) -> assertThat(request).contains("patient=" + CdsRequests.PATIENT)
				.endsWith(" Bearer secret-token"));
		assertThat(this.requests).anySatisfy((request) -> assertThat(request).startsWith("/fhir/MedicationRequest?"));
		assertThat(this.requests).anySatisfy(
				(request) -> assertThat(request).startsWith("/fhir/Observation?").contains("http://loinc.org|98979-8"));
		assertThat(response).contains("Baclofen + Opioids (oxycodone)").doesNotContain("Not checked");
	}

	@Test
	void withoutATokenNothingIsFetchedAndTheCardSaysSo() throws Exception {
		String response = call(CdsRequests.orderSign().draft(labelSchedule("order-1")).fhirServer(baseUrl(), null));
		assertThat(this.requests).isEmpty();
		assertThat(response).contains("Not checked: the patient's active medicines");
	}

	@Test
	void sentPrefetchIsNotFetchedAgain() throws Exception {
		call(CdsRequests.orderSignWithEmptyPrefetch()
			.draft(labelSchedule("order-1"))
			.fhirServer(baseUrl(), "secret-token"));
		assertThat(this.requests).isEmpty();
	}

	@Test
	void aSlowServerDoesNotHoldTheCall() throws Exception {
		this.slow = true;
		long start = System.nanoTime();
		String response = call(
				CdsRequests.orderSign().draft(labelSchedule("order-1")).fhirServer(baseUrl(), "secret-token"));
		assertThat(response).contains("Not checked");
		assertThat((System.nanoTime() - start) / 1_000_000_000.0).isLessThan(6.0);
	}

	@Test
	void plainHttpIsAllowedOnlyToTheLoopbackAddress() {
		assertThat(PrefetchFetcher.allowed("https://ehr.example.org/fhir")).isTrue();
		assertThat(PrefetchFetcher.allowed("http://127.0.0.1:8080/fhir")).isTrue();
		assertThat(PrefetchFetcher.allowed("http://localhost/fhir")).isTrue();
		assertThat(PrefetchFetcher.allowed("http://ehr.example.org/fhir")).isFalse();
		assertThat(PrefetchFetcher.allowed("https://user:pass@ehr.example.org/fhir")).isFalse();
		assertThat(PrefetchFetcher.allowed("file:///etc/passwd")).isFalse();
		assertThat(PrefetchFetcher.allowed("not a url")).isFalse();
	}

}
