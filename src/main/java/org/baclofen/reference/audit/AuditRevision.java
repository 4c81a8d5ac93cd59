package org.baclofen.reference.audit;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import org.hibernate.envers.ModifiedEntityNames;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One saved change set: when, by whom, and which kinds of content it touched. A change
 * published through review also names its drafter (the revision's user is then the
 * approver), and a publication without a second review keeps the admin's reason. Our own
 * revision entity with an identity id, because Envers' default one needs a sequence on
 * PostgreSQL but not on H2, and one set of migrations serves both.
 */
@Entity
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

	/**
	 * The user the migrations' revisions are recorded under (the baseline and every
	 * content migration since).
	 */
	public static final String MIGRATION_USER = "migration";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	private Long id;

	@RevisionTimestamp
	@Column(nullable = false)
	private long timestamp;

	@Column(nullable = false)
	private String username;

	/** Who drafted the published change; null for changes saved before review existed. */
	private String draftedBy;

	/** Why an admin published without a second review; null for reviewed changes. */
	private String unreviewedReason;

	/**
	 * The approver's account was created or elevated by the drafter: two accounts, maybe
	 * one person.
	 */
	@Column(nullable = false)
	private boolean approverAppointedByDrafter;

	@ElementCollection(fetch = FetchType.EAGER)
	@JoinTable(name = "audit_revision_entity", joinColumns = @JoinColumn(name = "revision_id"))
	@Column(name = "entity_name")
	@ModifiedEntityNames
	private Set<String> entityNames = new HashSet<>();

	public Long getId() {
		return this.id;
	}

	public Instant getChangedAt() {
		return Instant.ofEpochMilli(this.timestamp);
	}

	public String getUsername() {
		return this.username;
	}

	void setUsername(String username) {
		this.username = username;
	}

	public String getDraftedBy() {
		return this.draftedBy;
	}

	public String getUnreviewedReason() {
		return this.unreviewedReason;
	}

	public boolean isPublishedWithoutReview() {
		return this.unreviewedReason != null;
	}

	/**
	 * Stamps the revision that publishes a draft with the person who decided it (its
	 * user), its drafter, and the reason if nobody else reviewed it.
	 */
	public void publishedFromDraft(String approver, String drafter, String reasonWithoutReview) {
		if (drafter == null || drafter.isBlank() || approver == null || approver.isBlank()) {
			throw new IllegalArgumentException("A published draft names its drafter and its approver");
		}
		this.username = approver;
		this.draftedBy = drafter;
		this.unreviewedReason = reasonWithoutReview;
	}

	public boolean isApproverAppointedByDrafter() {
		return this.approverAppointedByDrafter;
	}

	/** The approver's account was created or elevated by the drafter. */
	public void approvedByDraftersAppointee() {
		this.approverAppointedByDrafter = true;
	}

	public Set<String> getEntityNames() {
		return Set.copyOf(this.entityNames);
	}

}
