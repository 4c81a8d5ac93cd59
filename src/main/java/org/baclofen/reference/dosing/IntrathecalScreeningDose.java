package org.baclofen.reference.dosing;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.baclofen.reference.content.CitedContent;
import org.hibernate.envers.Audited;

/**
 * One bolus of the intrathecal screening trial, given only if the one before did not
 * work.
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

	public IntrathecalScreeningDose(int sequence, BigDecimal doseMcg, BigDecimal volumeMl,
			BigDecimal concentrationMcgPerMl, String timing, String note, LocalDate lastReviewed) {
		super(lastReviewed);
		describe(sequence, doseMcg, volumeMl, concentrationMcgPerMl, timing, note);
	}

	/**
	 * Replaces the bolus: its place in the trial (from 1), a positive dose, and when it
	 * is given.
	 */
	public void describe(int sequence, BigDecimal doseMcg, BigDecimal volumeMl, BigDecimal concentrationMcgPerMl,
			String timing, String note) {
		if (sequence < 1) {
			throw new IllegalArgumentException("Screening doses are numbered from 1");
		}
		if (doseMcg == null || doseMcg.signum() <= 0 || (volumeMl != null && volumeMl.signum() <= 0)
				|| (concentrationMcgPerMl != null && concentrationMcgPerMl.signum() <= 0)) {
			throw new IllegalArgumentException("A dose, volume or concentration is positive");
		}
		if (timing == null || timing.isBlank()) {
			throw new IllegalArgumentException("A screening dose says when it is given");
		}
		this.sequence = sequence;
		this.doseMcg = doseMcg;
		this.volumeMl = volumeMl;
		this.concentrationMcgPerMl = concentrationMcgPerMl;
		this.timing = timing.strip();
		this.note = (note == null || note.isBlank()) ? null : note.strip();
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

	@Override
	public String displayTitle() {
		return "Screening dose " + getSequence() + ": " + getDoseMcg().stripTrailingZeros().toPlainString() + " mcg";
	}

	@Override
	public String publicLink() {
		return "/dosing/intrathecal#screening";
	}

}
