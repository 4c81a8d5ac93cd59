package org.baclofen.reference.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import org.baclofen.reference.ReferenceAppTest;
import org.baclofen.reference.dosing.TitrationProtocol;
import org.baclofen.reference.dosing.TitrationProtocolForm;
import org.baclofen.reference.dosing.TitrationProtocolRepository;
import org.baclofen.reference.indication.Indication;
import org.baclofen.reference.indication.IndicationForm;
import org.baclofen.reference.indication.IndicationRepository;
import org.baclofen.reference.kind.ContentAdmin;
import org.baclofen.reference.kind.ContentAdmins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * The review queue and review screen as people see them, and who may decide what.
 */
@ReferenceAppTest
@Transactional
class ReviewPagesTest {

	private static final String MS = "multiple-sclerosis-spasticity";

	private static final String EDITED = "A summary waiting for its reviewer.";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DraftQueue queue;

	@Autowired
	private Drafting drafting;

	@Autowired
	private ContentAdmins admins;

	@Autowired
	private IndicationRepository indications;

	@Autowired
	private TitrationProtocolRepository protocols;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private DraftRepository drafts;

	private Draft draftSummary(String username) {
		ContentAdmin<Indication, IndicationForm> admin = this.admins.get("indications");
		Indication ms = this.indications.findBySlug(MS).orElseThrow();
		IndicationForm form = admin.formOf(ms);
		form.setSummary(EDITED);
		this.drafting.draftEdit(admin, ms.getId(), form, new BeanPropertyBindingResult(form, "form"), null, username);
		return this.queue.pendingDraft("indications", ms.getId()).orElseThrow();
	}

	private static MockHttpServletRequestBuilder decide(Draft draft, String decision, String username, String role) {
		return post("/admin/review/" + draft.getId() + "/" + decision).with(csrf())
			.with(user(username).roles(role))
			.param("version", "" + draft.getVersion());
	}

	@Test
	void theQueueListsPendingDraftsWithDrafterAndTime() throws Exception {
		draftSummary("editor1");
		this.mvc.perform(get("/admin/review").with(user("reviewer1").roles("REVIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Drafts waiting for review</h1>")))
			.andExpect(content().string(containsString("Spasticity due to multiple sclerosis")))
			.andExpect(content().string(containsString("<td>editor1</td>")));
	}

	@Test
	void theReviewScreenShowsTheFieldChangesAndTheCitedSourcesAsLinks() throws Exception {
		Draft draft = draftSummary("editor1");
		this.mvc.perform(get("/admin/review/" + draft.getId()).with(user("reviewer1").roles("REVIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Review: Spasticity due to multiple sclerosis</h1>")))
			.andExpect(content().string(containsString(EDITED)))
			.andExpect(content().string(containsString("Drafted by editor1 on")))
			.andExpect(content().string(containsString("<a href=\"https://")))
			.andExpect(content().string(containsString("Approve and publish")))
			.andExpect(content().string(not(containsString("Effect on reference plans"))));
	}

