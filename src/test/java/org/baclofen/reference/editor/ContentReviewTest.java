package org.baclofen.reference.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.baclofen.reference.ReferenceAppTest;
import org.baclofen.reference.account.Account;
import org.baclofen.reference.account.AccountRepository;
import org.baclofen.reference.account.Role;
import org.baclofen.reference.indication.Indication;
import org.baclofen.reference.indication.IndicationForm;
import org.baclofen.reference.indication.IndicationRepository;
import org.baclofen.reference.kind.ContentAdmin;
import org.baclofen.reference.kind.ContentAdmins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * The workflow through its service: an edit is a draft until a second person approves it,
 * the public pages keep the published values meanwhile, and every rule of review holds
 * against the database.
 */
@ReferenceAppTest
@Transactional
class ContentReviewTest {

	private static final String MS = "multiple-sclerosis-spasticity";

	private static final String EDITED = "A summary drafted for review, not yet published.";

	@Autowired
	private Drafting drafting;

	@Autowired
	private DraftQueue queue;

	@Autowired
	private Publishing publishing;

	@Autowired
	private ContentAdmins admins;

	@Autowired
	private IndicationRepository indications;

	@Autowired
	private DraftRepository drafts;

	@Autowired
	private DraftForms forms;

	@Autowired
	private AccountRepository accounts;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private MockMvc mvc;

	private ContentAdmin<Indication, IndicationForm> indicationAdmin() {
		return this.admins.get("indications");
	}

	private Indication ms() {
		return this.indications.findBySlug(MS).orElseThrow();
	}

	private Draft draftSummary(String username) {
		IndicationForm form = indicationAdmin().formOf(ms());
		form.setSummary(EDITED);
		assertThat(draftEdit(form, null, username).status()).isEqualTo(DraftOutcome.Status.DRAFTED);
		return this.queue.pendingDraft("indications", ms().getId()).orElseThrow();
	}

	private DraftOutcome draftEdit(IndicationForm form, Integer seenDraftVersion, String username) {
		return this.drafting.draftEdit(indicationAdmin(), ms().getId(), form,
				new BeanPropertyBindingResult(form, "form"), seenDraftVersion, username);
	}

	private void reload() {
		this.entityManager.flush();
		this.entityManager.clear();
	}

	@Test
	void anEditIsADraftAndThePublicPageKeepsThePublishedValueUntilApproved() throws Exception {
		String published = ms().getSummary();
		int version = ms().getVersion();
		Draft draft = draftSummary("editor1");
		reload();
		assertThat(ms().getSummary()).isEqualTo(published);
		assertThat(ms().getVersion()).isEqualTo(version);
		this.mvc.perform(get("/indications/" + MS)).andExpect(content().string(not(containsString(EDITED))));
		this.mvc.perform(get("/search").param("q", "drafted for review"))
			.andExpect(content().string(not(containsString(EDITED))));

		this.publishing.approve(draft.getId(), draft.getVersion(), "reviewer1", false);
		reload();
		assertThat(ms().getSummary()).isEqualTo(EDITED);
		this.mvc.perform(get("/indications/" + MS)).andExpect(content().string(containsString(EDITED)));
		Draft approved = this.drafts.findById(draft.getId()).orElseThrow();
		assertThat(approved.getStatus()).isEqualTo(DraftStatus.APPROVED);
		assertThat(approved.getPublishedRevision()).isNotNull();
	}

	@Test
	void aSecondEditorSeesWhoHoldsTheItemAndCannotDraftIt() {
		draftSummary("editor1");
		IndicationForm theirs = indicationAdmin().formOf(ms());
		theirs.setSummary("Another editor's summary.");
		BindingResult errors = new BeanPropertyBindingResult(theirs, "form");
		assertThat(this.drafting.draftEdit(indicationAdmin(), ms().getId(), theirs, errors, null, "editor2").status())
			.isEqualTo(DraftOutcome.Status.HELD_BY_OTHER);
		assertThat(errors.getGlobalError().getCode()).isEqualTo("review.refused.heldByOther");
		assertThat(errors.getGlobalError().getArguments()).containsExactly("editor1");
		assertThat(this.drafting.draftDelete(indicationAdmin(), ms().getId(), "editor2"))
			.hasValueSatisfying((refusal) -> assertThat(refusal.getArguments()).containsExactly("editor1"));
	}

