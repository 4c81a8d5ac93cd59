package org.baclofen.reference.changelog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One published change to one item, as readers see it: never who made it, only when, what
 * and on which sources.
 *
 * @param revision the audited revision that published it
 * @param at when it was published
 * @param kind the item's kind (its path under /admin and /changes)
 * @param itemId the item
 * @param title the item's name at that revision
 * @param type added, changed or removed
 * @param changes the fields that changed, under their labels (empty for an addition or
 * removal)
 * @param reviewedOn the review date this revision recorded, when it recorded a new one
 * @param sources the sources the item cited at that revision
 * @param reason why the change was made, as its drafter gave it; null when none was given
 */
public record PublishedChange(long revision, Instant at, String kind, long itemId, String title, Type type,
		List<FieldChange> changes, LocalDate reviewedOn, List<CitedSource> sources, String reason) {

	public enum Type {

		ADDED, CHANGED, REMOVED

	}

	record FieldChange(String label, String before, String after) {
	}

	record CitedSource(String code, String title, String link) {
	}

	/**
	 * What changed, in a few words: the changed fields' labels, or the review, for feeds
	 * and lists.
	 */
	String fieldLabels() {
		return String.join(", ", this.changes.stream().map(FieldChange::label).toList());
	}

}
