package org.baclofen.reference.dosing;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.baclofen.reference.content.CitedContent;
import org.hibernate.envers.Audited;

/**
 * The starting dose a weight-based oral schedule gives a child of a weight: a weight
 * range whose bounds each say whether they belong to it (an empty bound leaves it open on
 * that side).
 */
@Entity
@Audited
public class WeightStartDose extends CitedContent {

	@Column(name = "min_weight_kg")
	private BigDecimal minWeightKg;

	private boolean minInclusive;

	@Column(name = "max_weight_kg")
	private BigDecimal maxWeightKg;

	private boolean maxInclusive;

	@Column(name = "start_dose_mg", nullable = false)
	private BigDecimal startDoseMg;

	protected WeightStartDose() {
	}

	public WeightStartDose(BigDecimal minWeightKg, boolean minInclusive, BigDecimal maxWeightKg, boolean maxInclusive,
			BigDecimal startDoseMg, LocalDate lastReviewed) {
		super(lastReviewed);
		describe(minWeightKg, minInclusive, maxWeightKg, maxInclusive, startDoseMg);
	}

	/**
	 * Replaces the range and the dose. Whether the range overlaps another is for the
	 * caller to check against the stored rows.
	 */
	public void describe(BigDecimal minWeightKg, boolean minInclusive, BigDecimal maxWeightKg, boolean maxInclusive,
			BigDecimal startDoseMg) {
		if ((minWeightKg != null && minWeightKg.signum() < 0) || (maxWeightKg != null && maxWeightKg.signum() <= 0)
				|| (minWeightKg != null && maxWeightKg != null && minWeightKg.compareTo(maxWeightKg) >= 0)) {
			throw new IllegalArgumentException("A weight range is not negative and its lower bound is below its upper");
		}
		if (startDoseMg == null || startDoseMg.signum() <= 0) {
			throw new IllegalArgumentException("A starting dose is positive");
		}
		this.minWeightKg = minWeightKg;
		this.minInclusive = minWeightKg != null && minInclusive;
		this.maxWeightKg = maxWeightKg;
		this.maxInclusive = maxWeightKg != null && maxInclusive;
		this.startDoseMg = startDoseMg;
	}

	/** Whether the two ranges share a weight. */
	public boolean overlaps(BigDecimal otherMin, boolean otherMinInclusive, BigDecimal otherMax,
			boolean otherMaxInclusive) {
		return below(this.minWeightKg, this.minInclusive, otherMax, otherMaxInclusive)
				&& below(otherMin, otherMinInclusive, this.maxWeightKg, this.maxInclusive);
	}

	private static boolean below(BigDecimal lower, boolean lowerInclusive, BigDecimal upper, boolean upperInclusive) {
		if (lower == null || upper == null) {
			return true;
		}
		int order = lower.compareTo(upper);
		return order < 0 || (order == 0 && lowerInclusive && upperInclusive);
	}

	/** The range as pages show it: "under 20 kg", "20 to 50 kg", "over 50 kg". */
	public String getRangeText() {
		if (this.minWeightKg == null || this.minWeightKg.signum() == 0) {
			return (this.maxInclusive ? "up to " : "under ") + plain(this.maxWeightKg) + " kg";
		}
		if (this.maxWeightKg == null) {
			return (this.minInclusive ? plain(this.minWeightKg) + " kg or more"
					: "over " + plain(this.minWeightKg) + " kg");
		}
		return (this.minInclusive ? "" : "over ") + plain(this.minWeightKg) + " to "
				+ (this.maxInclusive ? "" : "under ") + plain(this.maxWeightKg) + " kg";
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	public BigDecimal getMinWeightKg() {
		return this.minWeightKg;
	}

	public boolean isMinInclusive() {
		return this.minInclusive;
	}

	public BigDecimal getMaxWeightKg() {
		return this.maxWeightKg;
	}

	public boolean isMaxInclusive() {
		return this.maxInclusive;
	}

	public BigDecimal getStartDoseMg() {
		return this.startDoseMg;
	}

	@Override
	public String displayTitle() {
		return "Starting dose, " + getRangeText();
	}

	@Override
	public String publicLink() {
		return "/dosing/oral#age-rules";
	}

}
