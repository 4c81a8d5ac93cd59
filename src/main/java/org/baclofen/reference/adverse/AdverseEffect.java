package org.baclofen.reference.adverse;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.baclofen.reference.content.CitedContent;
import org.baclofen.reference.content.Route;
import org.hibernate.envers.Audited;

/**
 * An adverse reaction with the range of frequencies reported across studies, when a
 * source gives one.
 */
@Entity
@Audited
public class AdverseEffect extends CitedContent {

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Route route;

	@Column(nullable = false)
	private String bodySystem;

	@Column(name = "frequency_min_percent")
	private BigDecimal frequencyMinPercent;

	@Column(name = "frequency_max_percent")
	private BigDecimal frequencyMaxPercent;

	private String note;

	/**
	 * The reaction in words a patient understands ("feeling sleepy"), for handouts; null
	 * when none is written, and then a handout leaves the reaction out rather than use
	 * the clinical term.
	 */
	private String patientWording;

	private int sortOrder;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	protected AdverseEffect() {
	}

	public AdverseEffect(String name, Route route, String bodySystem, LocalDate lastReviewed) {
		super(lastReviewed);
		describe(name, route, bodySystem, null, null, null, 0);
	}

	/**
	 * Replaces what is known about the reaction. A frequency range, when a source gives
	 * one, lies within 0-100% and its lower end is not above its upper end; either end
	 * may be unknown.
	 */
	public void describe(String name, Route route, String bodySystem, BigDecimal frequencyMinPercent,
			BigDecimal frequencyMaxPercent, String note, int sortOrder) {
		if (name == null || name.isBlank() || bodySystem == null || bodySystem.isBlank()) {
			throw new IllegalArgumentException("An adverse effect has a name and a body system");
		}
		if (route == null) {
			throw new IllegalArgumentException("An adverse effect belongs to a route");
		}
		requirePercent(frequencyMinPercent);
		requirePercent(frequencyMaxPercent);
		if (frequencyMinPercent != null && frequencyMaxPercent != null
				&& frequencyMinPercent.compareTo(frequencyMaxPercent) > 0) {
			throw new IllegalArgumentException("The lowest frequency " + frequencyMinPercent + "% is above the "
					+ "highest " + frequencyMaxPercent + "%");
		}
		this.name = name.strip();
		this.route = route;
		this.bodySystem = bodySystem.strip();
		this.frequencyMinPercent = frequencyMinPercent;
		this.frequencyMaxPercent = frequencyMaxPercent;
		this.note = (note == null || note.isBlank()) ? null : note.strip();
		this.sortOrder = sortOrder;
	}

	private static void requirePercent(BigDecimal percent) {
		if (percent != null && (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0)) {
			throw new IllegalArgumentException("A frequency is a percentage from 0 to 100, not " + percent);
		}
	}

	public String getName() {
		return this.name;
	}

	public Route getRoute() {
		return this.route;
	}

	public String getBodySystem() {
		return this.bodySystem;
	}

	public BigDecimal getFrequencyMinPercent() {
		return this.frequencyMinPercent;
	}

	public BigDecimal getFrequencyMaxPercent() {
		return this.frequencyMaxPercent;
	}

	/**
	 * True when a source gives a frequency; the rest are reported without one (mostly
	 * rare reactions).
	 */
	public boolean isQuantified() {
		return this.frequencyMinPercent != null || this.frequencyMaxPercent != null;
	}

	public String getNote() {
		return this.note;
	}

	/** Sets the plain-language wording handouts use; blank for none. */
	public void wordForPatients(String patientWording) {
		this.patientWording = (patientWording == null || patientWording.isBlank()) ? null : patientWording.strip();
	}

	public String getPatientWording() {
		return this.patientWording;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public String getAnchor() {
		return "adverse-effect-" + getId();
	}

	@Override
	public String displayTitle() {
		String route = switch (getRoute()) {
			case ORAL -> "oral";
			case INTRATHECAL -> "intrathecal";
			case BOTH -> "oral and intrathecal";
		};
		return getName() + " (" + route + ")";
	}

	@Override
	public String publicLink() {
		return "/adverse-effects#" + getAnchor();
	}

}
