package org.baclofen.reference.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The database stops while the application runs: pages and the API answer 503 within
 * about two seconds instead of hanging, health says DOWN as fast, and everything works
 * again by itself once the database is back. Each database runs as a server over
 * loopback, so it can really go away.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class DatabaseOutageScenario {

	private static final Duration FAST = Duration.ofMillis(2500);

	private static final long POOL_CHECK_GRACE = 700;

	@Autowired
	private MockMvc mvc;

	/**
	 * Stops the database the way an outage would: its connections and its port go away.
	 */
	abstract void stopDatabase() throws Exception;

	abstract void startDatabase() throws Exception;

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("outage");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Timed(MockHttpServletResponse response, Duration took) {
	}

	private Timed timed(MockHttpServletRequestBuilder request) throws Exception {
		Instant start = Instant.now();
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		return new Timed(response, Duration.between(start, Instant.now()));
	}

	@Test
	void anOutageIsAFast503AndRecoversByItself() throws Exception {
		assertThat(timed(get("/dosing/oral")).response().getStatus()).isEqualTo(200);
		stopDatabase();
		// Past the pool's half-second grace, connections are checked before use: what a
		// visitor meets after
		// an outage began, rather than a connection that happens to fail at once.
		Thread.sleep(POOL_CHECK_GRACE);
		try {
			Timed page = timed(get("/dosing/oral").accept(MediaType.TEXT_HTML));
			Timed api = timed(post("/api/titration/check").contentType(MediaType.APPLICATION_JSON)
				.content("{\"steps\": [{\"days\": 3, \"doseMg\": 5, \"timesPerDay\": 3}]}"));
			Timed health = timed(get("/actuator/health"));
			System.out.printf("During the outage: page %d in %d ms, API %d in %d ms, health %d in %d ms%n",
					page.response().getStatus(), page.took().toMillis(), api.response().getStatus(),
					api.took().toMillis(), health.response().getStatus(), health.took().toMillis());
			assertThat(page.response().getStatus()).isEqualTo(503);
			assertThat(page.response().getContentAsString()).contains("The reference is temporarily unavailable");
			assertThat(page.took()).isLessThan(FAST);
			assertThat(api.response().getStatus()).isEqualTo(503);
			assertThat(api.response().getContentAsString()).contains("\"field\":\"database\"");
			assertThat(api.took()).isLessThan(FAST);
			assertThat(health.response().getStatus()).isEqualTo(503);
			assertThat(health.response().getContentAsString()).contains("DOWN");
			assertThat(health.took()).isLessThan(FAST);
		}
		finally {
			startDatabase();
		}
		Instant back = Instant.now();
		int status = 0;
		while (status != 200 && Duration.between(back, Instant.now()).toSeconds() < 10) {
			Thread.sleep(POOL_CHECK_GRACE);
			status = this.mvc.perform(get("/dosing/oral")).andReturn().getResponse().getStatus();
		}
		System.out.printf("Pages answered again %d ms after the database came back%n",
				Duration.between(back, Instant.now()).toMillis());
		assertThat(status).isEqualTo(200);
		assertThat(this.mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus()).isEqualTo(200);
	}

}
