package org.baclofen.reference.overview;

import java.util.List;

import org.baclofen.reference.content.CitedContent;

import org.hibernate.envers.Audited;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/**
 * The drug itself: what it is, how it works, and the codes other systems know it by.
 */
@Entity
@Audited
public class Drug extends CitedContent {

	/** The drug this reference is about. */
	public static final String BACLOFEN = "Baclofen";

	@Column(nullable = false, unique = true)
	private String name;

	@Column(nullable = false)
	private String summary;

	@Column(nullable = false)
	private String mechanism;

	@Column(name = "rxnorm_cui", nullable = false)
	private String rxnormCui;

	@Column(nullable = false)
	private String atcCode;

	@Column(name = "snomed_ct_id", nullable = false)
	private String snomedCtId;

	protected Drug() {
	}

	public String getName() {
		return this.name;
	}

	public List<String> getSummaryParagraphs() {
		return paragraphs(this.summary);
	}

	public List<String> getMechanismParagraphs() {
		return paragraphs(this.mechanism);
	}

	public String getRxnormCui() {
		return this.rxnormCui;
	}

	public String getAtcCode() {
		return this.atcCode;
	}

	public String getSnomedCtId() {
		return this.snomedCtId;
	}

}
