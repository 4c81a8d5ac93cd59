package org.baclofen.reference.interaction;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.baclofen.reference.content.CitedContent;
import org.hibernate.envers.Audited;

/**
 * One level of a named interaction-severity scale and what it means. Rank 1 is the most
 * severe, so the ordering of levels is content, not code.
 */
@Entity
@Audited
public class SeverityLevel extends CitedContent {

	/**
	 * The scale of this reference's own interaction ratings; its levels carry the rubric
	 * shown on /interactions.
	 */
	public static final String APP_SCALE = "REFERENCE";

	/** The highest rank number a level can have (the least severe end of a scale). */
	public static final int LOWEST_RANK = 100;

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

	/**
	 * Replaces the level's description. Rank 1 is the most severe; ranks run to
	 * {@value #LOWEST_RANK}. The scale and code are unique together (checked by the admin
	 * form and the database).
	 */
	public void describe(String scale, String code, String label, String meaning, int rank) {
		if (scale == null || scale.isBlank() || code == null || code.isBlank()) {
			throw new IllegalArgumentException("A severity level belongs to a named scale and has a code");
		}
		if (label == null || label.isBlank() || meaning == null || meaning.isBlank()) {
			throw new IllegalArgumentException("A severity level has a label and says what it means");
		}
		if (rank < 1 || rank > LOWEST_RANK) {
			throw new IllegalArgumentException("Ranks run from 1 (most severe) to " + LOWEST_RANK + ", not " + rank);
		}
		this.scale = scale.strip();
		this.code = code.strip();
		this.label = label.strip();
		this.meaning = meaning.strip();
		this.rank = rank;
	}

	/** True for the levels that rank the app's own interaction severities. */
	public boolean isAppScale() {
		return APP_SCALE.equals(this.scale);
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

	@Override
	public String displayTitle() {
		return scaleName(this.scale) + ": " + this.label;
	}

	/**
	 * The scale as readers know it (the interactions page's names for the scales the
	 * reference ships); a scale an editor adds later reads as its code in plain words.
	 */
	static String scaleName(String scale) {
		return switch (scale) {
			case "DRUGS_COM" -> "Drugs.com severity";
			case "LEXICOMP" -> "Lexicomp risk rating (A\u2013X)";
			case "REFERENCE" -> "This reference’s severity";
			default -> {
				String words = scale.replace('_', ' ').toLowerCase(Locale.ROOT);
				yield Character.toUpperCase(words.charAt(0)) + words.substring(1);
			}
		};
	}

	@Override
	public String publicLink() {
		return "/interactions#severity-scale";
	}

}
