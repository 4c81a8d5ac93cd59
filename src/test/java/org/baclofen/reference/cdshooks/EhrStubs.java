package org.baclofen.reference.cdshooks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import ca.uhn.fhir.context.FhirContext;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.Resource;

/**
 * Everything outside the app a CDS Hooks test needs, on one loopback HTTP server started
 * once per test JVM: a stub of the two RxNav REST shapes the service reads, the JWKS of a
 * test EHR, a FHIR server registered for that EHR, and an unregistered listener that must
 * never be called. Keys are generated here, for the tests only. The RxNorm codes from
 * 990000 up are invented for the tests; the others answer as RxNav does.
 */
public final class EhrStubs {

	/** The test EHR that publishes its keys at a JWKS address (RSA). */
	public static final String EHR_ISSUER = "https://ehr.test";

	/** The test sandbox whose keys are registered inline (EC). */
	public static final String SANDBOX_ISSUER = "https://sandbox.test";

	private static EhrStubs instance;

	private final HttpServer server;

	private final RSAKey ehrKey;

	private final ECKey sandboxKey;

	/**
	 * "path?query Authorization" of every request to the FHIR server and the listener.
	 */
	final List<String> fhirRequests = new CopyOnWriteArrayList<>();

	final List<String> listenerRequests = new CopyOnWriteArrayList<>();

	final List<String> rxnavRequests = new CopyOnWriteArrayList<>();

	private volatile Function<String, List<Resource>> fhirAnswers = (path) -> List.of();

	private volatile boolean fhirSlow;

	private volatile boolean rxnavDown;

	private static final Map<String, String> RXNAV_PROPERTIES = Map.of("617993",
			property("617993", "amoxicillin 120 MG/ML / clavulanate potassium 8.58 MG/ML Oral Suspension", "SCD"),
			"990001", property("990001", "baclofen 5 MG/ML Oral Suspension", "SCD"), "990002",
			property("990002", "acetaminophen 325 MG / oxycodone hydrochloride 5 MG Oral Tablet", "SCD"), "990003",
			property("990003", "warfarin", "IN"), "990010", property("990010", "baclofen 10 MG Oral Tablet", "SCD"));

	private static final Map<String, List<String>> RXNAV_INGREDIENTS = Map.of("617993",
			List.of("amoxicillin", "clavulanate"), "990001", List.of("baclofen"), "990002",
			List.of("acetaminophen", "oxycodone"), "990010", List.of("baclofen"));

	private EhrStubs() throws IOException, JOSEException {
		this.ehrKey = new RSAKeyGenerator(2048).keyID("ehr-key-1").generate();
		this.sandboxKey = new ECKeyGenerator(Curve.P_384).keyID("sandbox-key-1").generate();
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/rxnav", this::rxnav);
		this.server.createContext("/jwks", (exchange) -> send(exchange, 200,
				new JWKSet(this.ehrKey.toPublicJWK()).toString(), "application/json"));
		this.server.createContext("/fhir", this::fhir);
		this.server.createContext("/listener", (exchange) -> {
			this.listenerRequests.add(exchange.getRequestURI().toString());
			send(exchange, 200, "{}", "application/fhir+json");
		});
		this.server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
		this.server.start();
	}

	public static synchronized EhrStubs get() {
		if (instance == null) {
			try {
				instance = new EhrStubs();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (JOSEException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return instance;
	}

	public String base() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** The FHIR server registered for the test EHR. */
	public String fhirServer() {
		return base() + "/fhir";
	}

	/** A loopback listener registered for nobody. */
	public String listener() {
		return base() + "/listener";
	}

	RSAKey ehrKey() {
		return this.ehrKey;
	}

	ECKey sandboxKey() {
		return this.sandboxKey;
	}

	/** The sandbox's public keys, as registered inline. */
	public String sandboxJwks() {
		return new JWKSet(this.sandboxKey.toPublicJWK()).toString();
	}

	/** Back to the defaults: empty answers, fast, RxNav up, nothing recorded. */
	void reset() {
		this.fhirAnswers = (path) -> List.of();
		this.fhirSlow = false;
		this.rxnavDown = false;
		this.fhirRequests.clear();
		this.listenerRequests.clear();
		this.rxnavRequests.clear();
	}

	void answerFhir(Function<String, List<Resource>> answers) {
		this.fhirAnswers = answers;
	}

	void slowFhir() {
		this.fhirSlow = true;
	}

	void rxnavDown() {
		this.rxnavDown = true;
	}

	private void fhir(HttpExchange exchange) throws IOException {
		this.fhirRequests.add(exchange.getRequestURI().getPath() + "?" + exchange.getRequestURI().getQuery() + " "
				+ exchange.getRequestHeaders().getFirst("Authorization"));
		if (this.fhirSlow) {
			try {
				Thread.sleep(5000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
		this.fhirAnswers.apply(exchange.getRequestURI().getPath())
			.forEach((resource) -> bundle.addEntry().setResource(resource));
		send(exchange, 200, FhirContext.forR5Cached().newJsonParser().encodeResourceToString(bundle),
				"application/fhir+json");
	}

	private void rxnav(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		this.rxnavRequests.add(path);
		if (this.rxnavDown) {
			send(exchange, 503, "", "text/plain");
			return;
		}
		String rxcui = path.replaceFirst("^/rxnav/REST/rxcui/", "").replaceFirst("/.*$", "");
		if (path.endsWith("/properties.json")) {
			send(exchange, 200, RXNAV_PROPERTIES.getOrDefault(rxcui, "{}"), "application/json");
		}
		else if (path.endsWith("/related.json")) {
			StringBuilder concepts = new StringBuilder();
			for (String ingredient : RXNAV_INGREDIENTS.getOrDefault(rxcui, List.of())) {
				concepts.append((concepts.length() > 0) ? "," : "")
					.append("{\"rxcui\":\"0\",\"name\":\"")
					.append(ingredient)
					.append("\",\"synonym\":\"\",\"tty\":\"IN\",\"language\":\"ENG\",")
					.append("\"suppress\":\"N\",\"umlscui\":\"\"}");
			}
			send(exchange, 200,
					"{\"relatedGroup\":{\"rxcui\":\"" + rxcui
							+ "\",\"termType\":[\"IN\"],\"conceptGroup\":[{\"tty\":\"IN\",\"conceptProperties\":["
							+ concepts + "]}]}}",
					"application/json");
		}
		else {
			send(exchange, 404, "", "text/plain");
		}
	}

	private static String property(String rxcui, String name, String tty) {
		return "{\"properties\":{\"rxcui\":\"" + rxcui + "\",\"name\":\"" + name + "\",\"synonym\":\"\",\"tty\":\""
				+ tty + "\",\"language\":\"ENG\",\"suppress\":\"N\",\"umlscui\":\"\"}}";
	}

	private static void send(HttpExchange exchange, int status, String body, String contentType) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", contentType);
		exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
