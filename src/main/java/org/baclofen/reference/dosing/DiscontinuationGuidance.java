package org.baclofen.reference.dosing;

import java.util.List;

import org.baclofen.reference.content.CitedContent;
import org.baclofen.reference.content.Route;

import org.hibernate.envers.Audited;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What one source says about stopping baclofen. Exactly one oral row is the rule basis: the minimum taper
 * the app's checks apply.
 */
@Entity
@Audited
public class DiscontinuationGuidance extends CitedContent {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Route route;

	@Column(nullable = false, unique = true)
	private String title;

	private Integer minTaperDays;

	private Integer maxTaperDays;

	@Column(nullable = false)
	private String advice;

	private boolean ruleBasis;

	private int sortOrder;

	protected DiscontinuationGuidance() {
	}

	public Route getRoute() {
		return this.route;
	}

	public String getTitle() {
		return this.title;
	}

	public Integer getMinTaperDays() {
		return this.minTaperDays;
	}

	public Integer getMaxTaperDays() {
		return this.maxTaperDays;
	}

	public List<String> getAdviceParagraphs() {
		return paragraphs(this.advice);
	}

	public boolean isRuleBasis() {
		return this.ruleBasis;
	}

}