	@Test
	void theDatabaseAllowsOnePendingDraftPerItem() {
		Draft first = draftSummary("editor1");
		// Past the service's check, as a second request racing the first would be.
		assertThatThrownBy(() -> this.drafts.saveAndFlush(Draft.toEdit("indications", ms().getId(), ms().getVersion(),
				first.getForm(), new Signature(null, "editor2"), Instant.now())))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void theDrafterAmendsTheirOwnDraftOnlyFromItsLatestVersion() {
		Draft draft = draftSummary("editor1");
		IndicationForm again = indicationAdmin().formOf(ms());
		again.setSummary("Amended once more.");
		assertThat(draftEdit(again, null, "editor1").status())
			.as("an amendment from a page that did not show the pending draft")
			.isEqualTo(DraftOutcome.Status.CHANGED_MEANWHILE);
		assertThat(draftEdit(again, draft.getVersion(), "editor1").status()).isEqualTo(DraftOutcome.Status.DRAFTED);
		reload();
		assertThat(
				this.queue.formOf(indicationAdmin(), this.queue.pendingDraft("indications", ms().getId()).orElseThrow())
					.getSummary())
			.isEqualTo("Amended once more.");
	}

	@Test
	void theDrafterCannotApproveTheirOwnDraftWhateverTheirRoleBecomes() {
		Account drafter = this.accounts.save(new Account("drafter.one", "{noop}x", Role.EDITOR, Instant.now()));
		Draft draft = draftSummary("drafter.one");
		for (Role role : List.of(Role.REVIEWER, Role.ADMIN)) {
			drafter.changeRole(role);
			this.accounts.save(drafter);
			assertThatThrownBy(() -> this.publishing.approve(draft.getId(), draft.getVersion(), "drafter.one", true))
				.isInstanceOf(SelfApprovalException.class);
		}
		reload();
		assertThat(ms().getSummary()).isNotEqualTo(EDITED);
		assertThat(this.drafts.findById(draft.getId()).orElseThrow().isPending()).isTrue();
	}

	@Test
	void aRejectionNeedsACommentWhichTheEditorThenSees() {
		Draft draft = draftSummary("editor1");
		assertThatThrownBy(() -> this.publishing.reject(draft.getId(), draft.getVersion(), "reviewer1", " "))
			.isInstanceOf(MissingNoteException.class);
		this.publishing.reject(draft.getId(), draft.getVersion(), "reviewer1", "Cite the label section for this.");
		reload();
		assertThat(ms().getSummary()).isNotEqualTo(EDITED);
		assertThat(this.queue.openRejection(indicationAdmin(), ms()).orElseThrow().getReviewerComment())
			.isEqualTo("Cite the label section for this.");
		assertThat(this.queue.draftsOf("editor1")).extracting((entry) -> entry.draft().getStatus())
			.contains(DraftStatus.REJECTED);
		assertThat(this.queue.pendingDraft("indications", ms().getId())).as("the item is free again").isEmpty();
	}

	@Test
	void aStaleDraftIsRefusedAndNothingIsPublished() {
		Draft draft = draftSummary("editor1");
		// The item changes by another path than this draft (e.g. a content migration)
		// after it was drafted.
		reload();
		this.entityManager
			.createNativeQuery(
					"update indication set name = name || ' (renamed)', version = version + 1 where slug = ?")
			.setParameter(1, MS)
			.executeUpdate();
		int changed = ms().getVersion();
		assertThat(this.queue.review(draft.getId()).stale()).isTrue();
		assertThatThrownBy(() -> this.publishing.approve(draft.getId(), draft.getVersion(), "reviewer1", false))
			.isInstanceOf(StaleDraftException.class);
		this.entityManager.clear();
		assertThat(ms().getVersion()).isEqualTo(changed);
		assertThat(ms().getSummary()).isNotEqualTo(EDITED);
	}

	@Test
	void aDecisionFromAnOutOfDateScreenIsAConflict() {
		Draft draft = draftSummary("editor1");
		assertThatThrownBy(() -> this.publishing.approve(draft.getId(), draft.getVersion() + 1, "reviewer1", false))
			.isInstanceOf(DraftRefusedException.class)
			.hasMessage("review.refused.changedMeanwhile");
	}

	@Test
	void publishingWithoutReviewNeedsAReasonAndIsStampedSo() {
		Draft draft = draftSummary("root");
		assertThatThrownBy(
				() -> this.publishing.publishWithoutReview(draft.getId(), draft.getVersion(), "root", "", false))
			.isInstanceOf(MissingNoteException.class);
		this.publishing.publishWithoutReview(draft.getId(), draft.getVersion(), "root",
				"Label recall; no reviewer today", false);
		reload();
		assertThat(ms().getSummary()).isEqualTo(EDITED);
		Draft published = this.drafts.findById(draft.getId()).orElseThrow();
		org.baclofen.reference.audit.AuditRevision revision = this.entityManager
			.find(org.baclofen.reference.audit.AuditRevision.class, published.getPublishedRevision());
		assertThat(revision.getDraftedBy()).isEqualTo("root");
		assertThat(revision.getUnreviewedReason()).isEqualTo("Label recall; no reviewer today");
	}

	@Test
	void ticksReviewedAgainstTheSourcesOnApprovalStampsTheReviewer() {
		Draft draft = draftSummary("editor1");
		this.publishing.approve(draft.getId(), draft.getVersion(), "reviewer1", true);
		reload();
		assertThat(ms().getReviewedBy()).isEqualTo("reviewer1");
	}

	@Test
	void aRestoreWhoseOldValuesFailTodaysChecksIsRefusedAtDrafting() {
		// Revision 1 cites a source that a later content migration removed.
		assertThat(
				this.drafting.draftRestore(indicationAdmin(), ms().getId(), 1, ms().getVersion(), "editor1").problems())
			.containsExactly("One of the ticked sources no longer exists; reload the page and tick the sources again");
		assertThat(this.queue.pendingDraft("indications", ms().getId())).isEmpty();
	}

	@Test
	void aDraftIsCheckedAgainstTheFormsRulesAgainWhenPublished() {
		IndicationForm form = indicationAdmin().formOf(ms());
		form.setSummary(" ");
		// Stored past the drafting checks, as a draft made under older rules would be.
		Draft draft = this.drafts.saveAndFlush(Draft.toEdit("indications", ms().getId(), ms().getVersion(),
				this.forms.write(indicationAdmin(), form), new Signature(null, "editor1"), Instant.now()));
		assertThatThrownBy(() -> this.publishing.approve(draft.getId(), draft.getVersion(), "reviewer1", false))
			.isInstanceOf(DraftRefusedException.class)
			.hasMessage("review.refused.invalidNow");
		reload();
		assertThat(ms().getSummary()).isNotBlank();
	}

	@Test
	void aDraftThatCannotBeReadIsShownWithWhyAndCannotBePublished() {
		Draft draft = this.drafts.saveAndFlush(Draft.toEdit("indications", ms().getId(), ms().getVersion(),
				new StoredForm("{\"abstract\":\"A field since renamed.\"}", 1), new Signature(null, "editor1"),
				Instant.now()));
		DraftQueue.DraftReview review = this.queue.review(draft.getId());
		assertThat(review.unreadable()).contains("a field the form no longer has (abstract)");
		assertThat(review.publishable()).isFalse();
		assertThatThrownBy(() -> this.publishing.approve(draft.getId(), draft.getVersion(), "reviewer1", false))
			.isInstanceOf(DraftUnreadableException.class);
	}

}
