package org.baclofen.reference.dosing;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.baclofen.reference.content.CitedContent;

import org.hibernate.envers.Audited;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/**
 * The daily intrathecal doses most patients of a population settle on, and the range seen in trials.
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

	private int sortOrder;

	protected IntrathecalMaintenanceRange() {
	}

	public IntrathecalMaintenanceRange(String population, BigDecimal typicalMinMcgPerDay,
			BigDecimal typicalMaxMcgPerDay, BigDecimal observedMinMcgPerDay, BigDecimal observedMaxMcgPerDay, String note,
			int sortOrder, LocalDate lastReviewed) {
		super(lastReviewed);
		describe(population, typicalMinMcgPerDay, typicalMaxMcgPerDay, observedMinMcgPerDay, observedMaxMcgPerDay,
				note, sortOrder);
	}

	/** Replaces the ranges; each bound is optional and not negative, and a range's min is not above its max. */
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

}
