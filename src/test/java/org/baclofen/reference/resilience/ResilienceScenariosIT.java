package org.baclofen.reference.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The longer resilience scenarios, against the packaged jar started as a separate process
 * on loopback. Opt-in: {@code ./mvnw verify -Presilience}. Each scenario records its
 * figures and fails when one misses its target; the table of all figures is printed at
 * the end.
 * <ul>
 * <li>Slow connections: many sockets each send a request body one byte every few seconds
 * while a public page is polled; the page must keep answering.</li>
 * <li>Database outage: the Debian PostgreSQL cluster ({@code pg_ctlcluster}, property
 * {@code resilience.pg.cluster}, default {@code 15/main}) is stopped under the running
 * app and started again; pages and health must answer fast meanwhile, and the app must
 * recover by itself. Skipped, loudly, where there is no such cluster.</li>
 * </ul>
 * {@code kill -9} of the embedded H2 with approvals in flight is
 * {@link KillNineScenarioIT}.
 */
@Tag("resilience")
class ResilienceScenariosIT {

	private static final Figures FIGURES = new Figures();

	private static final int SLOW_CONNECTIONS = Integer.getInteger("resilience.slow.connections", 250);

	private static final Duration SLOW_DRIP = Duration.ofSeconds(5);

	private static final Duration SLOW_OBSERVED = Duration.ofSeconds(Long.getLong("resilience.slow.seconds", 30));

	private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(5);

	private static final String ADMIN = "resilience";

	private static final String ADMIN_PASSWORD = "kill-nine-admin-passphrase";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@TempDir
	private Path work;

	@AfterAll
	static void printFigures() {
		System.out.println(FIGURES.table());
	}

	@Test
	void slowConnectionsDoNotTakeThePublicPagesDown() throws Exception {
		String scenario = "slow-connections";
		PackagedApp app = new PackagedApp(this.work, List.of(), Map.of());
		app.start();
		List<Socket> open = new CopyOnWriteArrayList<>();
		AtomicInteger refused = new AtomicInteger();
		AtomicInteger closedByServer = new AtomicInteger();
		ScheduledExecutorService drip = Executors.newSingleThreadScheduledExecutor();
		try {
			URI uri = URI.create(app.baseUrl());
			for (int i = 0; i < SLOW_CONNECTIONS; i++) {
				try {
					Socket socket = new Socket();
					socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 2000);
					socket.getOutputStream()
						.write(("POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
								+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 10000\r\n\r\n")
							.getBytes(StandardCharsets.US_ASCII));
					open.add(socket);
				}
				catch (IOException ex) {
					refused.incrementAndGet();
				}
			}
			drip.scheduleAtFixedRate(() -> {
				for (Socket socket : open) {
					try {
						OutputStream out = socket.getOutputStream();
						out.write('a');
						out.flush();
					}
					catch (IOException closed) {
						open.remove(socket);
						closedByServer.incrementAndGet();
					}
				}
			}, 0, SLOW_DRIP.toMillis(), TimeUnit.MILLISECONDS);

			List<Long> latencies = new ArrayList<>();
			int polls = 0;
			int answered = 0;
			HttpClient client = HttpClient.newBuilder().connectTimeout(PAGE_TIMEOUT).build();
			long end = System.nanoTime() + SLOW_OBSERVED.toNanos();
			while (System.nanoTime() < end) {
				polls++;
				long started = System.nanoTime();
				try {
					HttpResponse<String> page = client.send(
							HttpRequest.newBuilder(URI.create(app.baseUrl() + "/")).timeout(PAGE_TIMEOUT).build(),
							HttpResponse.BodyHandlers.ofString());
					if (page.statusCode() == 200) {
						answered++;
					}
				}
				catch (IOException timedOut) {
					// Counted as not answered.
				}
				latencies.add(Duration.ofNanos(System.nanoTime() - started).toMillis());
				Thread.sleep(500);
			}
			Collections.sort(latencies);
			double answeredShare = 100.0 * answered / polls;
			FIGURES.note(scenario, "slow sockets opened (1 byte / " + SLOW_DRIP.toSeconds() + " s)",
					open.size() + closedByServer.get());
			FIGURES.note(scenario, "slow sockets refused at connect", refused.get());
			FIGURES.note(scenario, "slow sockets closed by the server", closedByServer.get());
			FIGURES.add(scenario, "public page polls answered 200 within 5 s", answered + "/" + polls, ">= 95 %",
					answeredShare >= 95);
			FIGURES.note(scenario, "poll latency median (ms)", latencies.get(latencies.size() / 2));
			FIGURES.note(scenario, "poll latency max (ms)", latencies.get(latencies.size() - 1));
		}
		finally {
			drip.shutdownNow();
			for (Socket socket : open) {
				socket.close();
			}
			app.stop();
		}
		assertThat(FIGURES.missed(scenario)).isEmpty();
	}

