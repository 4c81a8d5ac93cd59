package org.baclofen.reference.system;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on a real PostgreSQL (see {@link TestPostgres}) with the production
 * "postgres" profile and the same migrations. Test classes extending it share one
 * application context.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("postgres")
public abstract class PostgresTest {

	@BeforeAll
	static void requirePostgres() {
		System.out.println("PostgreSQL integration tests run on " + TestPostgres.connection().origin());
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestPostgres.connection().url());
		registry.add("spring.datasource.username", () -> TestPostgres.connection().username());
		registry.add("spring.datasource.password", () -> TestPostgres.connection().password());
	}

}
