package org.baclofen.reference.system;

import java.io.IOException;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The outage on PostgreSQL with the production profile's timeouts: a server of its own
 * (embedded binaries), stopped and started again on the same port and data, so no other
 * test's database is touched.
 */
@ActiveProfiles("postgres")
class DatabaseOutagePostgresIT extends DatabaseOutageScenario {

	private static final int PORT = freePort();

	private static final Path DIRECTORY = temporaryDirectory();

	private static EmbeddedPostgres database = start();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> database.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "postgres");
	}

	private static EmbeddedPostgres start() {
		try {
			return EmbeddedPostgres.builder()
				.setPort(PORT)
				.setDataDirectory(DIRECTORY.resolve("data"))
				.setCleanDataDirectory(false)
				.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@AfterAll
	static void stop() throws IOException {
		database.close();
	}

	@Override
	void stopDatabase() throws IOException {
		database.close();
	}

	@Override
	void startDatabase() {
		database = start();
	}

}
