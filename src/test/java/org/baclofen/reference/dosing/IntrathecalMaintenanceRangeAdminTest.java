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
 * Editing the intrathecal maintenance ranges through the admin forms.
 */
@ReferenceAppTest
@Transactional
class IntrathecalMaintenanceRangeAdminTest {

	private static final Map<String, String> VALID = Map.of("population", "Test population", "typicalMinMcgPerDay",
			"100", "typicalMaxMcgPerDay", "400", "observedMinMcgPerDay", "", "observedMaxMcgPerDay", "", "note",
			"A test note.", "sortOrder", "40", "sourceIds", "20");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DraftQueue queue;

	@Autowired
	private Publishing publishing;

	@Autowired
	private IntrathecalMaintenanceRangeRepository ranges;

	@Autowired
	private EntityManager entityManager;

	private IntrathecalMaintenanceRange first() {
		return this.ranges.findAllByOrderBySortOrderAsc().get(0);
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
		this.mvc.perform(get("/admin/intrathecal-maintenance-ranges").with(user("editor1").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Children under 12 years")));
		this.mvc.perform(get("/admin/intrathecal-maintenance-ranges/new").with(user("editor1").roles("EDITOR")))
			.andExpect(status().isOk());
	}

	@Test
	void aNewRangeIsSavedAndShownPublicly() throws Exception {
		this.mvc.perform(save("/admin/intrathecal-maintenance-ranges", "reviewed", "true"))
			.andExpect(redirectedUrl("/admin/drafts"));
		approvePending(this.queue, this.publishing);
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(this.ranges.findByPopulationIgnoreCase("Test population")).singleElement()
			.satisfies((range) -> assertThat(range.getObservedMinMcgPerDay()).isNull());
		this.mvc.perform(get("/dosing/intrathecal")).andExpect(content().string(containsString("Test population")));
	}

	@Test
	void aValidEditIsSaved() throws Exception {
		IntrathecalMaintenanceRange range = first();
		this.mvc
			.perform(save("/admin/intrathecal-maintenance-ranges/" + range.getId(), "version", "" + range.getVersion(),
					"population", range.getPopulation()))
			.andExpect(redirectedUrl("/admin/intrathecal-maintenance-ranges/" + range.getId()));
		approvePending(this.queue, this.publishing);
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(this.ranges.findById(range.getId()).orElseThrow().getTypicalMaxMcgPerDay())
			.isEqualByComparingTo("400");
	}

	@Test
	void eachBadFieldIsExplainedAndNothingIsSaved() throws Exception {
		IntrathecalMaintenanceRange range = first();
		this.mvc
			.perform(save("/admin/intrathecal-maintenance-ranges/" + range.getId(), "version", "" + range.getVersion(),
					"population", "", "typicalMinMcgPerDay", "-1", "observedMaxMcgPerDay", "1.25", "note",
					"x".repeat(2001)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"population-error\">Fill this in<")))
			.andExpect(content().string(containsString("id=\"typicalMinMcgPerDay-error\">Enter 0 or a larger number<")))
			.andExpect(content().string(containsString(
					"id=\"observedMaxMcgPerDay-error\">Enter at most 7 digits before the decimal point and "
							+ "1 after it<")))
			.andExpect(content().string(containsString("id=\"note-error\">Too long: at most 2000 characters<")));
		this.entityManager.clear();
		assertThat(first().getVersion()).isEqualTo(range.getVersion());
	}

	@Test
	void eachRangeRunsFromItsMinToItsMax() throws Exception {
		this.mvc
			.perform(save("/admin/intrathecal-maintenance-ranges", "reviewed", "true", "typicalMinMcgPerDay", "500",
					"observedMinMcgPerDay", "20", "observedMaxMcgPerDay", "10"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"id=\"typicalMinMcgPerDay-error\">The lower value cannot be above the upper value<")))
			.andExpect(content().string(containsString(
					"id=\"observedMinMcgPerDay-error\">The lower value cannot be above the upper value<")));
	}

	@Test
	void aLimitedExperienceDoseComesWithItsNote() throws Exception {
		this.mvc
			.perform(save("/admin/intrathecal-maintenance-ranges", "reviewed", "true",
					"limitedExperienceAboveMcgPerDay", "1000", "limitedExperienceNote", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"id=\"limitedExperienceNote-error\">Enter both the dose above which experience is limited")));
		this.mvc
			.perform(save("/admin/intrathecal-maintenance-ranges", "reviewed", "true", "origin", "SPINAL", "ageGroup",
					"ADULT", "limitedExperienceAboveMcgPerDay", "900", "limitedExperienceNote", "Test note."))
			.andExpect(redirectedUrl("/admin/drafts"));
		approvePending(this.queue, this.publishing);
	}

	@Test
	void aPopulationIsNamedOnce() throws Exception {
		this.mvc
			.perform(save("/admin/intrathecal-maintenance-ranges", "reviewed", "true", "population",
					first().getPopulation().toUpperCase()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("id=\"population-error\">Another range already names this population<")));
	}

}
