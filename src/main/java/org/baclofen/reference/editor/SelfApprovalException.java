package org.baclofen.reference.editor;

/**
 * The two-person rule: nobody approves a draft they drafted, whatever their role is now.
 * An admin working alone publishes with {@link Draft#publishWithoutReview} instead, which
 * says so in the history.
 */
public class SelfApprovalException extends DraftRefusedException {

	private static final long serialVersionUID = 1L;

	SelfApprovalException() {
		super("review.refused.ownDraft");
	}

}
