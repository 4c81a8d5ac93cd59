package org.baclofen.reference.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.baclofen.reference.ReferenceAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The CDS Hooks sandbox and browser-based EHRs call the service from another origin:
 * discovery, the services and feedback answer the preflight as the CDS Hooks
 * specification asks.
 */
@ReferenceAppTest
class CdsHooksCorsTest {

	private static final String ORIGIN = "https://sandbox.cds-hooks.org";

	@Autowired
	private MockMvc mvc;

	@Test
	void everyEndpointAnswersThePreflight() throws Exception {
		for (String path : List.of("/cds-services", "/cds-services/baclofen-order-check",
				"/cds-services/baclofen-order-select", "/cds-services/baclofen-order-check/feedback")) {
			MockHttpServletResponse preflight = this.mvc
				.perform(options(path).header(HttpHeaders.ORIGIN, ORIGIN)
					.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, path.equals("/cds-services") ? "GET" : "POST")
					.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization, content-type"))
				.andReturn()
				.getResponse();
			assertThat(preflight.getStatus()).as(path).isEqualTo(200);
			assertThat(preflight.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).as(path).isIn("*", ORIGIN);
			assertThat(preflight.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS)).as(path).contains("POST", "GET");
			assertThat(preflight.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS).toLowerCase()).as(path)
				.contains("authorization", "content-type");
		}
		MockHttpServletResponse discovery = this.mvc.perform(get("/cds-services").header(HttpHeaders.ORIGIN, ORIGIN))
			.andReturn()
			.getResponse();
		assertThat(discovery.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isIn("*", ORIGIN);
	}

	@Test
	void aRefusedTokenIsStillReadableByTheBrowserThatSentIt() throws Exception {
		MockHttpServletResponse refused = this.mvc
			.perform(post("/cds-services/baclofen-order-check").header(HttpHeaders.ORIGIN, ORIGIN)
				.header(HttpHeaders.AUTHORIZATION, "Bearer not-a-jwt")
				.contentType("application/json")
				.content("{}"))
			.andReturn()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(401);
		assertThat(refused.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isIn("*", ORIGIN);
	}

	@Test
	void otherPagesGiveNoCorsHeaders() throws Exception {
		MockHttpServletResponse page = this.mvc.perform(get("/dosing/oral").header(HttpHeaders.ORIGIN, ORIGIN))
			.andReturn()
			.getResponse();
		assertThat(page.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isNull();
	}

}
