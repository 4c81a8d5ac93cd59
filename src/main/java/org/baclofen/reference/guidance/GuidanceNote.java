package org.baclofen.reference.guidance;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.baclofen.reference.content.CitedContent;
import org.hibernate.envers.Audited;

/**
 * Sourced narrative that is not a rule: pharmacokinetics, special populations, and the
 * places where sources disagree (which then also say which source the app's rules
 * follow).
 */
@Entity
@Audited
public class GuidanceNote extends CitedContent {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private GuidanceTopic topic;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String body;

	private boolean sourcesDisagree;

	private int sortOrder;

	protected GuidanceNote() {
	}

	public GuidanceNote(GuidanceTopic topic, String title, String body, LocalDate lastReviewed) {
		super(lastReviewed);
		describe(topic, title, body, false, 0);
	}

	/**
	 * Replaces the note; its title is unique within its topic (checked by the admin form
	 * and the database).
	 */
	public void describe(GuidanceTopic topic, String title, String body, boolean sourcesDisagree, int sortOrder) {
		if (topic == null) {
			throw new IllegalArgumentException("A guidance note belongs to a topic");
		}
		if (title == null || title.isBlank() || body == null || body.isBlank()) {
			throw new IllegalArgumentException("A guidance note has a title and a body");
		}
		this.topic = topic;
		this.title = title.strip();
		this.body = body.strip();
		this.sourcesDisagree = sourcesDisagree;
		this.sortOrder = sortOrder;
	}

	public GuidanceTopic getTopic() {
		return this.topic;
	}

	public String getTitle() {
		return this.title;
	}

	/** The body as written, paragraphs separated by blank lines. */
	public String getBody() {
		return this.body;
	}

	public List<String> getParagraphs() {
		return paragraphs(this.body);
	}

	public boolean isSourcesDisagree() {
		return this.sourcesDisagree;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public String getAnchor() {
		return "note-" + getId();
	}

	@Override
	public String displayTitle() {
		return getTitle();
	}

	@Override
	public String publicLink() {
		return getTopic().page() + "#" + getAnchor();
	}

}
