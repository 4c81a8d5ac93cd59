package org.baclofen.reference.content;

import java.time.LocalDate;

/**
 * Content that editors maintain: identified, versioned against concurrent edits, and
 * reviewed against its sources by a named person on a date.
 */
public interface EditableContent {

	Long getId();

	int getVersion();

	LocalDate getLastReviewed();

	String getReviewedBy();

	/**
	 * How the item is named wherever it is listed: admin lists and history, search, the
	 * sources page's "cited by" lists and public change logs. The one description of the
	 * item's title.
	 */
	String displayTitle();

	/**
	 * The public page (and anchor) that shows the item: the one place its link is built.
	 */
	String publicLink();

	/** Records a review against the sources; an ordinary edit does not call this. */
	void markReviewed(LocalDate reviewedOn, String reviewer);

	/**
	 * Takes the review stamp of an earlier revision whose values are being restored:
	 * restored content was last checked when that revision was, not when the item's later
	 * values were.
	 */
	void carryReviewOf(EditableContent restored);

}
