package org.baclofen.reference.dosing;

import java.math.BigDecimal;

import org.baclofen.reference.content.CitedContent;

import org.hibernate.envers.Audited;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/**
 * One bolus of the intrathecal screening trial, given only if the one before did not work.
 */
@Entity
@Audited
public class IntrathecalScreeningDose extends CitedContent {

	@Column(nullable = false, unique = true)
	private int sequence;

	@Column(name = "dose_mcg", nullable = false)
	private BigDecimal doseMcg;

	@Column(name = "volume_ml")
	private BigDecimal volumeMl;

	@Column(name = "concentration_mcg_per_ml")
	private BigDecimal concentrationMcgPerMl;

	@Column(nullable = false)
	private String timing;

	private String note;

	protected IntrathecalScreeningDose() {
	}

	public int getSequence() {
		return this.sequence;
	}

	public BigDecimal getDoseMcg() {
		return this.doseMcg;
	}

	public BigDecimal getVolumeMl() {
		return this.volumeMl;
	}

	public BigDecimal getConcentrationMcgPerMl() {
		return this.concentrationMcgPerMl;
	}

	public String getTiming() {
		return this.timing;
	}

	public String getNote() {
		return this.note;
	}

}
