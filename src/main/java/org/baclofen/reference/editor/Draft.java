package org.baclofen.reference.editor;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.baclofen.reference.system.PlainText;

/**
 * A change to content that is not public yet: the submitted form (as JSON), the published
 * version it was drafted against, who drafted it and when, and what the review decided.
 * While pending it holds its item: the database allows one pending draft per item (its
 * {@code pendingKey} is unique and cleared once decided).
 * <p>
 * The rules of review live here: nobody approves their own draft (compared by account,
 * never by role); only a pending draft can be decided; a rejection says why; publishing
 * without a second review says why.
 */
@Entity
@Table(name = "content_draft")
public class Draft {

	/** As long as the columns that keep comments and reasons. */
	public static final int MAX_NOTE_LENGTH = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/**
	 * Two reviewers deciding the same draft at once: the second one's write fails, so
	 * exactly one wins.
	 */
	@Version
	private int version;

	@Column(nullable = false)
	private String kind;

	private Long itemId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DraftAction action;

	@Column(nullable = false)
	private String formJson;

	/** The form shape the JSON was written in: see {@link StoredForm}. */
	private int formVersion;

	private Integer baseVersion;

	private Long restoredRevision;

	@Column(nullable = false)
	private String draftedBy;

	private Long draftedByAccount;

	@Column(nullable = false)
	private Instant draftedAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DraftStatus status;

	private String pendingKey;

	private String decidedBy;

	private Long decidedByAccount;

	private Instant decidedAt;

	private String reviewerComment;

	private String unreviewedReason;

	private boolean reviewedAgainstSources;

	private Long publishedRevision;

	protected Draft() {
	}

	private Draft(String kind, Long itemId, DraftAction action, StoredForm form, Integer baseVersion,
			Long restoredRevision, Signature drafter, Instant draftedAt) {
		if (kind == null || kind.isBlank() || form == null) {
			throw new IllegalArgumentException("A draft names its kind of content and carries a form");
		}
		if (action.changesExistingItem() != (itemId != null) || action.changesExistingItem() != (baseVersion != null)) {
			throw new IllegalArgumentException("Only a new item's draft has no item and no version it was based on");
		}
		this.kind = kind;
		this.itemId = itemId;
		this.action = action;
		this.formJson = form.json();
		this.formVersion = form.formVersion();
		this.baseVersion = baseVersion;
		this.restoredRevision = restoredRevision;
		this.draftedBy = drafter.username();
		this.draftedByAccount = drafter.accountId();
		this.draftedAt = Objects.requireNonNull(draftedAt);
		this.status = DraftStatus.PENDING;
		this.pendingKey = (itemId == null) ? null : pendingKey(kind, itemId);
	}

	public static Draft toCreate(String kind, StoredForm form, Signature drafter, Instant at) {
		return new Draft(kind, null, DraftAction.CREATE, form, null, null, drafter, at);
	}

	public static Draft toEdit(String kind, long itemId, int baseVersion, StoredForm form, Signature drafter,
			Instant at) {
		return new Draft(kind, itemId, DraftAction.EDIT, form, baseVersion, null, drafter, at);
	}

	/**
	 * @param form the item's values when the deletion was asked for, so the review shows
	 * what goes
	 */
	public static Draft toDelete(String kind, long itemId, int baseVersion, StoredForm form, Signature drafter,
			Instant at) {
		return new Draft(kind, itemId, DraftAction.DELETE, form, baseVersion, null, drafter, at);
	}

	/**
	 * @param form the restored revision's values
	 */
	public static Draft toRestore(String kind, long itemId, int baseVersion, long revision, StoredForm form,
			Signature drafter, Instant at) {
		return new Draft(kind, itemId, DraftAction.RESTORE, form, baseVersion, revision, drafter, at);
	}

	/**
	 * The value that makes a second pending draft for the same item break the unique
	 * constraint.
	 */
	static String pendingKey(String kind, long itemId) {
		return kind + ":" + itemId;
	}

	/**
	 * The drafter amends their own pending draft (an edit of a pending edit, or any new
	 * action on the item); someone else's pending draft cannot be taken over.
	 */
	public void revise(DraftAction newAction, StoredForm newForm, int newBaseVersion, Long newRestoredRevision,
			Signature by, Instant at) {
		requirePending();
		if (!isDraftedBy(by)) {
			throw new DraftRefusedException("review.refused.heldByOther", this.draftedBy);
		}
		if (!newAction.changesExistingItem() || newForm == null) {
			throw new IllegalArgumentException("A draft of an existing item is revised with a form for that item");
		}
		this.action = newAction;
		this.formJson = newForm.json();
		this.formVersion = newForm.formVersion();
		this.baseVersion = newBaseVersion;
		this.restoredRevision = newRestoredRevision;
		this.draftedAt = Objects.requireNonNull(at);
	}

