package org.baclofen.reference.system;

import java.nio.file.Path;
import java.sql.SQLException;

import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The outage on an H2 server: runs in every build. */
class DatabaseOutageTest extends DatabaseOutageScenario {

	private static final int PORT = freePort();

	private static final Path DIRECTORY = temporaryDirectory();

	private static Server database = start();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:tcp://127.0.0.1:" + PORT + "/"
				+ DIRECTORY.resolve("outage") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
	}

	private static Server start() {
		try {
			return Server.createTcpServer("-tcpPort", String.valueOf(PORT), "-ifNotExists").start();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@AfterAll
	static void stop() {
		database.stop();
	}

	@Override
	void stopDatabase() {
		database.stop();
	}

	@Override
	void startDatabase() {
		database = start();
	}

}
