package org.baclofen.reference.screening;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import org.baclofen.reference.content.ReviewedContent;
import org.baclofen.reference.safety.SafetyItem;
import org.hibernate.envers.Audited;

/**
 * A patient condition a clinician can screen for, and the stored warnings and precautions
 * that concern it. The condition carries no clinical text of its own: what is said about
 * it lives in the safety items, which cite their sources; so it is editable content that
 * cites nothing itself.
 */
@Entity
@Audited
public class ScreeningCondition extends ReviewedContent {

	/**
	 * Codes are stable identifiers for the API: upper-case words joined by underscores.
	 */
	public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

	@Column(nullable = false, unique = true)
	private String code;

	@Column(nullable = false)
	private String label;

	private int sortOrder;

	@ManyToMany
	@JoinTable(name = "screening_condition_safety_item", joinColumns = @JoinColumn(name = "screening_condition_id"),
			inverseJoinColumns = @JoinColumn(name = "safety_item_id"))
	@OrderBy("boxedWarning desc, sortOrder asc")
	private Set<SafetyItem> safetyItems = new LinkedHashSet<>();

	protected ScreeningCondition() {
	}

	public ScreeningCondition(String code, String label, int sortOrder, LocalDate lastReviewed) {
		super(lastReviewed);
		if (code == null || !CODE.matcher(code).matches()) {
			throw new IllegalArgumentException("A condition code looks like RENAL_IMPAIRMENT, not " + code);
		}
		this.code = code;
		describe(label, sortOrder);
	}

	/**
	 * Changes how the condition is shown; its code (how the API names it) stays fixed
	 * once created.
	 */
	public void describe(String label, int sortOrder) {
		if (label == null || label.isBlank()) {
			throw new IllegalArgumentException("A condition needs a label clinicians recognise");
		}
		this.label = label.strip();
		this.sortOrder = sortOrder;
	}

	/** Replaces the safety items shown when this condition is screened. */
	public void concernsOnly(Collection<SafetyItem> newSafetyItems) {
		this.safetyItems.clear();
		this.safetyItems.addAll(newSafetyItems);
	}

	/** Shows the safety item whenever this condition is screened. */
	public void concerns(SafetyItem safetyItem) {
		this.safetyItems.add(safetyItem);
	}

	public String getCode() {
		return this.code;
	}

	public String getLabel() {
		return this.label;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	/**
	 * The warnings and precautions for this condition, boxed warnings first, then in
	 * safety-page order.
	 */
	public List<SafetyItem> getSafetyItems() {
		return List.copyOf(this.safetyItems);
	}

	@Override
	public String displayTitle() {
		return getLabel() + " (" + getCode() + ")";
	}

	@Override
	public String publicLink() {
		return "/check";
	}

}
