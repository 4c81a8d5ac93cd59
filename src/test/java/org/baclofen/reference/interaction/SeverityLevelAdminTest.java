package org.baclofen.reference.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baclofen.reference.editor.SecondReviewer.approvePending;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
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
 * Editing severity levels through the admin forms: valid input is saved and shown with
 * the interactions, each bad field is explained with nothing saved, a scale has each code
 * once, and a level that ranks interactions in use can be neither deleted nor recoded.
 */
@ReferenceAppTest
@Transactional
class SeverityLevelAdminTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DraftQueue queue;

	@Autowired
	private Publishing publishing;

	@Autowired
	private SeverityLevelRepository levels;

	@Autowired
	private InteractionRepository interactions;

	@Autowired
	private EntityManager entityManager;

	private SeverityLevel level(String scale, String code) {
		return this.levels.findByScaleAndCode(scale, code).orElseThrow();
	}

	/** A valid form, with some fields replaced. */
	private static MockHttpServletRequestBuilder save(String path, String scale, String code, String... replaced) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("scale", scale);
		fields.put("code", code);
		fields.put("label", "Edited label");
		fields.put("meaning", "An edited meaning of the level.");
		fields.put("rank", "1");
		fields.put("sourceIds", "1");
		return AdminFormPost.asEditor(path, fields, replaced);
	}

	private MockHttpServletRequestBuilder edit(SeverityLevel level, String scale, String code, String... replaced) {
		return save("/admin/severity-levels/" + level.getId(), scale, code, replaced).param("version",
				"" + level.getVersion());
	}

	/** A severity some interaction is rated with, so its level ranks something. */
	private Severity severityInUse() {
		return this.interactions.findAllBy().get(0).getSeverity();
	}

	@Test
	void aValidEditIsSavedAndShownWithTheInteractions() throws Exception {
		SeverityLevel major = level(SeverityLevel.APP_SCALE, "MAJOR");
		this.mvc.perform(edit(major, SeverityLevel.APP_SCALE, "MAJOR")).andExpect(status().is3xxRedirection());
		approvePending(this.queue, this.publishing);
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(level(SeverityLevel.APP_SCALE, "MAJOR").getMeaning()).isEqualTo("An edited meaning of the level.");
		this.mvc.perform(get("/interactions"))
			.andExpect(content().string(containsString("An edited meaning of the level.")));
	}

	@Test
	void eachBadFieldIsExplainedAndNothingIsSaved() throws Exception {
		SeverityLevel x = level("LEXICOMP", "X");
		this.mvc.perform(edit(x, "lexi comp", "", "label", "x".repeat(61), "meaning", "", "rank", "0"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("id=\"scale-error\">Use capital letters, digits and underscores")))
			.andExpect(content().string(containsString("id=\"code-error\">Fill this in<")))
			.andExpect(content().string(containsString("id=\"label-error\">Too long: at most 60 characters<")))
			.andExpect(content().string(containsString("id=\"meaning-error\">Fill this in<")))
			.andExpect(content()
				.string(containsString("id=\"rank-error\">Enter a whole number from 1 (most severe) to 100<")));
		this.entityManager.clear();
		assertThat(level("LEXICOMP", "X").getVersion()).isEqualTo(x.getVersion());
	}

	@Test
	void aScaleHasEachCodeOnceAndTheAppScaleOnlyItsSeverities() throws Exception {
		this.mvc.perform(save("/admin/severity-levels", "LEXICOMP", "X").param("reviewed", "true"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("id=\"code-error\">This scale already has a level with this code<")));
		this.mvc.perform(save("/admin/severity-levels", SeverityLevel.APP_SCALE, "SEVERE").param("reviewed", "true"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("id=\"code-error\">On the app scale the code must be a severity")));
	}

	@Test
	void aLevelRankingInteractionsInUseCannotBeDeletedOrRecoded() throws Exception {
		SeverityLevel inUse = level(SeverityLevel.APP_SCALE, severityInUse().name());
		this.mvc
			.perform(get("/admin/severity-levels/" + inUse.getId() + "/delete").with(user("editor1").roles("EDITOR")))
			.andExpect(content().string(containsString("without it they would be left unranked")))
			.andExpect(content().string(not(containsString("Yes, delete it"))));
		this.mvc.perform(AdminFormPost.asEditor("/admin/severity-levels/" + inUse.getId() + "/delete", Map.of()))
			.andExpect(status().isOk());
		this.mvc.perform(edit(inUse, "OTHER_SCALE", inUse.getCode()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"code-error\">")))
			.andExpect(content().string(containsString("rate them differently before changing the scale or code")));
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(this.levels.findById(inUse.getId())).get()
			.extracting(SeverityLevel::getScale)
			.isEqualTo(SeverityLevel.APP_SCALE);
	}

	@Test
	void aLevelOfAnotherScaleCanBeDeleted() throws Exception {
		SeverityLevel a = level("LEXICOMP", "A");
		this.mvc.perform(AdminFormPost.asEditor("/admin/severity-levels/" + a.getId() + "/delete", Map.of()))
			.andExpect(redirectedUrlPattern("/admin/severity-levels/*"));
		approvePending(this.queue, this.publishing);
		this.entityManager.flush();
		assertThat(this.levels.findByScaleAndCode("LEXICOMP", "A")).isEmpty();
	}

}
