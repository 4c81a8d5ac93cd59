package org.baclofen.reference.editor;

/**
 * What a draft does to the published content once approved.
 */
public enum DraftAction {

	/** Adds a new item (the draft has no item yet). */
	CREATE,

	/** Changes an item's values. */
	EDIT,

	/** Removes an item; its history is kept. */
	DELETE,

	/** Makes an earlier revision's values current again, as a new revision. */
	RESTORE;

	/**
	 * Whether the draft changes an existing item, and so can go stale when that item
	 * changes first.
	 */
	public boolean changesExistingItem() {
		return this != CREATE;
	}

}
