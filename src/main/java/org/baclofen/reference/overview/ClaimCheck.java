package org.baclofen.reference.overview;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.baclofen.reference.content.CitedContent;
import org.hibernate.envers.Audited;

/**
 * A claim that circulates about baclofen, checked against the sources.
 */
@Entity
@Audited
public class ClaimCheck extends CitedContent {

	public enum Verdict {

		SUPPORTED, PARTLY_SUPPORTED, UNSUPPORTED, WRONG, UNVERIFIED

	}

	@Column(nullable = false, unique = true)
	private String claim;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Verdict verdict;

	@Column(nullable = false)
	private String finding;

	@Column(nullable = false)
	private String explanation;

	private int sortOrder;

	protected ClaimCheck() {
	}

	public ClaimCheck(String claim, Verdict verdict, String finding, String explanation, LocalDate lastReviewed) {
		super(lastReviewed);
		describe(claim, verdict, finding, explanation, 0);
	}

	/**
	 * Replaces the claim and its check; each claim is checked once (unique, enforced by
	 * the form and database).
	 * @param finding what the sources say, in one line: the heading readers see first
	 */
	public void describe(String claim, Verdict verdict, String finding, String explanation, int sortOrder) {
		if (claim == null || claim.isBlank() || finding == null || finding.isBlank() || explanation == null
				|| explanation.isBlank()) {
			throw new IllegalArgumentException(
					"A claim check states the claim, what the sources say, and explains the verdict");
		}
		if (verdict == null) {
			throw new IllegalArgumentException("A claim check gives a verdict");
		}
		this.claim = claim.strip();
		this.verdict = verdict;
		this.finding = finding.strip();
		this.explanation = explanation.strip();
		this.sortOrder = sortOrder;
	}

	public String getClaim() {
		return this.claim;
	}

	public Verdict getVerdict() {
		return this.verdict;
	}

	/** What the sources say, in one line: the check's heading, above the claim. */
	public String getFinding() {
		return this.finding;
	}

	/** The explanation as written, paragraphs separated by blank lines. */
	public String getExplanation() {
		return this.explanation;
	}

	public List<String> getExplanationParagraphs() {
		return paragraphs(this.explanation);
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public String getAnchor() {
		return "claim-" + getId();
	}

	@Override
	public String displayTitle() {
		return getClaim();
	}

	@Override
	public String publicLink() {
		return "/claims#" + getAnchor();
	}

}
