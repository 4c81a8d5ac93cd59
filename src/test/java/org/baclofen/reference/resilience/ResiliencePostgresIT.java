package org.baclofen.reference.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import org.baclofen.reference.editor.DraftQueue;
import org.baclofen.reference.editor.Publishing;
import org.baclofen.reference.system.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The resilience suite's concurrent scenarios on a real PostgreSQL: parallel password
 * guessing, and concurrent admin saves, creates and restores (see
 * {@link ConcurrentEditScenarios}).
 */
class ResiliencePostgresIT extends PostgresTest implements ConcurrentEditScenarios {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private DraftQueue queue;

	@Autowired
	private Publishing publishing;

	@Override
	public DraftQueue queue() {
		return this.queue;
	}

	@Override
	public Publishing publishing() {
		return this.publishing;
	}

	@Autowired
	private PasswordEncoder passwordEncoder;

	private static final Random RANDOM = new Random();

	@Autowired
	private DataSource dataSource;

	@Autowired
	private FindByIndexNameSessionRepository<? extends Session> sessionStore;

	@Override
	public DataSource dataSource() {
		return this.dataSource;
	}

	@Override
	public FindByIndexNameSessionRepository<? extends Session> sessionStore() {
		return this.sessionStore;
	}

	@Override
	public MockMvc mvc() {
		return this.mvc;
	}

	@Override
	public JdbcClient jdbc() {
		return this.jdbc;
	}

	@Test
	void parallelGuessesAreCheckedNoMoreThanTheLimit() throws Exception {
		String username = "burst-" + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc
			.sql("insert into app_account (username, password_hash, role, enabled, created_at) "
					+ "values (?, ?, 'EDITOR', true, current_timestamp)")
			.params(username, this.passwordEncoder.encode("right-password-123"))
			.update();
		String address = "10.77.%d.%d".formatted(RANDOM.nextInt(256), RANDOM.nextInt(256));
		List<String> outcomes = Concurrently.times(40, (guess) -> {
			try {
				return this.mvc.perform(post("/login").with(csrf())
					.param("username", username)
					.param("password", (guess == 39) ? "right-password-123" : "wrong-" + guess)
					.with((request) -> {
						request.setRemoteAddr(address);
						return request;
					})).andReturn().getResponse().getRedirectedUrl();
			}
			catch (Exception ex) {
				return "error " + ex;
			}
		});
		Map<String, Long> tally = outcomes.stream()
			.collect(Collectors.groupingBy((url) -> url.startsWith("/login?retryIn=") ? "too many" : url,
					Collectors.counting()));
		// The right password is one of 40: no more than 5 wrong ones are checked.
		// The right one, when checked, takes its own attempt back so one more wrong
		// one can be checked, unless every other guess was already refused by then
		// (which comes first is up to the scheduler): so 5 wrong ones are checked,
		// or 4 and the right one.
		long wrongChecked = tally.getOrDefault("/login?error", 0L);
		long rightChecked = tally.getOrDefault("/admin", 0L);
		long refused = tally.getOrDefault("too many", 0L);
		assertThat(wrongChecked).isBetween(4L, 5L);
		assertThat(wrongChecked + rightChecked).isGreaterThanOrEqualTo(5);
		assertThat(wrongChecked + rightChecked + refused).as(tally.toString()).isEqualTo(40);
		this.jdbc.sql("delete from app_account where username = ?").param(username).update();
	}

}
