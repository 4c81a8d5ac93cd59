package org.baclofen.reference.editor;

/**
 * The item changed (or was deleted) after the draft was made: publishing the draft would
 * overwrite a change nobody reviewed it against. Nothing is published; the reviewer sees
 * the difference, and the drafter revises the draft against the current version.
 */
public class StaleDraftException extends DraftRefusedException {

	private static final long serialVersionUID = 1L;

	StaleDraftException() {
		super("review.refused.stale");
	}

}
