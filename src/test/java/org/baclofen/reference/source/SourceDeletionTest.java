package org.baclofen.reference.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.baclofen.reference.ReferenceAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A source cited by something outside the content catalogue (the kidney-function codes
 * the CDS Hooks service prefetches) is refused with a reason on the delete page, never a
 * server error.
 */
@ReferenceAppTest
class SourceDeletionTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aSourceStillReferencedOutsideTheCatalogueIsRefusedWithAReasonBeforeAnyDraft() throws Exception {
		long id = this.jdbc.sql("select id from source where code = 'S70'").query(Long.class).single();
		this.mvc.perform(post("/admin/sources/" + id + "/delete").with(csrf()).with(user("editor1").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("other stored content still refers to it")));
		assertThat(this.jdbc.sql("select count(*) from source where code = 'S70'").query(Long.class).single())
			.isEqualTo(1);
	}

}
