package org.baclofen.reference.audit;

import java.time.Instant;

import org.baclofen.reference.system.PublishedContentVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Reads the published content revision from the shared database: one aggregate over the
 * revision table, cheap enough to run on every request, and seen by every instance as
 * soon as a change commits.
 * <p>
 * Within one web request it is read once: the page cache, and every cache of what is
 * derived from the content, key on it, so one request sees one revision and costs one
 * statement however many of them it consults. A request that commits a new revision
 * itself reads it afresh afterwards (see {@link AuditRevisionListener}).
 */
@Component
public class PublishedRevisions implements PublishedContentVersion {

	private static final String CURRENT = "select count(*), max(r.id), max(r.timestamp) from audit_revision r";

	private static final String READ_IN_THIS_REQUEST = PublishedRevisions.class.getName() + ".current";

	private final JdbcClient jdbc;

	PublishedRevisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public PublishedRevision current() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return read();
		}
		if (request.getAttribute(READ_IN_THIS_REQUEST,
				RequestAttributes.SCOPE_REQUEST) instanceof PublishedRevision known) {
			return known;
		}
		PublishedRevision current = read();
		request.setAttribute(READ_IN_THIS_REQUEST, current, RequestAttributes.SCOPE_REQUEST);
		return current;
	}

	/**
	 * Makes the current request read the revision again: it has just committed a new one.
	 */
	static void forgetInThisRequest() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.removeAttribute(READ_IN_THIS_REQUEST, RequestAttributes.SCOPE_REQUEST);
		}
	}

	private PublishedRevision read() {
		return this.jdbc.sql(CURRENT)
			.query((row, number) -> new PublishedRevision(row.getLong(1), row.getLong(2),
					Instant.ofEpochMilli(row.getLong(3))))
			.single();
	}

}