	@Test
	void aDraftThatCannotBeReadSaysWhyOnTheReviewScreenAndOffersNoApproval() throws Exception {
		Indication ms = this.indications.findBySlug(MS).orElseThrow();
		Draft draft = this.drafts.saveAndFlush(Draft.toEdit("indications", ms.getId(), ms.getVersion(),
				new StoredForm("{\"abstract\":\"A field since renamed.\"}", 1), new Signature(null, "editor1"),
				java.time.Instant.now()));
		this.mvc.perform(get("/admin/review/" + draft.getId()).with(user("reviewer1").roles("REVIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This draft holds a field the form no longer has (abstract)")))
			.andExpect(content().string(containsString("disabled=\"disabled\">Approve and publish</button>")));
		this.mvc.perform(get("/admin/review").with(user("reviewer1").roles("REVIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Spasticity due to multiple sclerosis")));
		this.mvc.perform(get("/admin/indications/" + ms.getId()).with(user("editor1").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your pending draft could not be read")))
			.andExpect(content().string(containsString(ms.getSummary())));
	}

	@Test
	void theReferencePlansArePublishedForEditorsToSee() throws Exception {
		this.mvc.perform(get("/admin/reference-plans").with(user("editor1").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Reference plans</h1>")))
			.andExpect(content().string(containsString("<li>Label plan to 80 mg/day</li>")));
	}

	@Test
	void aReviewerApprovesAndThePublicPageChanges() throws Exception {
		Draft draft = draftSummary("editor1");
		this.mvc.perform(get("/indications/" + MS)).andExpect(content().string(not(containsString(EDITED))));
		this.mvc.perform(decide(draft, "approve", "reviewer1", "REVIEWER")).andExpect(redirectedUrl("/admin/review"));
		this.mvc.perform(get("/indications/" + MS)).andExpect(content().string(containsString(EDITED)));
	}

	@Test
	void anEditorCannotReachTheQueueOrDecide() throws Exception {
		Draft draft = draftSummary("editor1");
		this.mvc.perform(get("/admin/review").with(user("editor2").roles("EDITOR"))).andExpect(status().isForbidden());
		this.mvc.perform(decide(draft, "approve", "editor2", "EDITOR")).andExpect(status().isForbidden());
		this.mvc.perform(get("/indications/" + MS)).andExpect(content().string(not(containsString(EDITED))));
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		Draft draft = draftSummary("editor1");
		this.mvc.perform(get("/admin/review/" + draft.getId())).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/admin/review/" + draft.getId() + "/approve").with(csrf()).param("version", "0"))
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void aDecisionWithoutTheCsrfTokenIsRefused() throws Exception {
		Draft draft = draftSummary("editor1");
		this.mvc
			.perform(post("/admin/review/" + draft.getId() + "/approve").with(user("reviewer1").roles("REVIEWER"))
				.param("version", "" + draft.getVersion()))
			.andExpect(status().isForbidden());
		this.entityManager.clear();
		assertThat(this.queue.pendingDraft("indications", draft.getItemId())).isPresent();
	}

	@Test
	void theDrafterCannotApproveEvenAsAdmin() throws Exception {
		Draft draft = draftSummary("root");
		this.mvc.perform(get("/admin/review/" + draft.getId()).with(user("root").roles("ADMIN")))
			.andExpect(content().string(containsString("You drafted this change, so someone else must review it.")))
			.andExpect(content().string(not(containsString("Approve and publish"))))
			.andExpect(content().string(containsString("Publish without second review")));
		this.mvc.perform(decide(draft, "approve", "root", "ADMIN"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("you cannot approve or reject it")));
		this.mvc.perform(get("/indications/" + MS)).andExpect(content().string(not(containsString(EDITED))));
	}

	@Test
	void onlyAnAdminPublishesWithoutReviewAndOnlyWithAReason() throws Exception {
		Draft draft = draftSummary("reviewer1");
		this.mvc.perform(decide(draft, "publish-without-review", "reviewer1", "REVIEWER").param("reason", "Urgent"))
			.andExpect(status().isForbidden());
		Draft mine = draft;
		for (String invisible : new String[] { " ", "\u200b", "\u200b\u200d\u2060", "\u00a0\u3000", "\u0301" }) {
			this.mvc.perform(decide(mine, "publish-without-review", "root", "ADMIN").param("reason", invisible))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Give the reason for publishing without a second review.")));
		}
		this.mvc.perform(get("/indications/" + MS)).andExpect(content().string(not(containsString(EDITED))));
		this.mvc.perform(decide(mine, "publish-without-review", "root", "ADMIN").param("reason", "Label recall today"))
			.andExpect(redirectedUrl("/admin/review"));
		this.mvc.perform(get("/indications/" + MS)).andExpect(content().string(containsString(EDITED)));
	}

	@Test
	void aRejectionNeedsACommentAndTheDrafterSeesIt() throws Exception {
		Draft draft = draftSummary("editor1");
		for (String invisible : new String[] { "", "\u200b\u200b" }) {
			this.mvc.perform(decide(draft, "reject", "reviewer1", "REVIEWER").param("comment", invisible))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("a draft is sent back with a comment")));
		}
		this.mvc
			.perform(decide(draft, "reject", "reviewer1", "REVIEWER").param("comment", "Which label section says so?"))
			.andExpect(redirectedUrl("/admin/review"));
		this.mvc.perform(get("/admin/drafts").with(user("editor1").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Which label section says so?")))
			.andExpect(content().string(containsString("Sent back")));
	}

	@Test
	void aDecisionOnAnOutOfDateScreenIsAConflict() throws Exception {
		Draft draft = draftSummary("editor1");
		this.mvc
			.perform(post("/admin/review/" + draft.getId() + "/approve").with(csrf())
				.with(user("reviewer1").roles("REVIEWER"))
				.param("version", "" + (draft.getVersion() + 1)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("This draft changed while you were looking at it")));
	}

	@Test
	void aRuleChangeShowsItsEffectOnReferencePlansWhileTheToolsKeepThePublishedRules() throws Exception {
		ContentAdmin<TitrationProtocol, TitrationProtocolForm> admin = this.admins.get("titration-protocols");
		TitrationProtocol oral = this.protocols.findByCode(TitrationProtocol.ORAL_US_LABEL).orElseThrow();
		TitrationProtocolForm form = admin.formOf(oral);
		assertThat(form.getIntervalDays()).isEqualTo(3);
		form.setIntervalDays(7);
		this.drafting.draftEdit(admin, oral.getId(), form, new BeanPropertyBindingResult(form, "form"), null,
				"editor1");
		Draft draft = this.queue.pendingDraft("titration-protocols", oral.getId()).orElseThrow();
		this.entityManager.flush();

		this.mvc.perform(get("/admin/review/" + draft.getId()).with(user("reviewer1").roles("REVIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Effect on reference plans")))
			.andExpect(content().string(containsString("Label plan to 80 mg/day")))
			.andExpect(content().string(containsString("5 mg × 3 a day (15 mg/day) for 3 days")))
			.andExpect(content().string(containsString("5 mg × 3 a day (15 mg/day) for 7 days")))
			.andExpect(content().string(containsString("creatinine clearance of 25 mL/min")));

		// Working out "after" changed nothing the tools read.
		this.entityManager.clear();
		assertThat(this.protocols.findByCode(TitrationProtocol.ORAL_US_LABEL).orElseThrow().getIntervalDays())
			.isEqualTo(3);
		this.mvc.perform(get("/api/titration/plan").param("start", "2026-12-01").param("targetDailyMg", "60"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.steps[0].toDate").value("2026-12-03"));
	}

}
