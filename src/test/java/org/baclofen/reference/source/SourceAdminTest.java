package org.baclofen.reference.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baclofen.reference.editor.SecondReviewer.approvePending;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.baclofen.reference.ReferenceAppTest;
import org.baclofen.reference.content.Source;
import org.baclofen.reference.content.SourceRepository;
import org.baclofen.reference.editor.AdminFormPost;
import org.baclofen.reference.editor.DraftQueue;
import org.baclofen.reference.editor.Publishing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors see and edit where a source was read ("read via"); readers never do.
 */
@ReferenceAppTest
@Transactional
class SourceAdminTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DraftQueue queue;

	@Autowired
	private Publishing publishing;

	@Autowired
	private SourceRepository sources;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private EntityManager entityManager;

	private Source ozobax() {
		long id = this.jdbc.sql("select id from source where code = 'S2'").query(Long.class).single();
		return this.sources.findById(id).orElseThrow();
	}

	private Map<String, String> validForm(Source source) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("code", source.getCode());
		form.put("title", source.getTitle());
		form.put("kind", source.getKind().name());
		form.put("note", "");
		form.put("readVia", "MedLibrary");
		form.put("addresses", String.join("\n", source.getAddresses()));
		form.put("version", "" + source.getVersion());
		return form;
	}

	@Test
	void theEditFormShowsReadViaToEditorsButTheSourcesPageDoesNot() throws Exception {
		Source ozobax = ozobax();
		this.mvc.perform(get("/admin/sources/" + ozobax.getId()).with(user("editor1").roles("EDITOR")))
			.andExpect(content().string(containsString("Read via (editors only)")))
			.andExpect(content().string(containsString("MedLibrary; DrugInserts; FDA SPL XML</textarea>")));
		this.mvc.perform(get("/sources"))
			.andExpect(content().string(containsString("OZOBAX (baclofen oral solution 5 mg/5 mL)")))
			.andExpect(content().string(not(containsString("DrugInserts"))));
	}

	@Test
	void anEditorChangesReadViaAndItStaysEditorOnly() throws Exception {
		Source ozobax = ozobax();
		this.mvc.perform(AdminFormPost.asEditor("/admin/sources/" + ozobax.getId(), validForm(ozobax)))
			.andExpect(status().is3xxRedirection());
		approvePending(this.queue, this.publishing);
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(ozobax().getReadVia()).isEqualTo("MedLibrary");
		this.mvc.perform(get("/sources")).andExpect(content().string(not(containsString("MedLibrary"))));
	}

	@Test
	void readViaIsBoundedAndNothingIsSavedWhenTooLong() throws Exception {
		Source ozobax = ozobax();
		this.mvc
			.perform(AdminFormPost.asEditor("/admin/sources/" + ozobax.getId(), validForm(ozobax), "readVia",
					"x".repeat(1001)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"readVia-error\">Too long: at most 1000 characters<")));
		this.entityManager.clear();
		assertThat(ozobax().getReadVia()).isEqualTo("MedLibrary; DrugInserts; FDA SPL XML");
	}

}
