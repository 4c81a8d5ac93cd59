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
 * Editing the intrathecal screening boluses through the admin forms.
 */
@ReferenceAppTest
@Transactional
class IntrathecalScreeningDoseAdminTest {

	private static final Map<String, String> VALID = Map.of("sequence", "4", "doseMcg", "125", "volumeMl", "2.5",
			"concentrationMcgPerMl", "50", "timing", "Test timing: 24 hours after the third bolus.", "note",
			"A test note.", "sourceIds", "20");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DraftQueue queue;

	@Autowired
	private Publishing publishing;

	@Autowired
	private IntrathecalScreeningDoseRepository doses;

	@Autowired
	private EntityManager entityManager;

	private IntrathecalScreeningDose dose(int sequence) {
		return this.doses.findBySequence(sequence).get(0);
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
		this.mvc.perform(get("/admin/intrathecal-screening-doses").with(user("editor1").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Screening dose 1: 50 mcg")));
		this.mvc.perform(get("/admin/intrathecal-screening-doses/new").with(user("editor1").roles("EDITOR")))
			.andExpect(status().isOk());
	}

	@Test
	void aNewDoseIsSavedAndShownPublicly() throws Exception {
		this.mvc.perform(save("/admin/intrathecal-screening-doses", "reviewed", "true"))
			.andExpect(redirectedUrl("/admin/drafts"));
		approvePending(this.queue, this.publishing);
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(dose(4).getDoseMcg()).isEqualByComparingTo("125");
		assertThat(dose(4).getVolumeMl()).isEqualByComparingTo("2.5");
		this.mvc.perform(get("/dosing/intrathecal"))
			.andExpect(content().string(containsString("Test timing: 24 hours after the third bolus.")));
	}

	@Test
	void aValidEditIsSavedAndOptionalValuesMayBeEmpty() throws Exception {
		IntrathecalScreeningDose second = dose(2);
		this.mvc
			.perform(save("/admin/intrathecal-screening-doses/" + second.getId(), "version", "" + second.getVersion(),
					"sequence", "2", "doseMcg", "75", "volumeMl", "", "concentrationMcgPerMl", ""))
			.andExpect(redirectedUrl("/admin/intrathecal-screening-doses/" + second.getId()));
		approvePending(this.queue, this.publishing);
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(dose(2).getVolumeMl()).isNull();
		assertThat(dose(2).getTiming()).isEqualTo("Test timing: 24 hours after the third bolus.");
	}

	@Test
	void eachBadFieldIsExplainedAndNothingIsSaved() throws Exception {
		IntrathecalScreeningDose first = dose(1);
		this.mvc
			.perform(save("/admin/intrathecal-screening-doses/" + first.getId(), "version", "" + first.getVersion(),
					"sequence", "0", "doseMcg", "", "volumeMl", "-1", "concentrationMcgPerMl", "fifty", "timing",
					"x".repeat(301), "note", "x".repeat(2001), "sourceIds", null))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"sequence-error\">Enter a whole number from 1 to 100<")))
			.andExpect(content().string(containsString("id=\"doseMcg-error\">Fill this in<")))
			.andExpect(content().string(containsString("id=\"volumeMl-error\">Enter a number above 0<")))
			.andExpect(content()
				.string(containsString("id=\"concentrationMcgPerMl-error\">Enter a number, such as 45 or 12.5<")))
			.andExpect(content().string(containsString("id=\"timing-error\">Too long: at most 300 characters<")))
			.andExpect(content().string(containsString("id=\"note-error\">Too long: at most 2000 characters<")))
			.andExpect(content().string(containsString("Cite at least one source")));
		this.entityManager.clear();
		assertThat(dose(1).getVersion()).isEqualTo(first.getVersion());
	}

	@Test
	void aSequenceNumberIsUsedOnce() throws Exception {
		this.mvc.perform(save("/admin/intrathecal-screening-doses", "reviewed", "true", "sequence", "1"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("id=\"sequence-error\">Another screening dose already has this number<")));
		assertThat(this.doses.findBySequence(1)).hasSize(1);
	}

}
