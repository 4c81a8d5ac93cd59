package org.baclofen.reference.interaction;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import org.baclofen.reference.content.CitedContent;
import org.baclofen.reference.safety.SafetyItem;
import org.hibernate.envers.Audited;

/**
 * A drug, class or substance that interacts with baclofen: what happens, what to do, and
 * how severe the sources rate it.
 */
@Entity
@Audited
public class Interaction extends CitedContent {

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	private String interactant;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private InteractantKind interactantKind;

	@Column(nullable = false)
	private String effect;

	@Column(nullable = false)
	private String management;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Severity severity;

	private String severityNote;

	private int sortOrder;

	@ElementCollection
	@CollectionTable(name = "interaction_member", joinColumns = @JoinColumn(name = "interaction_id"))
	private Set<InteractionMember> members = new HashSet<>();

	/**
	 * Words people type for the interactant that are not drug names: class words
	 * ("opioid", "MAOI") and everyday names ("beer"). The medication check matches them
	 * like members; the public page does not list them as included drugs.
	 */
	@ElementCollection
	@CollectionTable(name = "interaction_other_name", joinColumns = @JoinColumn(name = "interaction_id"))
	@Column(name = "name", nullable = false)
	private Set<String> otherNames = new HashSet<>();

	/**
	 * Stored warnings and precautions that also apply whenever this interaction is found
	 * by the check.
	 */
	@ManyToMany
	@JoinTable(name = "interaction_safety_item", joinColumns = @JoinColumn(name = "interaction_id"),
			inverseJoinColumns = @JoinColumn(name = "safety_item_id"))
	@OrderBy("boxedWarning desc, sortOrder asc")
	private Set<SafetyItem> safetyItems = new LinkedHashSet<>();

	protected Interaction() {
	}

	public Interaction(String slug, String interactant, InteractantKind interactantKind, String effect,
			String management, Severity severity, LocalDate lastReviewed) {
		super(lastReviewed);
		if (slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
			throw new IllegalArgumentException("A slug is lowercase words joined by hyphens, not " + slug);
		}
		this.slug = slug;
		this.interactant = interactant;
		this.interactantKind = interactantKind;
		this.effect = effect;
		this.management = management;
		this.severity = severity;
	}

	public void addMember(InteractionMember member) {
		this.members.add(member);
	}

	/**
	 * Replaces what is known about the interaction; the slug (its address) stays fixed
	 * once created.
	 */
	public void describe(String interactant, InteractantKind interactantKind, String effect, String management,
			Severity severity, String severityNote, int sortOrder) {
		if (interactant == null || interactant.isBlank() || effect == null || effect.isBlank() || management == null
				|| management.isBlank()) {
			throw new IllegalArgumentException("An interaction names its interactant, effect and management");
		}
		this.interactant = interactant.strip();
		this.interactantKind = interactantKind;
		this.effect = effect.strip();
		this.management = management.strip();
		this.severity = severity;
		this.severityNote = (severityNote == null || severityNote.isBlank()) ? null : severityNote.strip();
		this.sortOrder = sortOrder;
	}

	/**
	 * Replaces the member drug names (generic and brand) that a medication list is
	 * matched against.
	 */
	public void replaceMembers(java.util.Collection<InteractionMember> newMembers) {
		this.members.clear();
		this.members.addAll(newMembers);
	}

	/**
	 * Replaces the class words and everyday names the check also matches; each is
	 * stripped and kept once.
	 */
	public void replaceOtherNames(Collection<String> names) {
		replaceNames(this.otherNames, names);
	}

	/**
	 * Replaces the warnings and precautions shown with this interaction on the check
	 * page.
	 */
	public void concernsOnly(Collection<SafetyItem> newSafetyItems) {
		this.safetyItems.clear();
		this.safetyItems.addAll(newSafetyItems);
	}

	/** Class words and everyday names, in alphabetical order. */
	public List<String> getOtherNames() {
		return this.otherNames.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
	}

	/**
	 * The warnings and precautions shown with this interaction, boxed warnings first,
	 * then in safety-page order.
	 */
	public List<SafetyItem> getSafetyItems() {
		return List.copyOf(this.safetyItems);
	}

	public String getEffect() {
		return this.effect;
	}

	public String getManagement() {
		return this.management;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getInteractant() {
		return this.interactant;
	}

	public InteractantKind getInteractantKind() {
		return this.interactantKind;
	}

	public List<String> getEffectParagraphs() {
		return paragraphs(this.effect);
	}

	public List<String> getManagementParagraphs() {
		return paragraphs(this.management);
	}

	public Severity getSeverity() {
		return this.severity;
	}

	public String getSeverityNote() {
		return this.severityNote;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	/** Member names in alphabetical order. */
	public List<InteractionMember> getMembers() {
		return this.members.stream().sorted().toList();
	}

	@Override
	public String displayTitle() {
		return getInteractant();
	}

	@Override
	public String publicLink() {
		return "/interactions#" + getSlug();
	}

}
