package org.baclofen.reference.indication;

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
import org.baclofen.reference.editor.SecondReviewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing indications through the admin forms: valid input is saved and shown, each bad
 * field is explained next to it with nothing saved, and a labeled use must rest on the
 * label.
 */
@ReferenceAppTest
@Transactional
class IndicationAdminTest {

	private static final String MS = "multiple-sclerosis-spasticity";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DraftQueue queue;

	@Autowired
	private Publishing publishing;

	@Autowired
	private IndicationRepository indications;

	@Autowired
	private EntityManager entityManager;

	private Indication indication(String slug) {
		return this.indications.findBySlug(slug).orElseThrow();
	}

	private static MockHttpServletRequestBuilder save(String path, String slug, String status, String evidence) {
		return save(path, slug, "Spasticity due to multiple sclerosis", status, evidence);
	}

	private static MockHttpServletRequestBuilder save(String path, String slug, String name, String status,
			String evidence) {
		return AdminFormPost.asEditor(path, Map.of())
			.param("slug", slug)
			.param("name", name)
			.param("status", status)
			.param("route", "ORAL")
			.param("evidence", evidence)
			.param("summary", "An edited summary of the labeled use.")
			.param("details", "First paragraph.\n\nSecond paragraph.")
			.param("sortOrder", "1")
			.param("sourceIds", "1");
	}

	private MockHttpServletRequestBuilder edit(Indication indication, String status, String evidence) {
		return save("/admin/indications/" + indication.getId(), indication.getSlug(), status, evidence).param("version",
				"" + indication.getVersion());
	}

	@Test
	void aValidEditIsSavedAndShownPublicly() throws Exception {
		this.mvc.perform(edit(indication(MS), "LABELED", "LABEL")).andExpect(status().is3xxRedirection());
		approvePending(this.queue, this.publishing);
		this.entityManager.flush();
		this.entityManager.clear();
		Indication saved = indication(MS);
		assertThat(saved.getSummary()).isEqualTo("An edited summary of the labeled use.");
		assertThat(saved.getDetailParagraphs()).containsExactly("First paragraph.", "Second paragraph.");
		assertThat(saved.getSources()).extracting("code").containsExactly("S1");
		this.mvc.perform(get("/indications/" + MS))
			.andExpect(content().string(containsString("An edited summary of the labeled use.")));
	}

	@Test
	void aNewUseIsCreatedAndGetsItsOwnPage() throws Exception {
		this.mvc
			.perform(
					save("/admin/indications", "admin-test-new-use", "A new use added by an editor", "OFF_LABEL", "LOW")
						.param("reviewed", "true"))
			.andExpect(redirectedUrl("/admin/drafts"));
		approvePending(this.queue, this.publishing);
		this.entityManager.flush();
		assertThat(indication("admin-test-new-use").getName()).isEqualTo("A new use added by an editor");
		// The drafter ticked it; the reviewer who approved confirmed the check.
		assertThat(indication("admin-test-new-use").getReviewedBy()).isEqualTo(SecondReviewer.USERNAME);
		this.mvc.perform(get("/indications/admin-test-new-use"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A new use added by an editor")));
	}

	@Test
	void eachBadFieldIsExplainedAndNothingIsSaved() throws Exception {
		Indication ms = indication(MS);
		this.mvc
			.perform(AdminFormPost.asEditor("/admin/indications/" + ms.getId(), Map.of())
				.param("version", "" + ms.getVersion())
				.param("slug", MS)
				.param("name", "")
				.param("status", "")
				.param("route", "SIDEWAYS")
				.param("evidence", "LABEL")
				.param("summary", "x".repeat(601))
				.param("details", "Keep this typed text")
				.param("sortOrder", "-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"name-error\">Fill this in<")))
			.andExpect(content().string(containsString("id=\"status-error\">Fill this in<")))
			.andExpect(content().string(containsString("id=\"route-error\">Enter a valid value here<")))
			.andExpect(content().string(containsString("id=\"summary-error\">Too long: at most 600 characters<")))
			.andExpect(content().string(containsString("id=\"sortOrder-error\">Enter a whole number from 0 to 10000<")))
			.andExpect(content().string(containsString("Cite at least one source")))
			.andExpect(content().string(containsString("Keep this typed text")));
		this.entityManager.clear();
		assertThat(indication(MS).getVersion()).isEqualTo(ms.getVersion());
	}

	@Test
	void aLabeledUseMustRestOnTheLabel() throws Exception {
		Indication ms = indication(MS);
		this.mvc.perform(edit(ms, "LABELED", "LOW"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"evidence-error\">A labeled use rests on the label")));
		this.entityManager.clear();
		assertThat(indication(MS).getEvidence()).isEqualTo(EvidenceStrength.LABEL);
		assertThat(indication(MS).getVersion()).isEqualTo(ms.getVersion());
	}

	@Test
	void aSlugIsUniqueAndFixedOnceCreated() throws Exception {
		this.mvc.perform(save("/admin/indications", MS, "OFF_LABEL", "LOW").param("reviewed", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This slug is already used by another item")));
		Indication ms = indication(MS);
		this.mvc
			.perform(save("/admin/indications/" + ms.getId(), "ms-spasticity", "LABELED", "LABEL").param("version",
					"" + ms.getVersion()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("cannot change after it is created")));
	}

}
