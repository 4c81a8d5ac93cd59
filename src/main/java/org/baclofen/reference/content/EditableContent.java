package org.baclofen.reference.content;

import java.time.LocalDate;

/**
 * Content that editors maintain: identified, versioned against concurrent edits, and reviewed against its
 * sources by a named person on a date.
 */
public interface EditableContent {

	Long getId();

	int getVersion();

	LocalDate getLastReviewed();

	String getReviewedBy();

	/** Records a review against the sources; an ordinary edit does not call this. */
	void markReviewed(LocalDate reviewedOn, String reviewer);

}
