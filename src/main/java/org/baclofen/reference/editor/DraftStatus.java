package org.baclofen.reference.editor;

/**
 * Where a draft stands: waiting for a second person, published, or sent back to its
 * drafter.
 */
public enum DraftStatus {

	PENDING, APPROVED, REJECTED

}
