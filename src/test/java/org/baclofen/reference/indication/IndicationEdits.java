package org.baclofen.reference.indication;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An editor's save of an indication that changes only its summary, for tests that publish
 * a change.
 */
public final class IndicationEdits {

	private IndicationEdits() {
	}

	public static MockHttpServletRequestBuilder summary(Indication indication, String summary, JdbcClient jdbc) {
		MockHttpServletRequestBuilder request = post("/admin/indications/" + indication.getId()).with(csrf())
			.with(user("editor1").roles("EDITOR"))
			.param("slug", indication.getSlug())
			.param("name", indication.getName())
			.param("status", indication.getStatus().name())
			.param("route", indication.getRoute().name())
			.param("evidence", indication.getEvidence().name())
			.param("summary", summary)
			.param("details", indication.getDetails())
			.param("sortOrder", "" + indication.getSortOrder())
			.param("version", "" + indication.getVersion());
		jdbc.sql("select source_id from indication_source where indication_id = ?")
			.param(indication.getId())
			.query(Long.class)
			.list()
			.forEach((source) -> request.param("sourceIds", source.toString()));
		return request;
	}

}
