package org.baclofen.reference.interaction;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.baclofen.reference.content.CitedContent;

import org.hibernate.envers.Audited;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;

/**
 * A drug, class or substance that interacts with baclofen: what happens, what to do, and how severe the
 * sources rate it.
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

	/** Replaces what is known about the interaction; the slug (its address) stays fixed once created. */
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

	/** Replaces the member drug names (generic and brand) that a medication list is matched against. */
	public void replaceMembers(java.util.Collection<InteractionMember> newMembers) {
		this.members.clear();
		this.members.addAll(newMembers);
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

}
