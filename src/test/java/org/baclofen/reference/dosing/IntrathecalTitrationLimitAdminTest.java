package org.baclofen.reference.dosing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baclofen.reference.editor.SecondReviewer.approvePending;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
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
 * Editing the intrathecal titration limits through the admin forms.
 */
@ReferenceAppTest
@Transactional
class IntrathecalTitrationLimitAdminTest {

	/**
	 * A combination of origin, phase and direction the stored content does not have yet.
	 */
	private static final Map<String, String> VALID = Map.of("origin", "SPINAL", "phase", "POST_IMPLANT", "direction",
			"DECREASE", "minChangePercent", "5", "maxChangePercent", "12.5", "perInterval", "per test interval", "note",
			"A test note.", "sortOrder", "55", "sourceIds", "20");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DraftQueue queue;

	@Autowired
	private Publishing publishing;

	@Autowired
	private IntrathecalTitrationLimitRepository limits;

	@Autowired
	private EntityManager entityManager;

	private IntrathecalTitrationLimit first() {
		return this.limits.findAllByOrderBySortOrderAsc().get(0);
	}

	/**
	 * A save with valid fields; each pair of overrides replaces a field, and a null value
	 * leaves it out.
	 */
	private static MockHttpServletRequestBuilder save(String path, String... overrides) {
		return AdminFormPost.asEditor(path, VALID, overrides);
	}

	@Test
	void theListAndTheNewFormRender() throws Exception {
		this.mvc.perform(get("/admin/intrathecal-titration-limits").with(user("editor1").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("spinal origin, post implant, increase 10-30% per 24 h")));
		this.mvc.perform(get("/admin/intrathecal-titration-limits/new").with(user("editor1").roles("EDITOR")))
			.andExpect(status().isOk());
	}

	@Test
	void aValidEditIsSavedAndShownPublicly() throws Exception {
		IntrathecalTitrationLimit limit = first();
		this.mvc
			.perform(save("/admin/intrathecal-titration-limits/" + limit.getId(), "version", "" + limit.getVersion(),
					"sortOrder", "0"))
			.andExpect(redirectedUrl("/admin/intrathecal-titration-limits/" + limit.getId()));
		approvePending(this.queue, this.publishing);
		this.entityManager.flush();
		this.entityManager.clear();
		IntrathecalTitrationLimit saved = this.limits.findById(limit.getId()).orElseThrow();
		assertThat(saved.getDirection()).isEqualTo(IntrathecalTitrationLimit.Direction.DECREASE);
		assertThat(saved.getMaxChangePercent()).isEqualByComparingTo("12.5");
		this.mvc.perform(get("/dosing/intrathecal")).andExpect(content().string(containsString("per test interval")));
	}

	@Test
	void aSecondLimitForTheSameOriginPhaseAndDirectionIsRefused() throws Exception {
		this.mvc
			.perform(save("/admin/intrathecal-titration-limits", "phase", "MAINTENANCE", "direction", "INCREASE",
					"reviewed", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"id=\"direction-error\">A limit for this origin, phase and direction already exists")));
	}

	@Test
	void eachBadFieldIsExplainedAndNothingIsSaved() throws Exception {
		IntrathecalTitrationLimit limit = first();
		this.mvc
			.perform(save("/admin/intrathecal-titration-limits/" + limit.getId(), "version", "" + limit.getVersion(),
					"origin", "", "phase", "LATER", "minChangePercent", "-1", "maxChangePercent", "101", "perInterval",
					"", "note", "x".repeat(2001), "sortOrder", "first"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"origin-error\">Fill this in<")))
			.andExpect(content().string(containsString("id=\"phase-error\">Enter a valid value here<")))
			.andExpect(
					content().string(containsString("id=\"minChangePercent-error\">Enter a percentage from 0 to 100<")))
			.andExpect(
					content().string(containsString("id=\"maxChangePercent-error\">Enter a percentage from 0 to 100<")))
			.andExpect(content().string(containsString("id=\"perInterval-error\">Fill this in<")))
			.andExpect(content().string(containsString("id=\"note-error\">Too long: at most 2000 characters<")))
			.andExpect(content().string(containsString("id=\"sortOrder-error\">Enter a whole number<")));
		this.entityManager.clear();
		assertThat(first().getVersion()).isEqualTo(limit.getVersion());
	}

	@Test
	void theSmallestChangeIsNotAboveTheLargest() throws Exception {
		this.mvc
			.perform(save("/admin/intrathecal-titration-limits", "reviewed", "true", "minChangePercent", "30",
					"maxChangePercent", "10"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					containsString("id=\"minChangePercent-error\">The lower value cannot be above the upper value<")));
		this.mvc
			.perform(save("/admin/intrathecal-titration-limits", "reviewed", "true", "minChangePercent", "10",
					"maxChangePercent", "10"))
			.andExpect(redirectedUrl("/admin/drafts"));
		approvePending(this.queue, this.publishing);
	}

}
