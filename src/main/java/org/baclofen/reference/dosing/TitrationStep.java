package org.baclofen.reference.dosing;

import java.math.BigDecimal;

import org.hibernate.envers.Audited;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * One row of a protocol's schedule: from a day (to a day, or open-ended) at a dose per administration.
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
