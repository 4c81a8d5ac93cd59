package org.baclofen.reference.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of the packaged jar on its embedded H2, ten times, each time while
 * editors' changes are being approved, then a restart on the same files (opt-in:
 * {@code ./mvnw verify -Presilience}). After each restart the first approvals publish new
 * items, as the attack in issue 19 did when the audit revision ids restarted below stored
 * ones (500s). Targets: no approval that was acknowledged is missing at the end, and no
 * answer after a restart is a 5xx. The fast version of the id check runs in every build
 * ({@code system/CrashSafeIdsTest}).
 */
@Tag("resilience")
class KillNineScenarioIT {

	private static final Figures FIGURES = new Figures();

	private static final String SCENARIO = "kill-9-h2";

	private static final int ROUNDS = Integer.getInteger("resilience.kill.rounds", 10);

	private static final int EDITORS = 3;

	private static final String ADMIN = "resilience";

	private static final String ADMIN_PASSWORD = "kill-nine-admin-passphrase";

	private static final String REVIEWER = "kill-nine-reviewer";

	private static final String REVIEWER_PASSWORD = "a second pair of eyes approves";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("class=\"one-time-password\">([^<]+)<");

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	@TempDir
	private Path work;

	private final Random random = new Random();

	private final Map<String, Integer> lastAcknowledged = new ConcurrentHashMap<>();

	private final AtomicInteger acknowledged = new AtomicInteger();

	private final AtomicInteger serverErrors = new AtomicInteger();

	private final AtomicInteger answersAfterRestart = new AtomicInteger();

	@AfterAll
	static void printFigures() {
		System.out.println(FIGURES.table());
	}

	@Test
	void approvalsSurviveKill9AndTheFirstOnesAfterEachRestartSucceed() throws Exception {
		Map<String, String> firstAdmin = Map.of("BACLOFEN_ADMIN_USERNAME", ADMIN, "BACLOFEN_ADMIN_PASSWORD",
				ADMIN_PASSWORD);
		List<Long> restarts = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			PackagedApp app = new PackagedApp(this.work, List.of(), firstAdmin);
			Duration started = app.start();
			if (round > 0) {
				restarts.add(started.toMillis());
			}
			try {
				Browser admin = Browser.signIn(app.baseUrl(), ADMIN, ADMIN_PASSWORD);
				if (round == 0) {
					createReviewer(admin);
				}
				Browser reviewer = Browser.signIn(app.baseUrl(), REVIEWER, REVIEWER_PASSWORD);
				List<Long> items = new ArrayList<>();
				for (int editor = 0; editor < EDITORS; editor++) {
					items.add(publishNewItem(admin, reviewer, slug(round, editor)));
				}
				editUntilKilled(app, admin, reviewer, round, items);
			}
			finally {
				app.kill9();
			}
		}
		PackagedApp last = new PackagedApp(this.work, List.of(), firstAdmin);
		last.start();
		last.stop();

