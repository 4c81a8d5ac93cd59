package org.baclofen.reference.dosing;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.baclofen.reference.content.CitedContent;
import org.baclofen.reference.source.SourceKind;

import org.hibernate.envers.Audited;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A creatinine-clearance band and the dose reduction suggested for it. The lower bound is inclusive and
 * the upper bound exclusive; a missing bound means the band is open on that side.
 */
@Entity
@Audited
public class RenalBand extends CitedContent {

	@Column(name = "crcl_min_ml_per_min")
	private BigDecimal crclMinMlPerMin;

	@Column(name = "crcl_max_ml_per_min")
	private BigDecimal crclMaxMlPerMin;

	@Column(nullable = false)
	private int doseReductionPercent;

	@Column(nullable = false)
	private String advice;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SourceKind sourceKind;

	protected RenalBand() {
	}

	public RenalBand(BigDecimal crclMinMlPerMin, BigDecimal crclMaxMlPerMin, int doseReductionPercent,
			String advice, SourceKind sourceKind, LocalDate lastReviewed) {
		super(lastReviewed);
		describe(crclMinMlPerMin, crclMaxMlPerMin, doseReductionPercent, advice, sourceKind);
	}

	/**
	 * Replaces the band's bounds and what it advises. Whether it overlaps other bands is for the caller to
	 * check against the stored ones.
	 */
	public void describe(BigDecimal crclMinMlPerMin, BigDecimal crclMaxMlPerMin, int doseReductionPercent,
			String advice, SourceKind sourceKind) {
		if (crclMinMlPerMin != null && crclMaxMlPerMin != null && crclMinMlPerMin.compareTo(crclMaxMlPerMin) >= 0) {
			throw new IllegalArgumentException("A CrCl band's lower bound must be below its upper bound");
		}
		if ((crclMinMlPerMin != null && crclMinMlPerMin.signum() < 0)
				|| (crclMaxMlPerMin != null && crclMaxMlPerMin.signum() <= 0)) {
			throw new IllegalArgumentException("A creatinine clearance is not negative");
		}
		if (doseReductionPercent < 0 || doseReductionPercent > 100) {
			throw new IllegalArgumentException("A dose reduction is between 0 and 100 percent");
		}
		if (advice == null || advice.isBlank() || sourceKind == null) {
			throw new IllegalArgumentException("A band gives its advice and the kind of source it rests on");
		}
		this.crclMinMlPerMin = crclMinMlPerMin;
		this.crclMaxMlPerMin = crclMaxMlPerMin;
		this.doseReductionPercent = doseReductionPercent;
		this.advice = advice.strip();
		this.sourceKind = sourceKind;
	}

	/** Whether the two bands share any clearance (lower bounds inclusive, upper exclusive, null unbounded). */
	public boolean overlaps(BigDecimal otherMin, BigDecimal otherMax) {
		boolean startsBeforeOtherEnds = this.crclMinMlPerMin == null || otherMax == null
				|| this.crclMinMlPerMin.compareTo(otherMax) < 0;
		boolean otherStartsBeforeThisEnds = otherMin == null || this.crclMaxMlPerMin == null
				|| otherMin.compareTo(this.crclMaxMlPerMin) < 0;
		return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
	}

	public boolean contains(BigDecimal crclMlPerMin) {
		boolean aboveMin = this.crclMinMlPerMin == null || crclMlPerMin.compareTo(this.crclMinMlPerMin) >= 0;
		boolean belowMax = this.crclMaxMlPerMin == null || crclMlPerMin.compareTo(this.crclMaxMlPerMin) < 0;
		return aboveMin && belowMax;
	}

	public BigDecimal getCrclMinMlPerMin() {
		return this.crclMinMlPerMin;
	}

	public BigDecimal getCrclMaxMlPerMin() {
		return this.crclMaxMlPerMin;
	}

	public int getDoseReductionPercent() {
		return this.doseReductionPercent;
	}

	public String getAdvice() {
		return this.advice;
	}

	public SourceKind getSourceKind() {
		return this.sourceKind;
	}

}
