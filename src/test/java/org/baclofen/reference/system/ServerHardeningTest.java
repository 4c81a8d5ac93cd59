package org.baclofen.reference.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.baclofen.reference.PublicPage;
import org.baclofen.reference.account.Account;
import org.baclofen.reference.account.AccountRepository;
import org.baclofen.reference.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The application on a real Tomcat over loopback: what a slow or hostile client can hold,
 * which requests create a server session, and the headers and redirects a forged or
 * proxied request gets. The worker pool is made small so that exhausting it takes tens of
 * connections, not hundreds.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.tomcat.threads.max=40")
class ServerHardeningTest {

	private static final int SLOW_CLIENTS = 60;

	private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	@Autowired
	private WebServerApplicationContext context;

	@Autowired
	private AccountRepository accounts;

	@Autowired
	private PasswordEncoder passwordEncoder;

	private RawHttp.Response get(String path, String... headers) throws IOException {
		List<String> head = new ArrayList<>(List.of("GET " + path + " HTTP/1.1", "Host: localhost"));
		head.addAll(List.of(headers));
		return RawHttp.exchange(this.port, head, null);
	}

	private RawHttp.Response postForm(String path, String body, String... headers) throws IOException {
		List<String> head = new ArrayList<>(List.of("POST " + path + " HTTP/1.1", "Host: localhost",
				"Content-Type: application/x-www-form-urlencoded"));
		head.addAll(List.of(headers));
		return RawHttp.exchange(this.port, head, body);
	}

	/**
	 * Clients that send a form's headers and one byte of its body, then go silent, each
	 * hold a worker while the body is read. They are cut after the connection timeout (5
	 * s), so the public pages answer again within it; on Java 21+ requests run on virtual
	 * threads and the pages do not wait at all.
	 */
	@Test
	void slowClientsCannotHoldTheWorkersForLong() throws Exception {
		List<Socket> slow = new ArrayList<>();
		try {
			for (int i = 0; i < SLOW_CLIENTS; i++) {
				Socket socket = new Socket("127.0.0.1", this.port);
				socket.getOutputStream()
					.write(("POST /check HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
							+ "application/x-www-form-urlencoded\r\nContent-Length: 10000\r\n\r\nm")
						.getBytes(StandardCharsets.US_ASCII));
				socket.getOutputStream().flush();
				slow.add(socket);
			}
			Thread.sleep(500);
			Instant start = Instant.now();
			RawHttp.Response page = get("/dosing/oral");
			Duration waited = Duration.between(start, Instant.now());
			assertThat(page.status()).isEqualTo(200);
			Duration bound = (Runtime.version().feature() >= 21) ? Duration.ofSeconds(2) : Duration.ofSeconds(8);
			System.out.printf("Public page answered after %d ms with %d slow clients holding connections%n",
					waited.toMillis(), SLOW_CLIENTS);
			assertThat(waited).isLessThan(bound);
			// Every slow client has been answered or disconnected by the server, not left
			// to hold a worker.
			for (Socket socket : slow) {
				socket.setSoTimeout(10_000);
				assertThat(drain(socket.getInputStream())).isTrue();
			}
		}
		finally {
			for (Socket socket : slow) {
				socket.close();
			}
		}
	}

	/**
	 * Reads until the server closes the connection; false if it is still open after the
	 * socket timeout.
	 */
	private static boolean drain(InputStream in) {
		try {
			byte[] buffer = new byte[4096];
			while (in.read(buffer) != -1) {
				// the server's answer, if it sent one
			}
			return true;
		}
		catch (IOException ex) {
			return ex instanceof java.net.SocketException;
		}
	}

	@Test
	void anonymousPagesAndPublicFormsCreateNoSession() throws Exception {
		for (PublicPage page : PublicPage.ALL) {
			RawHttp.Response response = get(page.path());
			assertThat(response.status()).as(page.path()).isEqualTo(200);
			assertThat(response.headers("Set-Cookie")).as(page.path())
				.noneMatch((cookie) -> cookie.startsWith("SESSION="));
		}
		assertThat(get("/login").headers("Set-Cookie")).noneMatch((cookie) -> cookie.startsWith("SESSION="));
		assertThat(get("/admin").headers("Set-Cookie")).noneMatch((cookie) -> cookie.startsWith("SESSION="));
		assertFormPostCreatesNoSession("/check", "medications=oxycodone");
		assertFormPostCreatesNoSession("/titration/check",
				"steps%5B0%5D.days=3&steps%5B0%5D.doseMg=5&steps%5B0%5D.timesPerDay=3");
	}

	/**
	 * The public tools need no token (they store nothing): their forms set no cookie,
	 * their posts start no session.
	 */
	private void assertFormPostCreatesNoSession(String path, String fields) throws IOException {
		RawHttp.Response form = get(path);
		assertThat(form.headers("Set-Cookie")).as(path).isEmpty();
		RawHttp.Response posted = postForm(path, fields);
		assertThat(posted.status()).as(path).isEqualTo(200);
		assertThat(posted.headers("Set-Cookie")).as(path).noneMatch((header) -> header.startsWith("SESSION="));
	}

