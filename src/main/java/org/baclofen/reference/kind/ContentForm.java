package org.baclofen.reference.kind;

import jakarta.validation.constraints.Size;

/**
 * What every content form has besides its own fields: the version the editor started from
 * (so a concurrent edit is caught, not overwritten) and whether this save is a review
 * against the sources, and why the change is made.
 */
public abstract class ContentForm {

	private Integer version;

	private boolean reviewed;

	/**
	 * Why the drafter makes this change, in their words: the reviewer reads it and the
	 * change log keeps it. Not content: it is stored with the draft, not on the item.
	 */
	@Size(max = 2000, message = "{admin.size}")
	private String changeReason;

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public boolean isReviewed() {
		return this.reviewed;
	}

	public void setReviewed(boolean reviewed) {
		this.reviewed = reviewed;
	}

	public String getChangeReason() {
		return this.changeReason;
	}

	public void setChangeReason(String changeReason) {
		this.changeReason = changeReason;
	}

}
