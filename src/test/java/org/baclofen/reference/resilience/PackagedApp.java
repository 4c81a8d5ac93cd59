package org.baclofen.reference.resilience;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The packaged jar (target/*.jar) run as a separate process on loopback, in a working
 * directory of its own (so the embedded H2 under ./data lives there), with its output in
 * a log file there.
 */
final class PackagedApp {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

	private final Path workDir;

	private final int port;

	private final List<String> arguments;

	private final Map<String, String> environment;

	private Process process;

	PackagedApp(Path workDir, List<String> arguments, Map<String, String> environment) throws IOException {
		this.workDir = workDir;
		this.port = freePort();
		this.arguments = arguments;
		this.environment = environment;
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	/**
	 * @return how long it took until the health endpoint answered UP
	 */
	Duration start() throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
						jar().toString(), "--server.port=" + this.port, "--server.address=127.0.0.1"));
		command.addAll(this.arguments);
		// Extra settings to try, e.g.
		// -Dresilience.app.args="--server.tomcat.connection-timeout=2s"
		String extra = System.getProperty("resilience.app.args", "").strip();
		if (!extra.isEmpty()) {
			command.addAll(List.of(extra.split("\\s+")));
		}
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.workDir.resolve("app.log").toFile()));
		builder.environment().putAll(this.environment);
		long started = System.nanoTime();
		this.process = builder.start();
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		while (Duration.ofNanos(System.nanoTime() - started).compareTo(START_TIMEOUT) < 0) {
			if (!this.process.isAlive()) {
				List<String> log = Files.readAllLines(this.workDir.resolve("app.log"));
				throw new IllegalStateException("The jar exited at start-up:\n"
						+ String.join("\n", log.subList(Math.max(0, log.size() - 20), log.size())));
			}
			try {
				HttpResponse<String> health = client
					.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
						.timeout(Duration.ofSeconds(2))
						.build(), HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return Duration.ofNanos(System.nanoTime() - started);
				}
			}
			catch (IOException notYet) {
				// Not listening yet.
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("The jar did not become healthy in " + START_TIMEOUT);
	}

	/** SIGKILL: no shutdown hook, no flush, no goodbye. */
	void kill9() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	/** A normal shutdown (SIGTERM), as a service manager would do. */
	void stop() throws InterruptedException {
		if (this.process != null && this.process.isAlive()) {
			this.process.destroy();
			this.process.waitFor();
		}
	}

	static Path jar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter((file) -> file.getFileName().toString().matches("baclofen-reference-.*\\.jar"))
				.findFirst()
				.orElseThrow(
						() -> new IllegalStateException("No packaged jar in target/: run ./mvnw verify -Presilience"))
				.toAbsolutePath();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
