package org.baclofen.reference.kind;

/**
 * What every content form has besides its own fields: the version the editor started from
 * (so a concurrent edit is caught, not overwritten) and whether this save is a review
 * against the sources.
 */
public abstract class ContentForm {

	private Integer version;

	private boolean reviewed;

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

}
