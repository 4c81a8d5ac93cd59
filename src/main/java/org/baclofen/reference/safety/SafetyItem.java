package org.baclofen.reference.safety;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.baclofen.reference.content.CitedContent;
import org.baclofen.reference.content.Route;
import org.hibernate.envers.Audited;

/**
 * A contraindication, warning, precaution or special-population statement, with the
 * advice that follows.
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

	/** The advice in one line, for the summary page; none for most items. */
	private String inBrief;

	private int sortOrder;

	protected SafetyItem() {
	}

	public SafetyItem(SafetyKind kind, Route route, String condition, String advice, boolean boxedWarning,
			String labelSection, int sortOrder, LocalDate lastReviewed) {
		super(lastReviewed);
		describe(kind, route, condition, advice, boxedWarning, labelSection, sortOrder);
	}

	/** Replaces the item; it names its kind, route, condition and advice. */
	public void describe(SafetyKind kind, Route route, String condition, String advice, boolean boxedWarning,
			String labelSection, int sortOrder) {
		if (kind == null || route == null || condition == null || condition.isBlank() || advice == null
				|| advice.isBlank()) {
			throw new IllegalArgumentException("A safety item names its kind, route, condition and advice");
		}
		this.kind = kind;
		this.route = route;
		this.condition = condition.strip();
		this.advice = advice.strip();
		this.boxedWarning = boxedWarning;
		this.labelSection = (labelSection == null || labelSection.isBlank()) ? null : labelSection.strip();
		this.sortOrder = sortOrder;
	}

	/**
	 * Sets the advice in one line that the summary page gives as the bottom line, or none
	 * when blank. It restates the advice in brief and cites the item's own sources.
	 */
	public void summarise(String inBrief) {
		this.inBrief = (inBrief == null || inBrief.isBlank()) ? null : inBrief.strip();
	}

	public String getInBrief() {
		return this.inBrief;
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

	public String getAdvice() {
		return this.advice;
	}

	public int getSortOrder() {
		return this.sortOrder;
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

	@Override
	public String displayTitle() {
		String kind = getKind().name().toLowerCase(Locale.ROOT);
		// "Pregnancy", not "Pregnancy (pregnancy)": the kind is added only where the
		// condition does not already say it.
		return getCondition().toLowerCase(Locale.ROOT).contains(kind) ? getCondition()
				: getCondition() + " (" + kind + ")";
	}

	@Override
	public String publicLink() {
		return "/safety#" + getAnchor();
	}

}
