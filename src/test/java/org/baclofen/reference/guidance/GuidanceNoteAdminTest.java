package org.baclofen.reference.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baclofen.reference.editor.SecondReviewer.approvePending;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import jakarta.persistence.EntityManager;
import org.baclofen.reference.ReferenceAppTest;
import org.baclofen.reference.editor.AdminFormPost;
import org.baclofen.reference.editor.DraftQueue;
import org.baclofen.reference.editor.Publishing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing guidance notes through the admin forms: valid input is saved and shown on the
 * topic's page, each bad field is explained next to it with nothing saved, and a title is
 * unique within its topic.
 */
@ReferenceAppTest
@Transactional
class GuidanceNoteAdminTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DraftQueue queue;

	@Autowired
	private Publishing publishing;

	@Autowired
	private GuidanceNoteRepository notes;

	@Autowired
	private EntityManager entityManager;

	private GuidanceNote absorption() {
		return this.notes.findAllBy()
			.stream()
			.filter((note) -> note.getTopic() == GuidanceTopic.PHARMACOKINETICS && note.getTitle().equals("Absorption"))
			.findFirst()
			.orElseThrow();
	}

	private static MockHttpServletRequestBuilder save(String path, String topic, String title) {
		return AdminFormPost.asEditor(path, Map.of())
			.param("topic", topic)
			.param("title", title)
			.param("body", "An edited note.\n\nIts second paragraph.")
			.param("_sourcesDisagree", "on")
			.param("sortOrder", "5")
			.param("sourceIds", "1");
	}

	private MockHttpServletRequestBuilder edit(GuidanceNote note) {
		return save("/admin/guidance-notes/" + note.getId(), note.getTopic().name(), note.getTitle()).param("version",
				"" + note.getVersion());
	}

	@Test
	void aValidEditIsSavedAndShownOnTheTopicsPage() throws Exception {
		this.mvc.perform(edit(absorption()).param("sourcesDisagree", "true")).andExpect(status().is3xxRedirection());
		approvePending(this.queue, this.publishing);
		this.entityManager.flush();
		this.entityManager.clear();
		GuidanceNote saved = absorption();
		assertThat(saved.getParagraphs()).containsExactly("An edited note.", "Its second paragraph.");
		assertThat(saved.isSourcesDisagree()).isTrue();
		assertThat(saved.getSources()).extracting("code").containsExactly("S1");
		this.mvc.perform(get("/pharmacology")).andExpect(content().string(containsString("Its second paragraph.")));
	}

	@Test
	void untickingSourcesDisagreeClearsTheFlag() throws Exception {
		this.mvc.perform(edit(absorption()).param("sourcesDisagree", "true"));
		approvePending(this.queue, this.publishing);
		this.entityManager.flush();
		this.entityManager.clear();
		this.mvc.perform(edit(absorption())).andExpect(status().is3xxRedirection());
		approvePending(this.queue, this.publishing);
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(absorption().isSourcesDisagree()).isFalse();
	}

	@Test
	void eachBadFieldIsExplainedAndNothingIsSaved() throws Exception {
		GuidanceNote note = absorption();
		this.mvc
			.perform(AdminFormPost.asEditor("/admin/guidance-notes/" + note.getId(), Map.of())
				.param("version", "" + note.getVersion())
				.param("topic", "")
				.param("title", "x".repeat(201))
				.param("body", "")
				.param("sortOrder", "first"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"topic-error\">Fill this in<")))
			.andExpect(content().string(containsString("id=\"title-error\">Too long: at most 200 characters<")))
			.andExpect(content().string(containsString("id=\"body-error\">Fill this in<")))
			.andExpect(content().string(containsString("id=\"sortOrder-error\">Enter a whole number<")))
			.andExpect(content().string(containsString("Cite at least one source")));
		this.entityManager.clear();
		assertThat(absorption().getVersion()).isEqualTo(note.getVersion());
	}

	@Test
	void aTitleIsUniqueWithinItsTopicOnly() throws Exception {
		this.mvc.perform(save("/admin/guidance-notes", "PHARMACOKINETICS", "absorption ").param("reviewed", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Another note on this topic already has this title")));
		this.mvc.perform(save("/admin/guidance-notes", "ADVERSE_EFFECTS", "Absorption").param("reviewed", "true"))
			.andExpect(redirectedUrl("/admin/drafts"));
		approvePending(this.queue, this.publishing);
	}

	@Test
	void renamingANoteToAnotherNotesTitleIsRefused() throws Exception {
		GuidanceNote absorption = absorption();
		GuidanceNote other = this.notes.findAllBy()
			.stream()
			.filter((note) -> note.getTopic() == GuidanceTopic.PHARMACOKINETICS
					&& !note.getId().equals(absorption.getId()))
			.findFirst()
			.orElseThrow();
		this.mvc
			.perform(save("/admin/guidance-notes/" + absorption.getId(), "PHARMACOKINETICS", other.getTitle())
				.param("version", "" + absorption.getVersion()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"title-error\">Another note on this topic")));
	}

}
