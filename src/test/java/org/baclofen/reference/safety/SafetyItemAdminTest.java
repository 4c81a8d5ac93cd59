package org.baclofen.reference.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baclofen.reference.editor.SecondReviewer.approvePending;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
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
 * Editing contraindications, warnings and precautions through the admin forms; an item
 * the screening check still shows cannot be deleted.
 */
@ReferenceAppTest
@Transactional
class SafetyItemAdminTest {

	private static final Map<String, String> VALID = Map.of("kind", "PRECAUTION", "route", "ORAL", "condition",
			"Test condition", "advice", "Test advice.\n\nA second paragraph.", "labelSection", "5.9", "sortOrder",
			"500", "sourceIds", "20");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DraftQueue queue;

	@Autowired
	private Publishing publishing;

	@Autowired
	private SafetyItemRepository items;

	@Autowired
	private EntityManager entityManager;

	private SafetyItem item(SafetyKind kind, String condition) {
		return this.items.findByKindAndConditionIgnoreCase(kind, condition).get(0);
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
		this.mvc.perform(get("/admin/safety-items").with(user("editor1").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Renal impairment (precaution)")));
		this.mvc.perform(get("/admin/safety-items/new").with(user("editor1").roles("EDITOR")))
			.andExpect(status().isOk());
	}

	@Test
	void aNewItemIsSavedShownPubliclyEditedAndDeleted() throws Exception {
		this.mvc.perform(save("/admin/safety-items", "reviewed", "true")).andExpect(redirectedUrl("/admin/drafts"));
		approvePending(this.queue, this.publishing);
		this.entityManager.flush();
		this.entityManager.clear();
		SafetyItem created = item(SafetyKind.PRECAUTION, "Test condition");
		assertThat(created.getAdviceParagraphs()).containsExactly("Test advice.", "A second paragraph.");
		this.mvc.perform(get("/safety"))
			.andExpect(content().string(containsString("id=\"" + created.getAnchor() + "\"")));

		this.mvc
			.perform(save("/admin/safety-items/" + created.getId(), "version", "" + created.getVersion(),
					"boxedWarning", "true", "labelSection", ""))
			.andExpect(redirectedUrl("/admin/safety-items/" + created.getId()));
		approvePending(this.queue, this.publishing);
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(item(SafetyKind.PRECAUTION, "Test condition").isBoxedWarning()).isTrue();
		assertThat(item(SafetyKind.PRECAUTION, "Test condition").getLabelSection()).isNull();
		assertThat(item(SafetyKind.PRECAUTION, "Test condition").getInBrief()).isNull();

		this.mvc.perform(AdminFormPost.asEditor("/admin/safety-items/" + created.getId() + "/delete", Map.of()))
			.andExpect(redirectedUrlPattern("/admin/safety-items/*"));
		approvePending(this.queue, this.publishing);
		this.entityManager.flush();
		assertThat(this.items.findByKindAndConditionIgnoreCase(SafetyKind.PRECAUTION, "Test condition")).isEmpty();
	}

	@Test
	void anItemsBottomLineIsEditedAndShownOnTheSummaryWithItsSources() throws Exception {
		SafetyItem epilepsy = item(SafetyKind.WARNING, "Epilepsy");
		this.mvc
			.perform(save("/admin/safety-items/" + epilepsy.getId(), "version", "" + epilepsy.getVersion(), "kind",
					"WARNING", "condition", "Epilepsy", "advice", epilepsy.getAdvice(), "inBrief",
					"  Test bottom line for epilepsy.  ", "sortOrder", "" + epilepsy.getSortOrder()))
			.andExpect(redirectedUrl("/admin/safety-items/" + epilepsy.getId()));
		approvePending(this.queue, this.publishing);
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(item(SafetyKind.WARNING, "Epilepsy").getInBrief()).isEqualTo("Test bottom line for epilepsy.");
		this.mvc.perform(get("/"))
			.andExpect(content().string(containsString("<dt>Epilepsy</dt>")))
			.andExpect(content().string(containsString("Test bottom line for epilepsy.")));

		this.mvc
			.perform(save("/admin/safety-items/" + epilepsy.getId(), "version",
					"" + item(SafetyKind.WARNING, "Epilepsy").getVersion(), "kind", "WARNING", "condition", "Epilepsy",
					"advice", epilepsy.getAdvice(), "inBrief", "x".repeat(301)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("inBrief-error")));
	}

	@Test
	void anItemShownWithAnInteractionCannotBeDeleted() throws Exception {
		SafetyItem opioids = item(SafetyKind.PRECAUTION, "Concomitant opioids");
		this.mvc.perform(AdminFormPost.asEditor("/admin/safety-items/" + opioids.getId() + "/delete", Map.of()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"the screening check shows it with 1 interaction(s), for example &quot;Opioids&quot;")));
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(this.items.findById(opioids.getId())).isPresent();
	}

	@Test
	void anItemTheScreeningCheckShowsCannotBeDeleted() throws Exception {
		SafetyItem renal = item(SafetyKind.PRECAUTION, "Renal impairment");
		this.mvc.perform(get("/admin/safety-items/" + renal.getId() + "/delete").with(user("editor1").roles("EDITOR")))
			.andExpect(content().string(containsString(
					"the screening check shows it for 2 condition(s), for example &quot;Renal impairment&quot;")));
		this.mvc.perform(AdminFormPost.asEditor("/admin/safety-items/" + renal.getId() + "/delete", Map.of()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Remove it from those screening conditions first")));
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(this.items.findById(renal.getId())).isPresent();
	}

	@Test
	void aConditionIsNamedOncePerKind() throws Exception {
		this.mvc.perform(save("/admin/safety-items", "reviewed", "true", "condition", "renal IMPAIRMENT"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					containsString("id=\"condition-error\">Another item of this kind already names this condition<")));
	}

	@Test
	void eachBadFieldIsExplainedAndNothingIsSaved() throws Exception {
		SafetyItem renal = item(SafetyKind.PRECAUTION, "Renal impairment");
		this.mvc
			.perform(save("/admin/safety-items/" + renal.getId(), "version", "" + renal.getVersion(), "kind", "",
					"route", "SIDEWAYS", "condition", "x".repeat(201), "advice", "", "labelSection", "x".repeat(21),
					"sourceIds", null))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"kind-error\">Fill this in.<")))
			.andExpect(content().string(containsString("id=\"route-error\">Enter a valid value here.<")))
			.andExpect(content().string(containsString("id=\"condition-error\">Too long: at most 200 characters.<")))
			.andExpect(content().string(containsString("id=\"advice-error\">Fill this in.<")))
			.andExpect(content().string(containsString("id=\"labelSection-error\">Too long: at most 20 characters.<")))
			.andExpect(content().string(containsString("Cite at least one source")));
		this.entityManager.clear();
		assertThat(item(SafetyKind.PRECAUTION, "Renal impairment").getVersion()).isEqualTo(renal.getVersion());
	}

}
