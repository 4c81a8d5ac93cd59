package org.baclofen.reference.indication;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.baclofen.reference.content.CitedContent;
import org.baclofen.reference.content.Route;
import org.hibernate.envers.Audited;

/**
 * A use of baclofen (labeled, off-label or advised against) with the strength of its
 * evidence.
 */
@Entity
@Audited
public class Indication extends CitedContent {

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private IndicationStatus status;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Route route;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EvidenceStrength evidence;

	@Column(nullable = false)
	private String summary;

	@Column(nullable = false)
	private String details;

	private int sortOrder;

	protected Indication() {
	}

	public Indication(String slug, String name, IndicationStatus status, Route route, EvidenceStrength evidence,
			String summary, String details, LocalDate lastReviewed) {
		super(lastReviewed);
		if (slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
			throw new IllegalArgumentException("A slug is lowercase words joined by hyphens, not " + slug);
		}
		if (status == IndicationStatus.LABELED && evidence != EvidenceStrength.LABEL) {
			throw new IllegalArgumentException("A labeled use rests on the label");
		}
		this.slug = slug;
		this.name = name;
		this.status = status;
		this.route = route;
		this.evidence = evidence;
		this.summary = summary;
		this.details = details;
	}

	/**
	 * Replaces what is known about the use; the slug (its address) stays fixed once
	 * created. A labeled use rests on the label, so its evidence is the label.
	 */
	public void describe(String name, IndicationStatus status, Route route, EvidenceStrength evidence, String summary,
			String details, int sortOrder) {
		if (name == null || name.isBlank() || summary == null || summary.isBlank() || details == null
				|| details.isBlank()) {
			throw new IllegalArgumentException("An indication has a name, a summary and details");
		}
		if (status == null || route == null || evidence == null) {
			throw new IllegalArgumentException("An indication has a status, a route and an evidence strength");
		}
		if (status == IndicationStatus.LABELED && evidence != EvidenceStrength.LABEL) {
			throw new IllegalArgumentException("A labeled use rests on the label");
		}
		this.name = name.strip();
		this.status = status;
		this.route = route;
		this.evidence = evidence;
		this.summary = summary.strip();
		this.details = details.strip();
		this.sortOrder = sortOrder;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public IndicationStatus getStatus() {
		return this.status;
	}

	public Route getRoute() {
		return this.route;
	}

	public EvidenceStrength getEvidence() {
		return this.evidence;
	}

	public String getSummary() {
		return this.summary;
	}

	/** The details as written, paragraphs separated by blank lines. */
	public String getDetails() {
		return this.details;
	}

	public List<String> getDetailParagraphs() {
		return paragraphs(this.details);
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	@Override
	public String displayTitle() {
		return getName();
	}

	@Override
	public String publicLink() {
		return "/indications/" + getSlug();
	}

}
