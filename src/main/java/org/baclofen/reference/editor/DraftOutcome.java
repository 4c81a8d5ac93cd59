package org.baclofen.reference.editor;

import java.util.List;

/**
 * What became of a change an editor sent for review.
 *
 * @param status drafted, or why not
 * @param conflict for an edit that started from an out-of-date page: what was saved or
 * drafted meanwhile; otherwise null
 * @param problems why a restore or deletion was refused, in words for the editor (an
 * edit's field errors are on its form instead)
 */
public record DraftOutcome(Status status, ContentEditing.Conflict conflict, List<String> problems) {

	public enum Status {

		/** Waiting for review now. */
		DRAFTED,
		/** The values break a rule; the form's errors or the problems say which. */
		REFUSED,
		/** Someone else's pending draft holds the item. */
		HELD_BY_OTHER,
		/** The item (or the drafter's own draft) changed since the page was shown. */
		CHANGED_MEANWHILE

	}

	static DraftOutcome drafted() {
		return new DraftOutcome(Status.DRAFTED, null, List.of());
	}

	static DraftOutcome refused(List<String> problems) {
		return new DraftOutcome(Status.REFUSED, null, problems);
	}

	public boolean isDrafted() {
		return this.status == Status.DRAFTED;
	}

	/**
	 * Whether the change collided with someone else's (a 409 for the page), rather than
	 * breaking a rule of the content.
	 */
	public boolean isConflict() {
		return this.status == Status.HELD_BY_OTHER || this.status == Status.CHANGED_MEANWHILE;
	}

}
