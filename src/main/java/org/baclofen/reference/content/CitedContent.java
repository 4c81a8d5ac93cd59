package org.baclofen.reference.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;

/**
 * A piece of clinical content: every fact the app states cites its sources (and, as all
 * reviewed content, says when it was last checked against them).
 * <p>
 * Each subclass gets its own join table, named after its table ({@code indication_source}
 * and so on).
 */
@MappedSuperclass
@Audited
public abstract class CitedContent extends ReviewedContent {

	@ManyToMany
	@JoinTable(inverseJoinColumns = @JoinColumn(name = "source_id"))
	private Set<Source> sources = new HashSet<>();

	/**
	 * Replaces a collection of names (the ones the medication check matches) with the
	 * given ones, each stripped and kept once; a blank name is a mistake, not an empty
	 * line to skip.
	 */
	protected static void replaceNames(Set<String> names, Collection<String> newNames) {
		names.clear();
		for (String name : newNames) {
			if (name == null || name.isBlank()) {
				throw new IllegalArgumentException("A name cannot be blank");
			}
			names.add(name.strip());
		}
	}

	protected CitedContent() {
	}

	protected CitedContent(LocalDate lastReviewed) {
		super(lastReviewed);
	}

	/** The sources in their citation order (S1, S1b, S2, … S10). */
	public List<Source> getSources() {
		List<Source> ordered = new ArrayList<>(this.sources);
		Collections.sort(ordered);
		return Collections.unmodifiableList(ordered);
	}

	/** Replaces the cited sources; every item cites at least one. */
	public void citeOnly(Collection<Source> newSources) {
		if (newSources == null || newSources.isEmpty()) {
			throw new IllegalArgumentException("Every content item cites at least one source");
		}
		this.sources.clear();
		this.sources.addAll(newSources);
	}

	/**
	 * Splits stored prose into the paragraphs it was written in (separated by blank
	 * lines).
	 */
	protected static List<String> paragraphs(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.strip().split("\\R\\s*\\R")).map(String::strip).toList();
	}

}
