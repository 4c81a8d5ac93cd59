package org.baclofen.reference.dosing;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.baclofen.reference.content.CitedContent;
import org.hibernate.envers.Audited;

/**
 * The daily intrathecal doses most patients of a population settle on, and the range seen
 * in trials.
 */
@Entity
@Audited
public class IntrathecalMaintenanceRange extends CitedContent {

	@Column(nullable = false, unique = true)
	private String population;

	@Column(name = "typical_min_mcg_per_day")
	private BigDecimal typicalMinMcgPerDay;

	@Column(name = "typical_max_mcg_per_day")
	private BigDecimal typicalMaxMcgPerDay;

	@Column(name = "observed_min_mcg_per_day")
	private BigDecimal observedMinMcgPerDay;

	@Column(name = "observed_max_mcg_per_day")
	private BigDecimal observedMaxMcgPerDay;

	private String note;

	@Enumerated(EnumType.STRING)
	private SpasticityOrigin origin;

	@Enumerated(EnumType.STRING)
	private AgeGroup ageGroup;

	@Column(name = "limited_experience_above_mcg_per_day")
	private BigDecimal limitedExperienceAboveMcgPerDay;

	private String limitedExperienceNote;

	private int sortOrder;

	protected IntrathecalMaintenanceRange() {
	}

	public IntrathecalMaintenanceRange(String population, BigDecimal typicalMinMcgPerDay,
			BigDecimal typicalMaxMcgPerDay, BigDecimal observedMinMcgPerDay, BigDecimal observedMaxMcgPerDay,
			String note, int sortOrder, LocalDate lastReviewed) {
		super(lastReviewed);
		describe(population, typicalMinMcgPerDay, typicalMaxMcgPerDay, observedMinMcgPerDay, observedMaxMcgPerDay, note,
				sortOrder);
	}

	/**
	 * Replaces the ranges; each bound is optional and not negative, and a range's min is
	 * not above its max.
	 */
	public void describe(String population, BigDecimal typicalMinMcgPerDay, BigDecimal typicalMaxMcgPerDay,
			BigDecimal observedMinMcgPerDay, BigDecimal observedMaxMcgPerDay, String note, int sortOrder) {
		if (population == null || population.isBlank()) {
			throw new IllegalArgumentException("A maintenance range names its population");
		}
		if (!range(typicalMinMcgPerDay, typicalMaxMcgPerDay) || !range(observedMinMcgPerDay, observedMaxMcgPerDay)) {
			throw new IllegalArgumentException("A range's bounds are not negative and its min is not above its max");
		}
		this.population = population.strip();
		this.typicalMinMcgPerDay = typicalMinMcgPerDay;
		this.typicalMaxMcgPerDay = typicalMaxMcgPerDay;
		this.observedMinMcgPerDay = observedMinMcgPerDay;
		this.observedMaxMcgPerDay = observedMaxMcgPerDay;
		this.note = (note == null || note.isBlank()) ? null : note.strip();
		this.sortOrder = sortOrder;
	}

	/**
	 * Whom the range is for (an origin of spasticity, or none when it covers both, and an
	 * age group), and the daily dose above which experience is limited with what to say
	 * about it: both or neither.
	 */
	public void applyTo(SpasticityOrigin origin, AgeGroup ageGroup, BigDecimal limitedExperienceAboveMcgPerDay,
			String limitedExperienceNote) {
		boolean hasNote = limitedExperienceNote != null && !limitedExperienceNote.isBlank();
		if ((limitedExperienceAboveMcgPerDay != null) != hasNote
				|| (limitedExperienceAboveMcgPerDay != null && limitedExperienceAboveMcgPerDay.signum() <= 0)) {
			throw new IllegalArgumentException("A limited-experience dose is positive and comes with its note");
		}
		this.origin = origin;
		this.ageGroup = ageGroup;
		this.limitedExperienceAboveMcgPerDay = limitedExperienceAboveMcgPerDay;
		this.limitedExperienceNote = hasNote ? limitedExperienceNote.strip() : null;
	}

	/** Whether the range describes patients of this origin and age group. */
	public boolean isFor(SpasticityOrigin origin, AgeGroup ageGroup) {
		return this.ageGroup == ageGroup && (this.origin == null || this.origin == origin);
	}

	public SpasticityOrigin getOrigin() {
		return this.origin;
	}

	public AgeGroup getAgeGroup() {
		return this.ageGroup;
	}

	public BigDecimal getLimitedExperienceAboveMcgPerDay() {
		return this.limitedExperienceAboveMcgPerDay;
	}

	public String getLimitedExperienceNote() {
		return this.limitedExperienceNote;
	}

	private static boolean range(BigDecimal min, BigDecimal max) {
		return (min == null || min.signum() >= 0) && (max == null || max.signum() >= 0)
				&& (min == null || max == null || min.compareTo(max) <= 0);
	}

	public String getPopulation() {
		return this.population;
	}

	public BigDecimal getTypicalMinMcgPerDay() {
		return this.typicalMinMcgPerDay;
	}

	public BigDecimal getTypicalMaxMcgPerDay() {
		return this.typicalMaxMcgPerDay;
	}

	public BigDecimal getObservedMinMcgPerDay() {
		return this.observedMinMcgPerDay;
	}

	public BigDecimal getObservedMaxMcgPerDay() {
		return this.observedMaxMcgPerDay;
	}

	public String getNote() {
		return this.note;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	@Override
	public String displayTitle() {
		return getPopulation();
	}

	@Override
	public String publicLink() {
		return "/dosing/intrathecal#maintenance";
	}

}
