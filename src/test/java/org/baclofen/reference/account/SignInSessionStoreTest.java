package org.baclofen.reference.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.baclofen.reference.ReferenceAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Sign-in sessions live in the database tables created by Flyway (V14), so any instance
 * can read them, and expired ones are deleted on a schedule. That readers who do not sign
 * in get no session is shown over real HTTP (ServerHardeningTest, TwoInstancesIT):
 * MockMvc's csrf() test support keeps CSRF tokens in a session.
 */
@ReferenceAppTest
class SignInSessionStoreTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountRepository accounts;

	@Autowired
	private PasswordEncoder passwordEncoder;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private JdbcIndexedSessionRepository sessions;

	@Test
	void signingInStoresTheSessionInTheDatabase() throws Exception {
		String username = "session-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts
			.save(new Account(username, this.passwordEncoder.encode("right-password-123"), Role.EDITOR, Instant.now()));
		Cookie session = this.mvc.perform(formLogin().user(username).password("right-password-123"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		assertThat(this.jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(username)
			.query(Integer.class)
			.single()).isEqualTo(1);
		this.mvc.perform(get("/admin").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void expiredSessionsAreDeletedAndLiveOnesKept() {
		long now = System.currentTimeMillis();
		String expired = insertSession(now - 1_000);
		String live = insertSession(now + 60_000);
		this.sessions.cleanUpExpiredSessions();
		assertThat(sessionExists(expired)).isFalse();
		assertThat(this.jdbc.sql("select count(*) from spring_session_attributes where session_primary_id = ?")
			.param(expired)
			.query(Integer.class)
			.single()).as("its attributes go with it").isZero();
		assertThat(sessionExists(live)).isTrue();
		this.jdbc.sql("delete from spring_session where primary_id = ?").param(live).update();
	}

	@Test
	void theCleanUpRunsEveryMinute() {
		// The repository schedules its own clean-up (spring.session.jdbc.cleanup-cron).
		assertThat(ReflectionTestUtils.getField(this.sessions, "cleanupCron")).isEqualTo("0 * * * * *");
		assertThat(ReflectionTestUtils.getField(this.sessions, "taskScheduler")).as("its scheduler").isNotNull();
	}

	private String insertSession(long expiryTime) {
		String id = UUID.randomUUID().toString();
		this.jdbc
			.sql("insert into spring_session (primary_id, session_id, creation_time, last_access_time, "
					+ "max_inactive_interval, expiry_time, principal_name) values (?, ?, ?, ?, 1800, ?, 'probe')")
			.params(id, UUID.randomUUID().toString(), expiryTime - 1_800_000, expiryTime - 1_800_000, expiryTime)
			.update();
		this.jdbc
			.sql("insert into spring_session_attributes (session_primary_id, attribute_name, attribute_bytes) "
					+ "values (?, 'probe', ?)")
			.params(id, new byte[] { 1, 2, 3 })
			.update();
		return id;
	}

	private boolean sessionExists(String primaryId) {
		return this.jdbc.sql("select count(*) from spring_session where primary_id = ?")
			.param(primaryId)
			.query(Integer.class)
			.single() == 1;
	}

}
