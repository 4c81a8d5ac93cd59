package org.baclofen.reference.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;

import org.baclofen.reference.PublicPage;
import org.baclofen.reference.search.ContentCatalogue;
import org.baclofen.reference.search.ContentKind;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The application on a real PostgreSQL, with the same migrations and the production
 * "postgres" profile.
 */
class PostgresIT extends PostgresTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Flyway flyway;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ContentCatalogue catalogue;

	@Test
	void runsOnPostgresql() {
		assertThat(this.jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
	}

	@Test
	void everyMigrationIsApplied() {
		MigrationInfo[] applied = this.flyway.info().applied();
		assertThat(applied).isNotEmpty();
		assertThat(Arrays.stream(applied).map(MigrationInfo::getState)).containsOnly(MigrationState.SUCCESS);
		assertThat(this.flyway.info().pending()).isEmpty();
	}

	@ParameterizedTest
	@FieldSource("org.baclofen.reference.PublicPage#ALL")
	void everyPageRenders(PublicPage page) throws Exception {
		this.mvc.perform(get(page.path()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(page.expectedText())));
	}

	@Test
	void catalogueQueriesRunOnPostgresql() {
		assertThat(this.catalogue.entries()).extracting("kind").contains((Object[]) ContentKind.values());
		assertThat(this.catalogue.citationsBySource()).isNotEmpty();
	}

	@Test
	void newContentGetsIdsAfterTheLoadedContent() {
		Long next = this.jdbc
			.sql("insert into source (code, title, kind, last_reviewed) values ('S999', 'Probe', 'LABEL', current_date)"
					+ " returning id")
			.query(Long.class)
			.single();
		this.jdbc.sql("delete from source where id = ?").param(next).update();
		assertThat(next).isGreaterThanOrEqualTo(1000L);
	}

}
