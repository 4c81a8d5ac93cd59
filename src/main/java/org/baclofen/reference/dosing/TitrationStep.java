package org.baclofen.reference.dosing;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

/**
 * One row of a protocol's schedule: from a day (to a day, or open-ended) at a dose per
 * administration.
 */
@Entity
@Audited
public class TitrationStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "protocol_id")
	private TitrationProtocol protocol;

	@Column(nullable = false)
	private int firstDay;

	private Integer lastDay;

	@Column(name = "dose_mg", nullable = false)
	private BigDecimal doseMg;

	@Column(nullable = false)
	private int timesPerDay;

	private String note;

	protected TitrationStep() {
	}

	/**
	 * A step from its first day to its last (inclusive), or open-ended when the last day
	 * is null; it joins a protocol through {@link TitrationProtocol#replaceSteps}.
	 */
	public TitrationStep(int firstDay, Integer lastDay, BigDecimal doseMg, int timesPerDay, String note) {
		if (firstDay < 1 || (lastDay != null && lastDay < firstDay)) {
			throw new IllegalArgumentException("A step starts on day 1 or later and does not end before it starts");
		}
		if (doseMg == null || doseMg.signum() <= 0 || timesPerDay < 1) {
			throw new IllegalArgumentException("A step gives a positive dose at least once a day");
		}
		if (note != null && note.strip().length() > 500) {
			throw new IllegalArgumentException("A step's note is at most 500 characters");
		}
		this.firstDay = firstDay;
		this.lastDay = lastDay;
		this.doseMg = doseMg;
		this.timesPerDay = timesPerDay;
		this.note = (note == null || note.isBlank()) ? null : note.strip();
	}

	void belongTo(TitrationProtocol protocol) {
		this.protocol = protocol;
	}

	/**
	 * Takes another step's days, dose and note (checked when that step was made) for the
	 * same first day.
	 */
	void takeValuesOf(TitrationStep other) {
		this.firstDay = other.firstDay;
		this.lastDay = other.lastDay;
		this.doseMg = other.doseMg;
		this.timesPerDay = other.timesPerDay;
		this.note = other.note;
	}

	public int getFirstDay() {
		return this.firstDay;
	}

	public Integer getLastDay() {
		return this.lastDay;
	}

	public boolean isOpenEnded() {
		return this.lastDay == null;
	}

	public BigDecimal getDoseMg() {
		return this.doseMg;
	}

	public int getTimesPerDay() {
		return this.timesPerDay;
	}

	public BigDecimal getDailyMg() {
		return this.doseMg.multiply(BigDecimal.valueOf(this.timesPerDay));
	}

	public String getNote() {
		return this.note;
	}

}