	private static String csrfCookie(RawHttp.Response response) {
		String header = response.headers("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("XSRF-TOKEN="))
			.findFirst()
			.orElseThrow();
		assertThat(header).contains("HttpOnly").contains("SameSite=Lax");
		return header.substring(0, header.indexOf(';'));
	}

	private static String hiddenCsrf(RawHttp.Response response) {
		Matcher matcher = HIDDEN_CSRF.matcher(response.body());
		assertThat(matcher.find()).isTrue();
		return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
	}

	@Test
	void hstsAndSecureCookiesOnlyOverHttpsAsATrustedProxyReportsIt() throws Exception {
		assertThat(get("/").header("Strict-Transport-Security")).isNull();
		assertThat(get("/", "X-Forwarded-Proto: https").header("Strict-Transport-Security")).contains("max-age=");
		String username = "user-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts
			.save(new Account(username, this.passwordEncoder.encode("right-password-123"), Role.EDITOR, Instant.now()));
		RawHttp.Response form = get("/login", "X-Forwarded-Proto: https");
		String cookie = csrfCookie(form);
		assertThat(form.header("Set-Cookie")).contains("Secure");
		RawHttp.Response signedIn = postForm("/login",
				"username=" + username + "&password=right-password-123&_csrf=" + hiddenCsrf(form),
				"X-Forwarded-Proto: https", "Cookie: " + cookie);
		assertThat(signedIn.header("Location")).isEqualTo("/admin");
		String session = signedIn.headers("Set-Cookie")
			.stream()
			.filter((header) -> header.startsWith("SESSION="))
			.findFirst()
			.orElseThrow();
		assertThat(session).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
	}

	@Test
	void onlyTheConfiguredProxyIsTrustedWithForwardedHeaders() {
		TomcatWebServer server = (TomcatWebServer) this.context.getWebServer();
		RemoteIpValve remoteIp = null;
		for (Valve valve : server.getTomcat().getEngine().getPipeline().getValves()) {
			if (valve instanceof RemoteIpValve candidate) {
				remoteIp = candidate;
			}
		}
		assertThat(remoteIp).as("X-Forwarded-* handled by Tomcat (server.forward-headers-strategy=native)").isNotNull();
		Pattern trusted = Pattern.compile(remoteIp.getInternalProxies());
		assertThat(trusted.matcher("127.0.0.1").matches()).isTrue();
		// Tomcat's default would trust every private network address as a proxy.
		for (String address : List.of("10.0.0.5", "192.168.1.10", "172.16.0.1", "169.254.1.1", "127.0.0.2")) {
			assertThat(trusted.matcher(address).matches()).as(address).isFalse();
		}
	}

	@Test
	void aForgedHostHeaderIsNeverARedirectTarget() throws Exception {
		RawHttp.Response toLogin = RawHttp.exchange(this.port,
				List.of("GET /admin/drug HTTP/1.1", "Host: evil.example"), null);
		assertThat(toLogin.status()).isEqualTo(302);
		assertThat(toLogin.header("Location")).isEqualTo("/login");
		String username = "user-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts
			.save(new Account(username, this.passwordEncoder.encode("right-password-123"), Role.EDITOR, Instant.now()));
		RawHttp.Response form = get("/login");
		RawHttp.Response signedIn = RawHttp.exchange(this.port,
				List.of("POST /login HTTP/1.1", "Host: evil.example", "Content-Type: application/x-www-form-urlencoded",
						"Cookie: " + csrfCookie(form)),
				"username=" + username + "&password=right-password-123&_csrf=" + hiddenCsrf(form));
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.header("Location")).isEqualTo("/admin");
		// The page it was going to is remembered in a cookie, with the forged host; only
		// its path is followed.
		String remembered = toLogin.headers("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("REDIRECT_URI="))
			.map((cookie) -> cookie.substring(0, cookie.indexOf(';')))
			.findFirst()
			.orElseThrow();
		RawHttp.Response again = get("/login");
		RawHttp.Response back = RawHttp.exchange(this.port,
				List.of("POST /login HTTP/1.1", "Host: evil.example", "Content-Type: application/x-www-form-urlencoded",
						"Cookie: " + csrfCookie(again) + "; " + remembered),
				"username=" + username + "&password=right-password-123&_csrf=" + hiddenCsrf(again));
		assertThat(back.header("Location")).startsWith("/admin/drug");
	}

	/**
	 * Requests Spring Security's firewall refuses get the same page and the same security
	 * headers as a page the application answers (issue 19: "//admin" came back as a bare
	 * JSON 400).
	 */
	@Test
	void requestsTheFirewallRefusesCarryEverySecurityHeader() throws Exception {
		RawHttp.Response answered = get("/no-such-page");
		List<String> securityHeaders = List.of("Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options",
				"Referrer-Policy", "Cache-Control");
		for (String refused : List.of("//admin", "/admin//accounts", "/admin/%2e%2e/accounts", "/a%2F..%2Fadmin",
				"/dosing/%252e%252e/admin", "/%0aadmin")) {
			RawHttp.Response answer = get(refused);
			assertThat(answer.status()).as(refused).isEqualTo(400);
			assertThat(answer.body()).as(refused).contains("We could not read that request");
			for (String header : securityHeaders) {
				assertThat(answer.header(header)).as("%s on %s", header, refused)
					.isNotNull()
					.isEqualTo(answered.header(header));
			}
		}
	}

	@Test
	void requestsTomcatRefusesGetAFriendlyPageWithTheSecurityHeaders() throws Exception {
		RawHttp.Response tooLarge = get("/", "X-Padding: " + ("a".repeat(10_000)));
		assertThat(tooLarge.status()).isEqualTo(400);
		assertThat(tooLarge.body()).contains("We could not read that request").doesNotContain("Apache Tomcat");
		assertThat(tooLarge.header("Content-Security-Policy")).isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY);
		assertThat(tooLarge.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(tooLarge.header("X-Frame-Options")).isEqualTo("DENY");
		RawHttp.Response tooLongAddress = get("/search?q=" + ("a".repeat(10_000)));
		assertThat(tooLongAddress.status()).isEqualTo(400);
		assertThat(tooLongAddress.body()).contains("We could not read that request");
		RawHttp.Response illegal = get("/search?q=a|b{}");
		assertThat(illegal.status()).isEqualTo(400);
		assertThat(illegal.header("Content-Security-Policy")).isNotNull();
	}

}