	@Test
	void aDatabaseOutageFailsFastAndRecoversByItself() throws Exception {
		String scenario = "postgres-outage";
		PostgresCluster cluster = PostgresCluster.fromProperty("resilience.pg.cluster", "15/main");
		cluster.start();
		cluster.recreateDatabase("baclofen_resilience", "baclofen_resilience", "resilience-only-password");
		PackagedApp app = new PackagedApp(this.work, List.of("--spring.profiles.active=postgres"),
				Map.of("BACLOFEN_DB_URL", "jdbc:postgresql://127.0.0.1:" + cluster.port() + "/baclofen_resilience",
						"BACLOFEN_DB_USERNAME", "baclofen_resilience", "BACLOFEN_DB_PASSWORD",
						"resilience-only-password"));
		try {
			app.start();
			HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
			assertThat(timed(client, app.baseUrl() + "/interactions", Duration.ofSeconds(30)).status())
				.isEqualTo("200");

			cluster.stop();
			List<Future<Timed>> probes = new ArrayList<>();
			ExecutorService threads = Executors.newFixedThreadPool(6);
			for (int i = 0; i < 4; i++) {
				probes
					.add(threads.submit(() -> timed(client, app.baseUrl() + "/interactions", Duration.ofSeconds(60))));
			}
			for (int i = 0; i < 2; i++) {
				probes.add(threads
					.submit(() -> timed(client, app.baseUrl() + "/actuator/health", Duration.ofSeconds(60))));
			}
			List<Timed> pages = new ArrayList<>();
			List<Timed> health = new ArrayList<>();
			for (int i = 0; i < probes.size(); i++) {
				(i < 4 ? pages : health).add(probes.get(i).get(90, TimeUnit.SECONDS));
			}
			threads.shutdown();
			long slowestPage = pages.stream().mapToLong(Timed::millis).max().orElseThrow();
			long slowestHealth = health.stream().mapToLong(Timed::millis).max().orElseThrow();
			FIGURES.add(scenario, "page during outage: statuses", pages.stream().map(Timed::status).toList(),
					"200 or 503",
					pages.stream().allMatch((page) -> page.status().equals("200") || page.status().equals("503")));
			FIGURES.add(scenario, "page during outage: slowest answer (ms)", slowestPage, "<= 3000",
					slowestPage <= 3000);
			FIGURES.add(scenario, "health during outage: statuses", health.stream().map(Timed::status).toList(), "503",
					health.stream().allMatch((probe) -> probe.status().equals("503")));
			FIGURES.add(scenario, "health during outage: slowest answer (ms)", slowestHealth, "<= 3000",
					slowestHealth <= 3000);

			cluster.start();
			long restarted = System.nanoTime();
			String status = "";
			while (!status.equals("200") && System.nanoTime() - restarted < Duration.ofSeconds(60).toNanos()) {
				status = timed(client, app.baseUrl() + "/interactions", Duration.ofSeconds(10)).status();
				Thread.sleep(100);
			}
			long recoveryMillis = Duration.ofNanos(System.nanoTime() - restarted).toMillis();
			FIGURES.add(scenario, "page 200 again after the database is back (ms)", recoveryMillis, "<= 10000",
					status.equals("200") && recoveryMillis <= 10000);
		}
		finally {
			cluster.start();
			app.stop();
		}
		assertThat(FIGURES.missed(scenario)).isEmpty();
	}

	record Timed(String status, long millis) {
	}

	private static Timed timed(HttpClient client, String url, Duration timeout) {
		long started = System.nanoTime();
		String status;
		try {
			status = String.valueOf(
					client
						.send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout).build(),
								HttpResponse.BodyHandlers.discarding())
						.statusCode());
		}
		catch (IOException ex) {
			status = ex.getClass().getSimpleName();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			status = "interrupted";
		}
		return new Timed(status, Duration.ofNanos(System.nanoTime() - started).toMillis());
	}

	private static String csrfToken(HttpClient client, String url) throws IOException, InterruptedException {
		Matcher token = CSRF
			.matcher(client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
				.body());
		assertThat(token.find()).as("CSRF token on " + url).isTrue();
		return token.group(1);
	}

	private static Map<String, String> interaction(String csrf, String slug, int version, String management) {
		Map<String, String> fields = new LinkedHashMap<>(Map.of("_csrf", csrf, "version", String.valueOf(version),
				"slug", slug, "interactant", "Kill probe", "interactantKind", "SUBSTANCE", "severity", "UNKNOWN",
				"effect", "An effect.", "management", management, "sortOrder", "900", "sourceIds", "1"));
		fields.put("reviewed", "true");
		return fields;
	}

	private static HttpResponse<String> postForm(HttpClient client, String url, Map<String, String> fields)
			throws IOException, InterruptedException {
		StringBuilder form = new StringBuilder();
		fields.forEach((name, value) -> form.append(form.isEmpty() ? "" : "&")
			.append(name)
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return client.send(HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form.toString()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
