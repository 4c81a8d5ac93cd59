package org.baclofen.reference.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * The embedded default database as the application configures it: every commit it
 * acknowledged is still there after the database stops without any cleanup (H2's SHUTDOWN
 * IMMEDIATELY, which its documentation likens to a power failure; a killed process leaves
 * the file the same way). With H2's default write delay, commits from the last half
 * second were lost.
 */
class EmbeddedDatabaseDurabilityTest {

	private static final int COMMITS = 200;

	@TempDir
	private Path directory;

	@Test
	void everyAcknowledgedCommitSurvivesAnAbruptStop() throws Exception {
		Properties application = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
		String configured = application.getProperty("spring.datasource.url");
		assertThat(configured).startsWith("jdbc:h2:file:./data/baclofen;");
		String url = configured.replace("./data/baclofen", this.directory.resolve("baclofen").toString());
		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			connection.createStatement().execute("create table edit (id int primary key, text varchar(100))");
			for (int i = 0; i < COMMITS; i++) {
				try (PreparedStatement insert = connection.prepareStatement("insert into edit values (?, ?)")) {
					insert.setInt(1, i);
					insert.setString(2, "edit " + i);
					insert.executeUpdate();
				}
			}
			connection.createStatement().execute("shutdown immediately");
		}
		catch (SQLException closedByShutdown) {
			// H2 closes the connection under the statement that stopped it.
		}
		try (Connection reopened = DriverManager.getConnection(url, "sa", "");
				ResultSet count = reopened.createStatement().executeQuery("select count(*) from edit")) {
			count.next();
			assertThat(count.getInt(1)).isEqualTo(COMMITS);
		}
	}

}
