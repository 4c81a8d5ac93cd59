package org.baclofen.reference.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baclofen.reference.cdshooks.CdsRequests.labelSchedule;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import org.baclofen.reference.ReferenceAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * CDS Hooks 2.0 "Trusting CDS Clients": a request with a bearer JWT is answered only when
 * the JWT is signed by a registered issuer's key, addressed to the endpoint called, not
 * expired nor valid for more than 5 minutes, and its jti not used before; anything else
 * is a 401. A request without a token is answered (from its prefetch).
 */
@ReferenceAppTest
class CdsClientAuthenticationTest {

	@Autowired
	private MockMvc mvc;

	@BeforeEach
	void resetStubs() {
		EhrStubs.get().reset();
	}

	private MockHttpServletResponse call(String authorization) throws Exception {
		var request = post("/cds-services/baclofen-order-check").contentType(MediaType.APPLICATION_JSON)
			.content(CdsRequests.orderSignWithEmptyPrefetch().draft(labelSchedule("order-1")).json());
		if (authorization != null) {
			request.header(HttpHeaders.AUTHORIZATION, authorization);
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private int status(ClientTokens token) throws Exception {
		return call("Bearer " + token.sign()).getStatus();
	}

	@Test
	void aValidTokenOfEitherRegisteredClientIsAccepted() throws Exception {
		assertThat(status(ClientTokens.ehr())).as("RS384, keys from the JWKS address").isEqualTo(200);
		assertThat(status(ClientTokens.sandbox())).as("ES384, keys registered inline").isEqualTo(200);
		assertThat(call(null).getStatus()).as("no token: anonymous").isEqualTo(200);
	}

	@Test
	void anInvalidTokenIs401() throws Exception {
		assertThat(call("Bearer not-a-jwt").getStatus()).isEqualTo(401);
		assertThat(call("Bearer not-a-jwt").getHeader(HttpHeaders.WWW_AUTHENTICATE)).contains("invalid_token");
		assertThat(status(ClientTokens.ehr().issuer("https://unregistered.test"))).isEqualTo(401);
		assertThat(status(ClientTokens.ehr().signedByAnotherKey())).isEqualTo(401);
		assertThat(status(ClientTokens.ehr().audience("https://reference.test/cds-services/baclofen-order-select")))
			.as("a token for another endpoint")
			.isEqualTo(401);
		assertThat(status(ClientTokens.ehr().audience("http://localhost/cds-services/baclofen-order-check")))
			.as("the address the request arrived at is not the public address")
			.isEqualTo(401);
		assertThat(status(ClientTokens.ehr().expires(Instant.now().minusSeconds(120)))).as("expired").isEqualTo(401);
		assertThat(status(ClientTokens.ehr().expires(Instant.now().plusSeconds(600))))
			.as("valid for more than 5 minutes")
			.isEqualTo(401);
		assertThat(status(ClientTokens.ehr().jti(null))).as("no jti").isEqualTo(401);
		String unsigned = new PlainJWT(new PlainHeader(),
				new JWTClaimsSet.Builder().issuer(EhrStubs.EHR_ISSUER)
					.subject("x")
					.audience(ClientTokens.SERVICE_URL)
					.expirationTime(Date.from(Instant.now().plusSeconds(60)))
					.issueTime(new Date())
					.jwtID("unsigned-1")
					.build())
			.serialize();
		assertThat(call("Bearer " + unsigned).getStatus()).as("alg none").isEqualTo(401);
	}

	@Test
	void aTokenIsAcceptedOnce() throws Exception {
		String token = ClientTokens.ehr().sign();
		assertThat(call("Bearer " + token).getStatus()).isEqualTo(200);
		assertThat(call("Bearer " + token).getStatus()).isEqualTo(401);
	}

	/**
	 * Many requests racing with one token: exactly one is answered, the others are 401,
	 * none fails.
	 */
	@Test
	void racingRequestsWithOneTokenAreAnsweredOnce() throws Exception {
		String token = ClientTokens.sandbox().sign();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Integer>> calls = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				calls.add(() -> call("Bearer " + token).getStatus());
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> status : pool.invokeAll(calls)) {
				statuses.add(status.get());
			}
			assertThat(statuses).containsOnly(200, 401);
			assertThat(statuses.stream().filter((status) -> status == 200).count()).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

}
