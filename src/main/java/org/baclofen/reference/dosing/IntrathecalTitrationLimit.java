package org.baclofen.reference.dosing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.baclofen.reference.content.CitedContent;
import org.hibernate.envers.Audited;

/**
 * How far an intrathecal daily dose may change at once, by origin of spasticity and phase
 * of therapy.
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

	public IntrathecalTitrationLimit(SpasticityOrigin origin, Phase phase, Direction direction,
			BigDecimal minChangePercent, BigDecimal maxChangePercent, String perInterval, String note, int sortOrder,
			LocalDate lastReviewed) {
		super(lastReviewed);
		describe(origin, phase, direction, minChangePercent, maxChangePercent, perInterval, note, sortOrder);
	}

	/**
	 * Replaces the limit: a change of min to max percent (0 to 100, min not above max)
	 * per interval.
	 */
	public void describe(SpasticityOrigin origin, Phase phase, Direction direction, BigDecimal minChangePercent,
			BigDecimal maxChangePercent, String perInterval, String note, int sortOrder) {
		if (origin == null || phase == null || direction == null || perInterval == null || perInterval.isBlank()) {
			throw new IllegalArgumentException("A limit names its origin, phase, direction and interval");
		}
		if (minChangePercent == null || maxChangePercent == null || minChangePercent.signum() < 0
				|| maxChangePercent.compareTo(BigDecimal.valueOf(100)) > 0
				|| minChangePercent.compareTo(maxChangePercent) > 0) {
			throw new IllegalArgumentException("A change is from min to max percent, within 0 to 100");
		}
		this.origin = origin;
		this.phase = phase;
		this.direction = direction;
		this.minChangePercent = minChangePercent;
		this.maxChangePercent = maxChangePercent;
		this.perInterval = perInterval.strip();
		this.note = (note == null || note.isBlank()) ? null : note.strip();
		this.sortOrder = sortOrder;
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

	public int getSortOrder() {
		return this.sortOrder;
	}

	@Override
	public String displayTitle() {
		return words(getOrigin()) + " origin, " + words(getPhase()) + ", " + words(getDirection()) + " "
				+ getMinChangePercent().stripTrailingZeros().toPlainString() + "-"
				+ getMaxChangePercent().stripTrailingZeros().toPlainString() + "% " + getPerInterval();
	}

	@Override
	public String publicLink() {
		return "/dosing/intrathecal#titration";
	}

	private static String words(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

}
