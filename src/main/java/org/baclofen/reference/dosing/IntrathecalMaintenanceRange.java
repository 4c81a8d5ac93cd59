package org.baclofen.reference.dosing;

import java.math.BigDecimal;

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

}
