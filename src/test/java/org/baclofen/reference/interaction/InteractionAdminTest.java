package org.baclofen.reference.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baclofen.reference.editor.SecondReviewer.approvePending;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
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
 * Editing interactions through the admin forms: valid input is saved, each bad field is
 * explained next to it with nothing saved, and a stale save never overwrites a newer one.
 */
@ReferenceAppTest
@Transactional
class InteractionAdminTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DraftQueue queue;

	@Autowired
	private Publishing publishing;

	@Autowired
	private InteractionRepository interactions;

	@Autowired
	private EntityManager entityManager;

	private Interaction opioids() {
		return this.interactions.findAllBy()
			.stream()
			.filter((interaction) -> interaction.getSlug().equals("opioids"))
			.findFirst()
			.orElseThrow();
	}

	private static MockHttpServletRequestBuilder save(String path) {
		return save(path, "opioids", "Avoid the combination where possible.");
	}

	private static MockHttpServletRequestBuilder save(String path, String slug, String management) {
		return AdminFormPost.asEditor(path, Map.of())
			.param("slug", slug)
			.param("interactant", "Opioids")
			.param("interactantKind", "DRUG_CLASS")
			.param("severity", "UNKNOWN")
			.param("effect", "Profound sedation and slowed breathing.")
			.param("management", management)
			.param("genericNames", "morphine\noxycodone\n")
			.param("brandNames", "OxyContin")
			.param("sortOrder", "1")
			.param("sourceIds", "20", "33");
	}

	@Test
	void aValidEditIsSavedAndShownPublicly() throws Exception {
		Interaction opioids = opioids();
		this.mvc.perform(save("/admin/interactions/" + opioids.getId()).param("version", "" + opioids.getVersion()))
			.andExpect(status().is3xxRedirection());
		approvePending(this.queue, this.publishing);
		this.entityManager.flush();
		this.entityManager.clear();
		Interaction saved = opioids();
		assertThat(saved.getManagementParagraphs()).containsExactly("Avoid the combination where possible.");
		assertThat(saved.getMembers()).extracting(InteractionMember::getName)
			.containsExactly("morphine", "oxycodone", "OxyContin");
		assertThat(saved.getSources()).extracting("code").containsExactly("S14", "S27");
		this.mvc.perform(get("/interactions"))
			.andExpect(content().string(containsString("Avoid the combination where possible.")));
	}

	@Test
	void otherNamesAndTheWarningsShownWithTheInteractionAreSaved() throws Exception {
		Interaction opioids = opioids();
		long precaution = opioids.getSafetyItems().get(0).getId();
		this.mvc
			.perform(save("/admin/interactions/" + opioids.getId()).param("version", "" + opioids.getVersion())
				.param("otherNames", "opioid\n painkiller \nopioid")
				.param("safetyItemIds", "" + precaution))
			.andExpect(status().is3xxRedirection());
		approvePending(this.queue, this.publishing);
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(opioids().getOtherNames()).containsExactly("opioid", "painkiller");
		assertThat(opioids().getSafetyItems()).extracting("condition").containsExactly("Concomitant opioids");
		Interaction saved = opioids();
		this.mvc
			.perform(save("/admin/interactions/" + saved.getId()).param("version", "" + saved.getVersion())
				.param("otherNames", "z".repeat(121))
				.param("safetyItemIds", "-1"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("id=\"otherNames-error\">A drug name is at most 120 characters")))
			.andExpect(content().string(containsString("One of the chosen safety items no longer exists")));
	}

	@Test
	void aPlainEditDoesNotPretendToBeAReview() throws Exception {
		Interaction opioids = opioids();
		LocalDate reviewed = opioids.getLastReviewed();
		this.mvc.perform(save("/admin/interactions/" + opioids.getId()).param("version", "" + opioids.getVersion()));
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(opioids().getLastReviewed()).isEqualTo(reviewed);
		assertThat(opioids().getReviewedBy()).isNull();
	}

	@Test
	void aReviewStampsTheDateAndTheReviewer() throws Exception {
		Interaction opioids = opioids();
		this.mvc.perform(save("/admin/interactions/" + opioids.getId()).param("version", "" + opioids.getVersion())
			.param("reviewed", "true"));
		// The drafter's tick is confirmed by the reviewer who approves: the stamp is the
		// reviewer's.
		approvePending(this.queue, this.publishing);
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(opioids().getLastReviewed()).isEqualTo(LocalDate.now());
		assertThat(opioids().getReviewedBy()).isEqualTo(SecondReviewer.USERNAME);
	}

	@Test
	void eachBadFieldIsExplainedAndNothingIsSaved() throws Exception {
		Interaction opioids = opioids();
		this.mvc
			.perform(AdminFormPost.asEditor("/admin/interactions/" + opioids.getId(), Map.of())
				.param("version", "" + opioids.getVersion())
				.param("slug", "opioids")
				.param("interactant", "")
				.param("interactantKind", "")
				.param("severity", "TERRIBLE")
				.param("effect", "x".repeat(4001))
				.param("management", "Keep this typed text")
				.param("sortOrder", "first"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"interactant-error\">Fill this in<")))
			.andExpect(content().string(containsString("id=\"interactantKind-error\">Fill this in<")))
			.andExpect(content().string(containsString("id=\"severity-error\">Enter a valid value here<")))
			.andExpect(content().string(containsString("id=\"effect-error\">Too long: at most 4000 characters<")))
			.andExpect(content().string(containsString("id=\"sortOrder-error\">Enter a whole number<")))
			.andExpect(content().string(containsString("Cite at least one source")))
			.andExpect(content().string(containsString("Keep this typed text")));
		this.entityManager.clear();
		assertThat(opioids().getVersion()).isEqualTo(opioids.getVersion());
	}

	@Test
	void aSourceThatDoesNotExistIsAFieldErrorNotAServerError() throws Exception {
		Interaction opioids = opioids();
		this.mvc
			.perform(AdminFormPost.asEditor("/admin/interactions/" + opioids.getId(), Map.of())
				.param("version", "" + opioids.getVersion())
				.param("slug", "opioids")
				.param("interactant", "Opioids")
				.param("interactantKind", "DRUG_CLASS")
				.param("severity", "UNKNOWN")
				.param("effect", "Effect")
				.param("management", "Management")
				.param("sortOrder", "1")
				.param("sourceIds", "-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("One of the ticked sources no longer exists")));
	}

	@Test
	void aSlugAlreadyTakenIsAFieldErrorNotADatabaseError() throws Exception {
		this.mvc.perform(save("/admin/interactions", "alcohol", "Advice").param("reviewed", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This slug is already used by another item")));
	}

	@Test
	void aNewItemMustBeReviewedAgainstItsSources() throws Exception {
		this.mvc.perform(save("/admin/interactions", "grapefruit", "Advice"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("must be checked against its sources")));
		this.mvc.perform(save("/admin/interactions", "grapefruit", "Advice").param("reviewed", "true"))
			.andExpect(redirectedUrl("/admin/drafts"));
		approvePending(this.queue, this.publishing);
	}

	@Test
	void aStaleSaveComesBackAsAConflictKeepingTheInput() throws Exception {
		Interaction opioids = opioids();
		int openedAt = opioids.getVersion();
		this.mvc.perform(save("/admin/interactions/" + opioids.getId(), "opioids", "First editor's advice.")
			.param("version", "" + openedAt));
		approvePending(this.queue, this.publishing);
		this.entityManager.flush();
		this.entityManager.clear();

		this.mvc
			.perform(save("/admin/interactions/" + opioids.getId(), "opioids", "Second editor's advice.")
				.param("version", "" + openedAt))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else saved this item while you were editing")))
			.andExpect(content().string(containsString("First editor&#39;s advice.")))
			.andExpect(content().string(containsString("Second editor&#39;s advice.")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + (openedAt + 1) + "\"")));
		this.entityManager.clear();
		assertThat(opioids().getManagementParagraphs()).containsExactly("First editor's advice.");
	}

	@Test
	void deletingAsksForConfirmationFirst() throws Exception {
		Interaction opioids = opioids();
		this.mvc
			.perform(get("/admin/interactions/" + opioids.getId() + "/delete").with(user("editor1").roles("EDITOR")))
			.andExpect(content().string(containsString("Yes, delete it")));
		this.mvc.perform(AdminFormPost.asEditor("/admin/interactions/" + opioids.getId() + "/delete", Map.of()))
			.andExpect(status().is3xxRedirection());
		approvePending(this.queue, this.publishing);
		this.mvc.perform(get("/interactions")).andExpect(content().string(not(containsString("id=\"opioids\""))));
	}

}
