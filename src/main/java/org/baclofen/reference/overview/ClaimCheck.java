package org.baclofen.reference.overview;

import java.util.List;

import org.baclofen.reference.content.CitedContent;

import org.hibernate.envers.Audited;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A claim that circulates about baclofen, checked against the sources.
 */
@Entity
@Audited
public class ClaimCheck extends CitedContent {

	public enum Verdict {

		SUPPORTED, PARTLY_SUPPORTED, UNSUPPORTED, WRONG, UNVERIFIED;

		public boolean isNotFact() {
			return this == UNSUPPORTED || this == WRONG || this == UNVERIFIED;
		}

	}

	@Column(nullable = false, unique = true)
	private String claim;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Verdict verdict;

	@Column(nullable = false)
	private String explanation;

	private int sortOrder;

	protected ClaimCheck() {
	}

	public String getClaim() {
		return this.claim;
	}

	public Verdict getVerdict() {
		return this.verdict;
	}

	public List<String> getExplanationParagraphs() {
		return paragraphs(this.explanation);
	}

	public String getAnchor() {
		return "claim-" + getId();
	}

}
