package org.baclofen.reference.safety;

import java.util.List;

import org.baclofen.reference.content.CitedContent;
import org.baclofen.reference.content.Route;

import org.hibernate.envers.Audited;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A contraindication, warning, precaution or special-population statement, with the advice that follows.
 */
@Entity
@Audited
public class SafetyItem extends CitedContent {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SafetyKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Route route;

	@Column(name = "condition_name", nullable = false)
	private String condition;

	@Column(nullable = false)
	private String advice;

	@Column(name = "boxed_warning")
	private boolean boxedWarning;

	private String labelSection;

	private int sortOrder;

	protected SafetyItem() {
	}

	public SafetyKind getKind() {
		return this.kind;
	}

	public Route getRoute() {
		return this.route;
	}

	public String getCondition() {
		return this.condition;
	}

	public List<String> getAdviceParagraphs() {
		return paragraphs(this.advice);
	}

	public boolean isBoxedWarning() {
		return this.boxedWarning;
	}

	public String getLabelSection() {
		return this.labelSection;
	}

	public String getAnchor() {
		return "safety-" + getId();
	}

}
