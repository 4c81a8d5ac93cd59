package org.baclofen.reference.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baclofen.reference.cdshooks.CdsRequests.labelSchedule;
import static org.baclofen.reference.cdshooks.CdsRequests.medicine;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.util.List;

import org.baclofen.reference.ReferenceAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Missing prefetch is fetched only for a registered CDS client whose JWT is valid, only
 * from a FHIR server registered for it, with the access token it gave. An anonymous
 * caller can never make the service contact anything: a loopback listener named as the
 * FHIR server receives nothing.
 */
@ReferenceAppTest
class PrefetchFetchTest {

	@Autowired
	private MockMvc mvc;

	private final EhrStubs stubs = EhrStubs.get();

	@BeforeEach
	void resetStubs() {
		this.stubs.reset();
	}

	private String call(CdsRequests request, String jwt) throws Exception {
		MockHttpServletRequestBuilder post = post("/cds-services/baclofen-order-check")
			.contentType(MediaType.APPLICATION_JSON)
			.content(request.json());
		if (jwt != null) {
			post.header(HttpHeaders.AUTHORIZATION, "Bearer " + jwt);
		}
		MockHttpServletResponse response = this.mvc.perform(post).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		return response.getContentAsString();
	}

	@Test
	void anAuthenticatedClientsMissingPrefetchIsFetchedFromItsServerWithItsToken() throws Exception {
		this.stubs.answerFhir((path) -> path.endsWith("/MedicationRequest")
				? List.of(medicine("active-1", "oxycodone 5 mg tablet")) : List.of());
		String response = call(CdsRequests.orderSign()
			.draft(labelSchedule("order-1"))
			.fhirServer(this.stubs.fhirServer(), "secret-token"), ClientTokens.ehr().sign());
		assertThat(this.stubs.fhirRequests).hasSize(Prefetch.values().length)
			.allSatisfy((request) -> assertThat(request)
				.containsAnyOf("patient=" + CdsRequests.PATIENT, "/fhir/Patient/" + CdsRequests.PATIENT + "?")
				.endsWith(" Bearer secret-token"));
		assertThat(this.stubs.fhirRequests)
			.anySatisfy((request) -> assertThat(request).startsWith("/fhir/MedicationRequest?"))
			.anySatisfy((request) -> assertThat(request).startsWith("/fhir/AllergyIntolerance?"))
			.anySatisfy((request) -> assertThat(request).startsWith("/fhir/Observation?")
				.contains("http://loinc.org|98979-8"));
		assertThat(response).contains("Baclofen + Opioids (oxycodone").doesNotContain("Not checked");
	}

	@Test
	void anAnonymousCallerCannotMakeTheServiceContactAnything() throws Exception {
		String toListener = call(CdsRequests.orderSign()
			.draft(labelSchedule("order-1"))
			.fhirServer(this.stubs.listener(), "secret-token"), null);
		String toRegisteredServer = call(CdsRequests.orderSign()
			.draft(labelSchedule("order-1"))
			.fhirServer(this.stubs.fhirServer(), "secret-token"), null);
		assertThat(this.stubs.listenerRequests).isEmpty();
		assertThat(this.stubs.fhirRequests).isEmpty();
		// The answers do not tell a listening port from a FHIR server: both say the same.
		assertThat(toListener.replaceAll("\"uuid\":\"[^\"]+\"", ""))
			.isEqualTo(toRegisteredServer.replaceAll("\"uuid\":\"[^\"]+\"", ""))
			.contains("Not checked: the patient's active medicines")
			.contains("authenticate with a registered JWT");
	}

	@Test
	void anAuthenticatedClientCannotNameAServerNotRegisteredForIt() throws Exception {
		String response = call(CdsRequests.orderSign()
			.draft(labelSchedule("order-1"))
			.fhirServer(this.stubs.listener(), "secret-token"), ClientTokens.ehr().sign());
		assertThat(this.stubs.listenerRequests).isEmpty();
		assertThat(response).contains("not one registered for this CDS client");
		// The sandbox is registered with another server: the EHR's server is not its own.
		call(CdsRequests.orderSign().draft(labelSchedule("order-2")).fhirServer(this.stubs.fhirServer(), "t"),
				ClientTokens.sandbox().sign());
		assertThat(this.stubs.fhirRequests).isEmpty();
	}

	@Test
	void sentPrefetchIsNotFetchedAgain() throws Exception {
		call(CdsRequests.orderSignWithEmptyPrefetch()
			.draft(labelSchedule("order-1"))
			.fhirServer(this.stubs.fhirServer(), "secret-token"), ClientTokens.ehr().sign());
		assertThat(this.stubs.fhirRequests).isEmpty();
	}

	@Test
	void aSlowServerDoesNotHoldTheCall() throws Exception {
		this.stubs.slowFhir();
		long start = System.nanoTime();
		String response = call(CdsRequests.orderSign()
			.draft(labelSchedule("order-1"))
			.fhirServer(this.stubs.fhirServer(), "secret-token"), ClientTokens.ehr().sign());
		assertThat(response).contains("Not checked");
		assertThat((System.nanoTime() - start) / 1_000_000_000.0).isLessThan(6.0);
		assertThat(this.stubs.fhirRequests).hasSize(1);
	}

	@Test
	void aRegisteredServerMatchesWhateverTheCaseOrTrailingSlashButNothingElse() {
		CdsHooksSettings.Client client = new CdsHooksSettings.Client("https://ehr.example.org", null, "{\"keys\":[]}",
				List.of(URI.create("https://EHR.example.org/fhir/r4/"), URI.create("http://127.0.0.1:8080/fhir")));
		assertThat(client.allows("https://ehr.example.org/fhir/r4")).isTrue();
		assertThat(client.allows("https://ehr.example.org/fhir/r4/")).isTrue();
		assertThat(client.allows("http://127.0.0.1:8080/fhir")).isTrue();
		assertThat(client.allows("https://ehr.example.org/fhir")).isFalse();
		assertThat(client.allows("https://ehr.example.org/fhir/r4/Patient?x=1")).isFalse();
		assertThat(client.allows("http://ehr.example.org/fhir/r4")).isFalse();
		assertThat(client.allows("https://user:pass@ehr.example.org/fhir/r4")).isFalse();
		assertThat(client.allows("http://127.0.0.1:8081/fhir")).isFalse();
		assertThat(client.allows("not a url")).isFalse();
	}

	@Test
	void aClientMayNotBeRegisteredWithAPlainHttpServerOffTheLoopbackAddress() {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> new CdsHooksSettings.Client("https://ehr.example.org", null, "{\"keys\":[]}",
					List.of(URI.create("http://ehr.example.org/fhir"))))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
