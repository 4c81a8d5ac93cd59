package org.baclofen.reference.system;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One real PostgreSQL per test JVM, from the first place that has one:
 * <ol>
 * <li>an explicit server from {@code BACLOFEN_TEST_DB_URL},
 * {@code BACLOFEN_TEST_DB_USERNAME} and {@code BACLOFEN_TEST_DB_PASSWORD} (what CI
 * starts);</li>
 * <li>a Testcontainers container, where a Docker engine answers;</li>
 * <li>embedded PostgreSQL binaries from Maven Central.</li>
 * </ol>
 * When none is available the tests are skipped with a loud reason, except where
 * {@code CI} or {@code BACLOFEN_REQUIRE_POSTGRES} is {@code true}: there a missing
 * database fails the build.
 */
public final class TestPostgres {

	private static Connection connection;

	private TestPostgres() {
	}

	public record Connection(String url, String username, String password, String origin) {
	}

	public static synchronized Connection connection() {
		if (connection == null) {
			connection = resolve();
		}
		return connection;
	}

	private static Connection resolve() {
		String url = System.getenv("BACLOFEN_TEST_DB_URL");
		if (url != null && !url.isBlank()) {
			return new Connection(url, System.getenv("BACLOFEN_TEST_DB_USERNAME"),
					System.getenv("BACLOFEN_TEST_DB_PASSWORD"), "server from BACLOFEN_TEST_DB_URL");
		}
		StringBuilder tried = new StringBuilder("BACLOFEN_TEST_DB_URL is not set");
		try {
			if (DockerClientFactory.instance().isDockerAvailable()) {
				PostgreSQLContainer container = new PostgreSQLContainer("postgres:18-alpine");
				container.start();
				return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
						"Testcontainers " + container.getDockerImageName());
			}
			tried.append("; no Docker engine answers");
		}
		catch (RuntimeException ex) {
			tried.append("; Testcontainers failed: ").append(ex.getMessage());
		}
		try {
			EmbeddedPostgres embedded = EmbeddedPostgres.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					embedded.close();
				}
				catch (IOException ex) {
					// The JVM is exiting; the temporary cluster directory is removed with
					// it.
				}
			}));
			return new Connection(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "postgres",
					"embedded PostgreSQL binaries");
		}
		catch (IOException | RuntimeException ex) {
			tried.append("; embedded PostgreSQL failed: ").append(ex.getMessage());
		}
		String reason = "No PostgreSQL for the integration tests (" + tried + ")";
		if (required()) {
			throw new IllegalStateException(reason + ". CI requires a real PostgreSQL: failing the build.");
		}
		System.err.println("SKIPPING POSTGRESQL TESTS: " + reason);
		Assumptions.abort(reason);
		return null;
	}

	static boolean required() {
		return "true".equalsIgnoreCase(System.getenv("CI"))
				|| "true".equalsIgnoreCase(System.getenv("BACLOFEN_REQUIRE_POSTGRES"));
	}

}
