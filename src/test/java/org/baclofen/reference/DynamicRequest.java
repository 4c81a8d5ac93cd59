package org.baclofen.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Every request the app computes for each call rather than serving from the page cache:
 * what an EHR or a clinician's tool sends, each with a phrase its answer must show. The
 * benchmark ({@code .ci/benchmark}, which reads this list) and the statement-count and
 * published-edit tests send exactly these; a POST's body is the file of that name in
 * {@code .ci/wrk}.
 */
public record DynamicRequest(String method, String path, String body, String contentType, String expectedText) {

	public static final List<DynamicRequest> ALL = List.of(
			new DynamicRequest("POST", "/cds-services/baclofen-order-check", "cds-order-check.json", "application/json",
					"Baclofen + Opioids"),
			new DynamicRequest("GET", "/fhir/r5/MedicationKnowledge/baclofen", "", "", "\"MedicationKnowledge\""),
			new DynamicRequest("GET", "/fhir/r5/ClinicalUseDefinition?type=interaction", "", "", "\"searchset\""),
			new DynamicRequest("POST", "/titration/plan", "titration-plan.form", "application/x-www-form-urlencoded",
					"Target reduced from 60"),
			new DynamicRequest("POST", "/api/titration/check", "titration-check.json", "application/json",
					"\"verdict\""),
			new DynamicRequest("POST", "/api/interactions/check", "interactions-check.json", "application/json",
					"\"interactant\":\"Opioids\""),
			new DynamicRequest("GET", "/api/titration/plan?targetDailyMg=60", "", "", "\"finalDailyMg\":60"));

	/** Where the benchmark's request bodies are, from the project's root. */
	static final Path BODIES = Path.of(".ci", "wrk");

	/** The request as MockMvc sends it; a form body is sent as the form's parameters. */
	public MockHttpServletRequestBuilder request() {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(this.method),
				this.path);
		if (this.body.isEmpty()) {
			return request;
		}
		String content = bodyText();
		request.contentType(this.contentType);
		if (MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(MediaType.parseMediaType(this.contentType))) {
			for (String pair : content.strip().split("&")) {
				String[] nameAndValue = pair.split("=", 2);
				request.param(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8),
						URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8));
			}
			return request;
		}
		return request.content(content);
	}

	private String bodyText() {
		try {
			return Files.readString(BODIES.resolve(this.body));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public String toString() {
		return this.method + " " + this.path;
	}

}
