package org.baclofen.reference.guidance;

import java.util.List;

import org.baclofen.reference.content.CitedContent;

import org.hibernate.envers.Audited;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Sourced narrative that is not a rule: pharmacokinetics, special populations, and the places where
 * sources disagree (which then also say which source the app's rules follow).
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

	public GuidanceTopic getTopic() {
		return this.topic;
	}

	public String getTitle() {
		return this.title;
	}

	public List<String> getParagraphs() {
		return paragraphs(this.body);
	}

	public boolean isSourcesDisagree() {
		return this.sourcesDisagree;
	}

	public String getAnchor() {
		return "note-" + getId();
	}

}
