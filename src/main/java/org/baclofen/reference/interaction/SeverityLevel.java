package org.baclofen.reference.interaction;

import java.time.LocalDate;

import org.baclofen.reference.content.CitedContent;

import org.hibernate.envers.Audited;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/**
 * One level of a named interaction-severity scale and what it means. Rank 1 is the most severe, so the
 * ordering of levels is content, not code.
 */
@Entity
@Audited
public class SeverityLevel extends CitedContent {

	/** The scale the app's own interaction severities use. */
	public static final String APP_SCALE = "DRUGS_COM";

	@Column(nullable = false)
	private String scale;

	@Column(nullable = false)
	private String code;

	@Column(nullable = false)
	private String label;

	@Column(nullable = false)
	private String meaning;

	@Column(nullable = false)
	private int rank;

	protected SeverityLevel() {
	}

	public SeverityLevel(String scale, String code, String label, String meaning, int rank, LocalDate lastReviewed) {
		super(lastReviewed);
		if (rank < 1) {
			throw new IllegalArgumentException("Rank 1 is the most severe level; ranks start at 1");
		}
		this.scale = scale;
		this.code = code;
		this.label = label;
		this.meaning = meaning;
		this.rank = rank;
	}

	public String getScale() {
		return this.scale;
	}

	public String getCode() {
		return this.code;
	}

	public String getLabel() {
		return this.label;
	}

	public String getMeaning() {
		return this.meaning;
	}

	public int getRank() {
		return this.rank;
	}

}