		int lost = lostEdits();
		FIGURES.note(SCENARIO, "kill -9 and restarts", ROUNDS);
		FIGURES.note(SCENARIO, "approvals acknowledged before the kills", this.acknowledged.get());
		FIGURES.note(SCENARIO, "drafts and approvals answered", this.answersAfterRestart.get());
		FIGURES.note(SCENARIO, "restart until healthy, slowest (ms)",
				restarts.stream().mapToLong(Long::longValue).max().orElse(0));
		FIGURES.add(SCENARIO, "acknowledged approvals missing at the end", lost, "0", lost == 0);
		FIGURES.add(SCENARIO, "5xx answers (first start and every restart)", this.serverErrors.get(), "0",
				this.serverErrors.get() == 0);
		assertThat(this.acknowledged.get()).isPositive();
		assertThat(FIGURES.missed(SCENARIO)).isEmpty();
	}

	/**
	 * Editors keep changing their items and the reviewer keeps approving them, until the
	 * process is killed after a few seconds.
	 */
	private void editUntilKilled(PackagedApp app, Browser admin, Browser reviewer, int round, List<Long> items)
			throws Exception {
		AtomicBoolean killed = new AtomicBoolean();
		ExecutorService editors = Executors.newFixedThreadPool(EDITORS);
		for (int editor = 0; editor < EDITORS; editor++) {
			long id = items.get(editor);
			String slug = slug(round, editor);
			editors.submit(() -> {
				for (int value = 1; !killed.get(); value++) {
					try {
						int version = admin.version("/admin/interactions/" + id);
						if (!saved(admin.post("/admin/interactions/" + id, interaction(slug, version, value)))
								|| !approve(reviewer, slug)) {
							return null;
						}
						this.lastAcknowledged.put(slug, value);
						this.acknowledged.incrementAndGet();
					}
					catch (IOException gone) {
						return null;
					}
				}
				return null;
			});
		}
		Thread.sleep(2000 + this.random.nextInt(4000));
		killed.set(true);
		app.kill9();
		editors.shutdown();
		editors.awaitTermination(60, TimeUnit.SECONDS);
	}

	/** A new item drafted by the admin and approved by the reviewer: its id. */
	private long publishNewItem(Browser admin, Browser reviewer, String slug) throws Exception {
		assertThat(saved(admin.post("/admin/interactions", interaction(slug, 0, 0)))).as("draft of " + slug).isTrue();
		assertThat(approve(reviewer, slug)).as("approval of " + slug).isTrue();
		this.lastAcknowledged.put(slug, 0);
		Matcher link = Pattern.compile("href=\"/admin/interactions/(\\d+)\"[^>]*>" + Pattern.quote(title(slug)) + "<")
			.matcher(admin.get("/admin/interactions").body());
		assertThat(link.find()).as("listed: " + slug).isTrue();
		return Long.parseLong(link.group(1));
	}

	/** The reviewer approves the item's pending draft from its review screen. */
	private boolean approve(Browser reviewer, String slug) throws IOException, InterruptedException {
		Matcher entry = Pattern.compile("href=\"/admin/review/(\\d+)\">" + Pattern.quote(title(slug)) + "<")
			.matcher(reviewer.get("/admin/review").body());
		if (!entry.find()) {
			return false;
		}
		String screen = "/admin/review/" + entry.group(1);
		int version = reviewer.version(screen);
		return saved(
				reviewer.post(screen + "/approve", Map.of("version", String.valueOf(version), "reviewed", "true")));
	}

	private boolean saved(HttpResponse<String> answer) {
		this.answersAfterRestart.incrementAndGet();
		if (answer.statusCode() >= 500) {
			this.serverErrors.incrementAndGet();
			System.out.println("5xx: " + answer.statusCode() + " " + answer.uri());
		}
		return answer.statusCode() == 302;
	}

	private void createReviewer(Browser admin) throws Exception {
		assertThat(admin.post("/admin/accounts", Map.of("username", REVIEWER, "role", "REVIEWER")).statusCode())
			.isEqualTo(302);
		Matcher password = ONE_TIME_PASSWORD.matcher(admin.get("/admin/accounts").body());
		assertThat(password.find()).isTrue();
		Browser reviewer = Browser.signIn(admin.baseUrl, REVIEWER, password.group(1));
		assertThat(reviewer
			.post("/admin/password", Map.of("currentPassword", password.group(1), "newPassword", REVIEWER_PASSWORD,
					"repeatPassword", REVIEWER_PASSWORD))
			.statusCode()).isEqualTo(302);
	}

	private int lostEdits() throws Exception {
		int lost = 0;
		try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + this.work.resolve("data/baclofen")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
				ResultSet rows = db.createStatement()
					.executeQuery("select slug, management from interaction where slug like 'kill9-%'")) {
			Map<String, Integer> stored = new LinkedHashMap<>();
			while (rows.next()) {
				stored.put(rows.getString("slug"),
						Integer.parseInt(rows.getString("management").substring("edit-".length())));
			}
			for (Map.Entry<String, Integer> edit : this.lastAcknowledged.entrySet()) {
				lost += Math.max(0, edit.getValue() - stored.getOrDefault(edit.getKey(), -1));
			}
		}
		return lost;
	}

	private static String slug(int round, int editor) {
		return "kill9-r" + round + "-e" + editor;
	}

	private static String title(String slug) {
		return "Kill probe " + slug;
	}

	private static Map<String, String> interaction(String slug, int version, int value) {
		Map<String, String> fields = new LinkedHashMap<>(Map.of("version", String.valueOf(version), "slug", slug,
				"interactant", title(slug), "interactantKind", "SUBSTANCE", "severity", "UNKNOWN", "effect",
				"An effect.", "management", "edit-" + value, "sortOrder", "900", "sourceIds", "1"));
		fields.put("reviewed", "true");
		return fields;
	}

	/** One signed-in browser: its cookies and CSRF token. */
	private static final class Browser {

		private final String baseUrl;

		private final HttpClient client;

		private final String csrf;

		private Browser(String baseUrl, HttpClient client, String csrf) {
			this.baseUrl = baseUrl;
			this.client = client;
			this.csrf = csrf;
		}

		static Browser signIn(String baseUrl, String username, String password) throws Exception {
			HttpSignIn signIn = HttpSignIn.open(baseUrl);
			assertThat(signIn.post(username, password)).as(username).isIn("/admin", "/admin/password");
			Browser signedIn = new Browser(baseUrl, signIn.client(), null);
			Matcher token = CSRF.matcher(signedIn.get("/admin/password").body());
			assertThat(token.find()).isTrue();
			return new Browser(baseUrl, signIn.client(), token.group(1));
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return this.client.send(
					HttpRequest.newBuilder(URI.create(this.baseUrl + path)).timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
		}

		/** The version a page's form sends back. */
		int version(String path) throws IOException, InterruptedException {
			Matcher version = VERSION.matcher(get(path).body());
			return version.find() ? Integer.parseInt(version.group(1)) : -1;
		}

		HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
			StringBuilder form = new StringBuilder("_csrf=" + encode(this.csrf));
			fields.forEach((name, value) -> form.append('&').append(name).append('=').append(encode(value)));
			return this.client.send(HttpRequest.newBuilder(URI.create(this.baseUrl + path))
				.timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form.toString()))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
