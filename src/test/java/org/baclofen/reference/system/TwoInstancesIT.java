package org.baclofen.reference.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.baclofen.reference.BaclofenReferenceApplication;
import org.baclofen.reference.PublicPage;
import org.baclofen.reference.account.Account;
import org.baclofen.reference.account.AccountRepository;
import org.baclofen.reference.account.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.util.HtmlUtils;

/**
 * Two instances of the application, each with its own web server, page cache and
 * connection pool, on one PostgreSQL, as behind a load balancer. A client's cookies go to
 * both (cookies do not depend on the port), so a request "landing on the other instance"
 * is simply a request to the other port. Shown: a sign-in on one instance holds on the
 * other, including a CSRF-protected admin form; an edit through either instance is served
 * by the other on its next request, though that one had the old page (and the FHIR answer
 * derived from the old content) cached; sign-in attempts are counted across both.
 */
class TwoInstancesIT {

	private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");

	private static final Pattern TEXTAREA = Pattern
		.compile("<textarea\\b[^>]*\\bname=\"([^\"]+)\"[^>]*>(.*?)</textarea>", Pattern.DOTALL);

	private static final Pattern SELECT = Pattern.compile("<select\\b[^>]*\\bname=\"([^\"]+)\"[^>]*>(.*?)</select>",
			Pattern.DOTALL);

	private static final Pattern SELECTED = Pattern.compile("<option\\b[^>]*\\bvalue=\"([^\"]*)\"[^>]*\\bselected\\b");

	private static final Random RANDOM = new Random();

	private static final String PASSWORD = "right-password-123";

	private static ConfigurableApplicationContext a;

	private static ConfigurableApplicationContext b;

	/**
	 * Sign-in attempts come from an address of this run's own (via a trusted
	 * X-Forwarded-For).
	 */
	private static final String ADDRESS = "10.%d.%d.%d".formatted(RANDOM.nextInt(256), RANDOM.nextInt(256),
			RANDOM.nextInt(256));

	@BeforeAll
	static void startTwoInstances() {
		System.out.println("Two instances on " + TestPostgres.connection().origin());
		a = start();
		b = start();
	}

	@AfterAll
	static void stop() {
		if (b != null) {
			b.close();
		}
		if (a != null) {
			a.close();
		}
	}

	private static ConfigurableApplicationContext start() {
		TestPostgres.Connection db = TestPostgres.connection();
		return new SpringApplicationBuilder(BaclofenReferenceApplication.class).profiles("postgres")
			.run("--server.port=0", "--server.address=127.0.0.1", "--spring.datasource.url=" + db.url(),
					"--spring.datasource.username=" + db.username(), "--spring.datasource.password=" + db.password(),
					"--spring.datasource.hikari.maximum-pool-size=4");
	}