	/**
	 * A second person approves: the draft is published.
	 * @param reviewedAgainstSources the reviewer checked the item against its sources:
	 * the item's last-reviewed date becomes today, in the reviewer's name
	 * @throws SelfApprovalException when the reviewer drafted it
	 */
	public void approve(Signature reviewer, boolean reviewedAgainstSources, Instant at) {
		requirePending();
		if (isDraftedBy(reviewer)) {
			throw new SelfApprovalException();
		}
		decide(DraftStatus.APPROVED, reviewer, at);
		this.reviewedAgainstSources = reviewedAgainstSources;
	}

	/**
	 * An admin publishes without a second review, saying why; the history shows it as
	 * such. Only the service decides who is an admin; this records the decision and its
	 * reason.
	 */
	public void publishWithoutReview(Signature admin, String reason, boolean reviewedAgainstSources, Instant at) {
		requirePending();
		this.unreviewedReason = requireNote(reason, "review.refused.reasonRequired");
		decide(DraftStatus.APPROVED, admin, at);
		this.reviewedAgainstSources = reviewedAgainstSources;
	}

	/**
	 * Sends the draft back to its drafter with the reviewer's comment, which the drafter
	 * sees.
	 */
	public void reject(Signature reviewer, String comment, Instant at) {
		requirePending();
		if (isDraftedBy(reviewer)) {
			throw new SelfApprovalException();
		}
		this.reviewerComment = requireNote(comment, "review.refused.commentRequired");
		decide(DraftStatus.REJECTED, reviewer, at);
	}

	/**
	 * Whether the item changed since the draft was made (or is gone), so publishing it
	 * would overwrite a change nobody reviewed it against.
	 * @param currentVersion the item's version now, or null when it no longer exists
	 */
	public boolean isStaleAgainst(Integer currentVersion) {
		if (!this.action.changesExistingItem()) {
			return false;
		}
		return currentVersion == null || currentVersion.intValue() != this.baseVersion.intValue();
	}

	/** The audited revision that published this draft. */
	public void publishedAs(long revision) {
		if (this.status != DraftStatus.APPROVED) {
			throw new IllegalStateException("Only an approved draft is published");
		}
		this.publishedRevision = revision;
	}

	/** A new item's draft learns its item once published. */
	public void createdItem(long newItemId) {
		if (this.action != DraftAction.CREATE) {
			throw new IllegalStateException("Only a new item's draft gets its item when published");
		}
		this.itemId = newItemId;
	}

	public boolean isDraftedBy(Signature person) {
		return new Signature(this.draftedByAccount, this.draftedBy).isSamePersonAs(person);
	}

	private void decide(DraftStatus outcome, Signature by, Instant at) {
		this.status = outcome;
		this.decidedBy = by.username();
		this.decidedByAccount = by.accountId();
		this.decidedAt = Objects.requireNonNull(at);
		this.pendingKey = null;
	}

	private void requirePending() {
		if (this.status != DraftStatus.PENDING) {
			throw new DraftRefusedException("review.refused.notPending");
		}
	}

	private static String requireNote(String note, String refusal) {
		if (!PlainText.hasVisibleText(note)) {
			throw new MissingNoteException(refusal);
		}
		if (note.strip().length() > MAX_NOTE_LENGTH) {
			throw new MissingNoteException("review.refused.noteTooLong", MAX_NOTE_LENGTH);
		}
		return note.strip();
	}

	public Long getId() {
		return this.id;
	}

	public int getVersion() {
		return this.version;
	}

	public String getKind() {
		return this.kind;
	}

	public Long getItemId() {
		return this.itemId;
	}

	public DraftAction getAction() {
		return this.action;
	}

	public StoredForm getForm() {
		return new StoredForm(this.formJson, this.formVersion);
	}

	public Integer getBaseVersion() {
		return this.baseVersion;
	}

	public Long getRestoredRevision() {
		return this.restoredRevision;
	}

	public String getDraftedBy() {
		return this.draftedBy;
	}

	public Instant getDraftedAt() {
		return this.draftedAt;
	}

	public DraftStatus getStatus() {
		return this.status;
	}

	public boolean isPending() {
		return this.status == DraftStatus.PENDING;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public String getReviewerComment() {
		return this.reviewerComment;
	}

	public String getUnreviewedReason() {
		return this.unreviewedReason;
	}

	public boolean isReviewedAgainstSources() {
		return this.reviewedAgainstSources;
	}

	public Long getPublishedRevision() {
		return this.publishedRevision;
	}

}
