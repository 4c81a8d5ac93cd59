package org.baclofen.reference.dosing;

import java.math.BigDecimal;

import org.baclofen.reference.content.CitedContent;

import org.hibernate.envers.Audited;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * How far an intrathecal daily dose may change at once, by origin of spasticity and phase of therapy.
 */
@Entity
@Audited
public class IntrathecalTitrationLimit extends CitedContent {

	public enum Phase {

		POST_IMPLANT, MAINTENANCE

	}

	public enum Direction {

		INCREASE, DECREASE

	}

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SpasticityOrigin origin;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Phase phase;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Direction direction;

	@Column(name = "min_change_percent", nullable = false)
	private BigDecimal minChangePercent;

	@Column(name = "max_change_percent", nullable = false)
	private BigDecimal maxChangePercent;

	@Column(nullable = false)
	private String perInterval;

	private String note;

	private int sortOrder;

	protected IntrathecalTitrationLimit() {
	}

	public SpasticityOrigin getOrigin() {
		return this.origin;
	}

	public Phase getPhase() {
		return this.phase;
	}

	public Direction getDirection() {
		return this.direction;
	}

	public BigDecimal getMinChangePercent() {
		return this.minChangePercent;
	}

	public BigDecimal getMaxChangePercent() {
		return this.maxChangePercent;
	}

	public String getPerInterval() {
		return this.perInterval;
	}

	public String getNote() {
		return this.note;
	}

}
