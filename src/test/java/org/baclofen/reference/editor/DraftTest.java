package org.baclofen.reference.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * The rules of review, without Spring: two people, one decision, a reason for every
 * exception to the rule.
 */
class DraftTest {

	private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	private final Signature editor = new Signature(7L, "editor1");

	private final Signature reviewer = new Signature(8L, "reviewer1");

	private Draft edit() {
		return Draft.toEdit("indications", 3, 2, new StoredForm("{}", 1), this.editor, NOW);
	}

	@Test
	void aNewDraftIsPendingAndHoldsItsItem() {
		Draft draft = edit();
		assertThat(draft.getStatus()).isEqualTo(DraftStatus.PENDING);
		assertThat(draft).extracting("pendingKey").isEqualTo("indications:3");
		assertThat(Draft.toCreate("indications", new StoredForm("{}", 1), this.editor, NOW)).extracting("pendingKey")
			.isNull();
	}

	@Test
	void onlyANewItemsDraftHasNoItem() {
		assertThatThrownBy(() -> Draft.toRestore("indications", 3, 2, 9, new StoredForm(" ", 1), this.editor, NOW))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anotherPersonApproves() {
		Draft draft = edit();
		draft.approve(this.reviewer, true, NOW);
		assertThat(draft.getStatus()).isEqualTo(DraftStatus.APPROVED);
		assertThat(draft.getDecidedBy()).isEqualTo("reviewer1");
		assertThat(draft.isReviewedAgainstSources()).isTrue();
		assertThat(draft).extracting("pendingKey").isNull();
	}

	@Test
	void theDrafterCannotApproveTheirOwnDraft() {
		Draft draft = edit();
		assertThatThrownBy(() -> draft.approve(this.editor, false, NOW)).isInstanceOf(SelfApprovalException.class);
		assertThat(draft.isPending()).isTrue();
	}

	@Test
	void theSameAccountUnderAnyRoleIsTheSamePerson() {
		// The account is the identity: a role change (the signature does not even carry
		// one) changes nothing.
		Draft draft = edit();
		assertThatThrownBy(() -> draft.approve(new Signature(7L, "editor1"), false, NOW))
			.isInstanceOf(SelfApprovalException.class);
		assertThatThrownBy(() -> draft.reject(new Signature(null, "editor1"), "Looks wrong", NOW))
			.isInstanceOf(SelfApprovalException.class);
	}

	@Test
	void aDecidedDraftCannotBeDecidedAgain() {
		Draft draft = edit();
		draft.approve(this.reviewer, false, NOW);
		assertThatThrownBy(() -> draft.approve(new Signature(9L, "reviewer2"), false, NOW))
			.isInstanceOf(DraftRefusedException.class)
			.hasMessage("review.refused.notPending");
		assertThatThrownBy(() -> draft.reject(this.reviewer, "No", NOW)).isInstanceOf(DraftRefusedException.class);
	}

	@Test
	void aRejectionNeedsAComment() {
		Draft draft = edit();
		assertThatThrownBy(() -> draft.reject(this.reviewer, "  ", NOW)).hasMessage("review.refused.commentRequired");
		assertThatThrownBy(() -> draft.reject(this.reviewer, "x".repeat(Draft.MAX_NOTE_LENGTH + 1), NOW))
			.hasMessage("review.refused.noteTooLong");
		draft.reject(this.reviewer, " " + ("x".repeat(Draft.MAX_NOTE_LENGTH)) + " ", NOW);
		assertThat(draft.getStatus()).isEqualTo(DraftStatus.REJECTED);
		assertThat(draft.getReviewerComment()).hasSize(Draft.MAX_NOTE_LENGTH);
	}

	@Test
	void publishingWithoutReviewNeedsAReason() {
		Draft draft = edit();
		assertThatThrownBy(() -> draft.publishWithoutReview(this.editor, "", false, NOW))
			.hasMessage("review.refused.reasonRequired");
		assertThat(draft.isPending()).isTrue();
		draft.publishWithoutReview(this.editor, "Urgent label correction, no reviewer on duty", false, NOW);
		assertThat(draft.getStatus()).isEqualTo(DraftStatus.APPROVED);
		assertThat(draft.getUnreviewedReason()).isEqualTo("Urgent label correction, no reviewer on duty");
	}

	@Test
	void aDraftIsStaleOnceItsItemChangedOrWent() {
		Draft draft = edit();
		assertThat(draft.isStaleAgainst(2)).isFalse();
		assertThat(draft.isStaleAgainst(3)).isTrue();
		assertThat(draft.isStaleAgainst(null)).isTrue();
		assertThat(Draft.toCreate("indications", new StoredForm("{}", 1), this.editor, NOW).isStaleAgainst(null))
			.isFalse();
	}

	@Test
	void onlyTheDrafterRevisesTheirPendingDraft() {
		Draft draft = edit();
		assertThatThrownBy(
				() -> draft.revise(DraftAction.EDIT, new StoredForm("{\"a\":1}", 1), 2, null, this.reviewer, NOW))
			.isInstanceOf(DraftRefusedException.class)
			.hasMessage("review.refused.heldByOther");
		draft.revise(DraftAction.DELETE, new StoredForm("{\"a\":1}", 1), 2, null, this.editor, NOW.plusSeconds(60));
		assertThat(draft.getAction()).isEqualTo(DraftAction.DELETE);
		assertThat(draft.getDraftedAt()).isEqualTo(NOW.plusSeconds(60));
	}

}
