package org.baclofen.reference.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.baclofen.reference.source.Source;
import org.hibernate.envers.Audited;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * A piece of clinical content. Every fact the app states cites its sources and says when it was last
 * checked against them; the version guards against two editors overwriting each other.
 * <p>
 * Each subclass gets its own join table, named after its table ({@code indication_source} and so on).
 */
@MappedSuperclass
@Audited
public abstract class CitedContent implements EditableContent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private int version;

	@Column(name = "last_reviewed", nullable = false)
	private LocalDate lastReviewed;

	/** Who last checked the item against its sources; null for content loaded by the migrations. */
	@Column(name = "reviewed_by")
	private String reviewedBy;

	@ManyToMany
	@JoinTable(inverseJoinColumns = @JoinColumn(name = "source_id"))
	private Set<Source> sources = new HashSet<>();

	protected CitedContent() {
	}

	protected CitedContent(LocalDate lastReviewed) {
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

	/** The sources in their citation order (S1, S1b, S2, … S10). */
	public List<Source> getSources() {
		List<Source> ordered = new ArrayList<>(this.sources);
		Collections.sort(ordered);
		return Collections.unmodifiableList(ordered);
	}

	public void cite(Source source) {
		this.sources.add(source);
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

	/** Replaces the cited sources; every item cites at least one. */
	public void citeOnly(Collection<Source> newSources) {
		if (newSources == null || newSources.isEmpty()) {
			throw new IllegalArgumentException("Every content item cites at least one source");
		}
		this.sources.clear();
		this.sources.addAll(newSources);
	}

	/** Splits stored prose into the paragraphs it was written in (separated by blank lines). */
	protected static List<String> paragraphs(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.strip().split("\\R\\s*\\R")).map(String::strip).toList();
	}

	private static LocalDate requireReviewDate(LocalDate date) {
		if (date == null) {
			throw new IllegalArgumentException("Every content item needs a last-reviewed date");
		}
		return date;
	}

}