	private static String url(ConfigurableApplicationContext instance) {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) instance).getWebServer().getPort();
	}

	@Test
	void aSignInOnOneInstanceHoldsOnTheOther() throws Exception {
		Client editor = new Client();
		assertThat(editor.signIn(url(a), newEditor())).isEqualTo("/admin");
		assertThat(editor.cookie("SESSION")).as("the session cookie, sent to both instances").isNotNull();

		HttpResponse<String> admin = editor.get(url(b) + "/admin");
		assertThat(admin.statusCode()).as("signed in on B with A's session").isEqualTo(200);

		// A CSRF-protected admin post on B: the token comes from B's form, the session
		// from A's sign-in.
		long id = majorSeverityLevel();
		String meaning = "Edited through B " + UUID.randomUUID();
		HttpResponse<String> saved = editor.submitForm(url(b) + "/admin/severity-levels/" + id, "meaning", meaning);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		approveOn(url(a), id);
		assertThat(editor.get(url(a) + "/interactions").body()).contains(meaning);

		// Without the token the same post is refused on B, signed in or not.
		assertThat(editor.post(url(b) + "/admin/severity-levels/" + id, "meaning=forged").statusCode()).isEqualTo(403);

		// Signing out on B ends the session on A too.
		editor.submitForm(url(b) + "/logout", null, null);
		assertThat(editor.get(url(a) + "/admin").headers().firstValue("Location")).hasValue("/login");
	}

	@Test
	void eachInstanceAnswersTheContainerProbes() throws Exception {
		Client platform = new Client();
		for (ConfigurableApplicationContext instance : List.of(a, b)) {
			for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
				HttpResponse<String> answer = platform.get(url(instance) + probe);
				assertThat(answer.statusCode()).as(probe).isEqualTo(200);
				assertThat(answer.body()).as(probe).startsWith("{").contains("\"status\":\"UP\"");
			}
			assertThat(platform.get(url(instance) + "/actuator/health/readiness").body())
				.as("readiness includes the database")
				.contains("\"db\"");
		}
	}

	@Test
	void readersWhoDoNotSignInGetNoSessionOnEitherInstance() throws Exception {
		long start = System.currentTimeMillis();
		Client reader = new Client();
		for (ConfigurableApplicationContext instance : List.of(a, b)) {
			for (PublicPage page : PublicPage.ALL) {
				assertThat(reader.get(url(instance) + page.path()).statusCode()).as(page.path()).isEqualTo(200);
			}
			assertThat(reader.get(url(instance) + "/login").statusCode()).isEqualTo(200);
		}
		assertThat(reader.cookie("SESSION")).isNull();
		assertThat(a.getBean(JdbcClient.class)
			.sql("select count(*) from spring_session where creation_time >= ?")
			.param(start)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void anEditPublishedThroughOneInstanceIsServedByTheOtherOnItsNextRequest() throws Exception {
		Client reader = new Client();
		HttpResponse<String> before = reader.get(url(b) + "/interactions");
		assertThat(reader.get(url(b) + "/interactions").headers().firstValue("ETag"))
			.as("B serves the page from its cache")
			.isEqualTo(before.headers().firstValue("ETag"));
		String etagBefore = before.headers().firstValue("ETag").orElseThrow();
		String severityScale = url(b) + "/fhir/r5/CodeSystem/interaction-severity";
		assertThat(reader.get(severityScale).statusCode()).as("B keeps the FHIR answer for this revision")
			.isEqualTo(200);

		Client editor = new Client();
		editor.signIn(url(a), newEditor());
		String meaning = "Edited through A " + UUID.randomUUID();
		HttpResponse<String> saved = editor.submitForm(url(a) + "/admin/severity-levels/" + majorSeverityLevel(),
				"meaning", meaning);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(reader.get(url(b) + "/interactions").body()).as("a draft is not public").doesNotContain(meaning);
		assertThat(reader.get(severityScale).body()).as("not in FHIR either").doesNotContain(meaning);
		approveOn(url(a), majorSeverityLevel());

		HttpResponse<String> after = reader.get(url(b) + "/interactions");
		assertThat(after.body()).contains(meaning);
		assertThat(reader.get(severityScale).body()).as("and so is what B derives from the content").contains(meaning);
		assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etagBefore);
		assertThat(reader
			.send(HttpRequest.newBuilder(URI.create(url(b) + "/interactions")).header("If-None-Match", etagBefore))
			.statusCode()).as("the old validator no longer matches").isEqualTo(200);
	}

	@Test
	void signInAttemptsAreCountedAcrossBothInstances() throws Exception {
		int limit = a.getEnvironment()
			.getRequiredProperty("baclofen.login.free-failures-per-account-and-address", Integer.class);
		// Just inside the limit: one failure fewer than allowed from this address, spread
		// over
		// both, and the right password works.
		String inside = newEditor();
		for (int attempt = 0; attempt < limit - 1; attempt++) {
			assertThat(new Client().signIn(url((attempt % 2 == 0) ? a : b), inside, "wrong-password"))
				.isEqualTo("/login?error");
		}
		assertThat(new Client().signIn(url(b), inside, PASSWORD)).isEqualTo("/admin");

		// At the limit, spread over both: from this address the right password waits for
		// the
		// back-off on either instance.
		String locked = newEditor();
		for (int attempt = 0; attempt < limit; attempt++) {
			assertThat(new Client().signIn(url((attempt % 2 == 0) ? a : b), locked, "wrong-password"))
				.isEqualTo("/login?error");
		}
		assertThat(new Client().signIn(url(a), locked, PASSWORD)).startsWith("/login?retryIn=");
		assertThat(new Client().signIn(url(b), locked, PASSWORD)).startsWith("/login?retryIn=");
	}

	private static String newEditor() {
		return newAccount(Role.EDITOR);
	}

	private static String newAccount(Role role) {
		String username = "two-" + UUID.randomUUID().toString().substring(0, 8);
		a.getBean(AccountRepository.class)
			.save(new Account(username, a.getBean(PasswordEncoder.class).encode(PASSWORD), role, Instant.now()));
		return username;
	}

	/**
	 * A second person, signed in on the given instance, approves the item's pending draft
	 * from its review screen.
	 */
	private static void approveOn(String base, long itemId) throws IOException, InterruptedException {
		Client reviewer = new Client();
		assertThat(reviewer.signIn(base, newAccount(Role.REVIEWER))).isEqualTo("/admin");
		long draft = a.getBean(JdbcClient.class)
			.sql("select id from content_draft where status = 'PENDING' and item_id = ?")
			.param(itemId)
			.query(Long.class)
			.single();
		String screen = base + "/admin/review/" + draft;
		HttpResponse<String> approved = reviewer.submitFormOn(screen, screen + "/approve");
		assertThat(approved.statusCode()).as(approved.body()).isEqualTo(302);
	}

	private static long majorSeverityLevel() {
		return a.getBean(JdbcClient.class)
			.sql("select id from severity_level where scale = 'REFERENCE' and code = 'MAJOR'")
			.query(Long.class)
			.single();
	}

	/**
	 * One browser: its own cookie jar, shared by both instances as a browser shares it
	 * behind one host name.
	 */
	private static final class Client {

		private final CookieManager cookies = new CookieManager();

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();

		String signIn(String base, String username) throws IOException, InterruptedException {
			return signIn(base, username, PASSWORD);
		}

		/**
		 * @return where the answer sends the browser
		 */
		String signIn(String base, String username, String password) throws IOException, InterruptedException {
			HttpResponse<String> answer = submitForm(base + "/login", "username", username, "password", password);
			return answer.headers().firstValue("Location").orElse("status " + answer.statusCode());
		}

		/**
		 * Opens the page with the form (for a post to /x/y, the page /x/y; for /login and
		 * /logout, /login or /admin), keeps every field as the form has it, replaces the
		 * given ones and posts it back.
		 */
		HttpResponse<String> submitForm(String action, String... replaced) throws IOException, InterruptedException {
			return submitFormOn(action.endsWith("/logout") ? action.replace("/logout", "/admin") : action, action,
					replaced);
		}

		/**
		 * The same, for a form on another page than its action (a review screen's approve
		 * button).
		 */
		HttpResponse<String> submitFormOn(String page, String action, String... replaced)
				throws IOException, InterruptedException {
			String form = get(page).body();
			List<String[]> fields = fields(form, URI.create(action).getPath());
			for (int i = 0; i + 1 < replaced.length; i += 2) {
				String name = replaced[i];
				if (name != null) {
					fields.removeIf((field) -> field[0].equals(name));
					fields.add(new String[] { name, replaced[i + 1] });
				}
			}
			StringBuilder body = new StringBuilder();
			for (String[] field : fields) {
				body.append(body.isEmpty() ? "" : "&")
					.append(URLEncoder.encode(field[0], StandardCharsets.UTF_8))
					.append('=')
					.append(URLEncoder.encode(field[1], StandardCharsets.UTF_8));
			}
			return post(action, body.toString());
		}

		HttpResponse<String> post(String url, String body) throws IOException, InterruptedException {
			return send(HttpRequest.newBuilder(URI.create(url))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
		}

		HttpResponse<String> get(String url) throws IOException, InterruptedException {
			return send(HttpRequest.newBuilder(URI.create(url)));
		}

		HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
			return this.http.send(request.header("X-Forwarded-For", ADDRESS).timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
		}

		String cookie(String name) {
			return this.cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter((cookie) -> cookie.getName().equals(name))
				.map((cookie) -> cookie.getValue())
				.findFirst()
				.orElse(null);
		}

		/**
		 * The named fields of the form posting to the path (else the page's last form),
		 * as a browser sends them.
		 */
		private static List<String[]> fields(String page, String path) {
			Matcher byAction = Pattern.compile("<form\\b[^>]*\\baction=\"" + Pattern.quote(path) + "\"").matcher(page);
			int start = byAction.find() ? byAction.start() : page.lastIndexOf("<form");
			String form = page.substring(start, page.indexOf("</form>", start));
			List<String[]> fields = new ArrayList<>();
			Matcher input = INPUT.matcher(form);
			while (input.find()) {
				String tag = input.group();
				String name = attribute(tag, "name");
				String type = attribute(tag, "type");
				boolean unchecked = ("checkbox".equals(type) || "radio".equals(type)) && !tag.contains("checked");
				if (name != null && !unchecked && !"submit".equals(type)) {
					String value = attribute(tag, "value");
					fields.add(new String[] { name, (value != null) ? value : "" });
				}
			}
			Matcher textarea = TEXTAREA.matcher(form);
			while (textarea.find()) {
				fields.add(new String[] { textarea.group(1), HtmlUtils.htmlUnescape(textarea.group(2)) });
			}
			Matcher select = SELECT.matcher(form);
			while (select.find()) {
				Matcher selected = SELECTED.matcher(select.group(2));
				if (selected.find()) {
					fields.add(new String[] { select.group(1), HtmlUtils.htmlUnescape(selected.group(1)) });
				}
			}
			return fields;
		}

		private static String attribute(String tag, String name) {
			Matcher value = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
			return value.find() ? HtmlUtils.htmlUnescape(value.group(1)) : null;
		}

	}

}
