package org.baclofen.reference.content;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * What all maintained content shares: an identity, a version that stops two editors
 * overwriting each other, and the date and person of its last review against its sources.
 */
@MappedSuperclass
@Audited
public abstract class ReviewedContent implements EditableContent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private int version;

	@Column(name = "last_reviewed", nullable = false)
	private LocalDate lastReviewed;

	/**
	 * Who last checked the item against its sources; null for content loaded by the
	 * migrations.
	 */
	@Column(name = "reviewed_by")
	private String reviewedBy;

	protected ReviewedContent() {
	}

	protected ReviewedContent(LocalDate lastReviewed) {
		this.lastReviewed = requireReviewDate(lastReviewed);
	}

	@Override
	public Long getId() {
		return this.id;
	}

	@Override
	public int getVersion() {
		return this.version;
	}

	@Override
	public LocalDate getLastReviewed() {
		return this.lastReviewed;
	}

	@Override
	public String getReviewedBy() {
		return this.reviewedBy;
	}

	@Override
	public void markReviewed(LocalDate reviewedOn, String reviewer) {
		if (reviewer == null || reviewer.isBlank()) {
			throw new IllegalArgumentException("A review is recorded with the reviewer's name");
		}
		this.lastReviewed = requireReviewDate(reviewedOn);
		this.reviewedBy = reviewer;
	}

	@Override
	public void carryReviewOf(EditableContent restored) {
		this.lastReviewed = requireReviewDate(restored.getLastReviewed());
		this.reviewedBy = restored.getReviewedBy();
	}

	private static LocalDate requireReviewDate(LocalDate date) {
		if (date == null) {
			throw new IllegalArgumentException("Every content item needs a last-reviewed date");
		}
		return date;
	}

}
