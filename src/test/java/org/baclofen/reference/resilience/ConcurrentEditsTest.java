package org.baclofen.reference.resilience;

import javax.sql.DataSource;

import org.baclofen.reference.ReferenceAppTest;
import org.baclofen.reference.editor.DraftQueue;
import org.baclofen.reference.editor.Publishing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Concurrent admin saves, creates and restores on the embedded H2: see
 * {@link ConcurrentEditScenarios}.
 */
@ReferenceAppTest
class ConcurrentEditsTest implements ConcurrentEditScenarios {

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

}
