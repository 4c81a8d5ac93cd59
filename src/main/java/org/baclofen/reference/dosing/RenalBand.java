package org.baclofen.reference.dosing;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.baclofen.reference.content.CitedContent;
import org.baclofen.reference.content.SourceKind;
import org.hibernate.envers.Audited;

/**
 * A kidney-function band and the dose reduction suggested for it: either a
 * creatinine-clearance range, each bound saying whether it belongs to the band (a missing
 * bound leaves the band open on that side), or the band for patients on dialysis, which
 * no clearance selects. A band may also cap the daily dose.
 */
@Entity
@Audited
public class RenalBand extends CitedContent {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	@Column(name = "crcl_min_ml_per_min")
	private BigDecimal crclMinMlPerMin;

	private boolean minInclusive;

	@Column(name = "crcl_max_ml_per_min")
	private BigDecimal crclMaxMlPerMin;

	private boolean maxInclusive;

	private boolean dialysis;

	@Column(nullable = false)
	private BigDecimal doseReductionPercent;

	@Column(name = "max_daily_mg")
	private BigDecimal maxDailyMg;

	@Column(nullable = false)
	private String advice;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SourceKind sourceKind;

	protected RenalBand() {
	}

	public RenalBand(Bounds bounds, BigDecimal doseReductionPercent, BigDecimal maxDailyMg, String advice,
			SourceKind sourceKind, LocalDate lastReviewed) {
		super(lastReviewed);
		describe(bounds, doseReductionPercent, maxDailyMg, advice, sourceKind);
	}

	/**
	 * Which patients a band covers: a clearance range (each bound inclusive or not, null
	 * meaning open), or everyone on dialysis.
	 */
	public record Bounds(BigDecimal min, boolean minInclusive, BigDecimal max, boolean maxInclusive, boolean dialysis) {

		public static Bounds range(BigDecimal min, boolean minInclusive, BigDecimal max, boolean maxInclusive) {
			return new Bounds(min, minInclusive, max, maxInclusive, false);
		}

		public static Bounds onDialysis() {
			return new Bounds(null, false, null, false, true);
		}

		/**
		 * Whether the two ranges share any clearance; a dialysis band shares none with a
		 * range.
		 */
		public boolean overlaps(Bounds other) {
			if (this.dialysis || other.dialysis) {
				return this.dialysis && other.dialysis;
			}
			return below(this.min, this.minInclusive, other.max, other.maxInclusive)
					&& below(other.min, other.minInclusive, this.max, this.maxInclusive);
		}

		/**
		 * Whether a lower bound lies below an upper bound, so that some value is in both.
		 */
		private static boolean below(BigDecimal lower, boolean lowerInclusive, BigDecimal upper,
				boolean upperInclusive) {
			if (lower == null || upper == null) {
				return true;
			}
			int order = lower.compareTo(upper);
			return order < 0 || (order == 0 && lowerInclusive && upperInclusive);
		}

	}

	/**
	 * Replaces the band's bounds and what it advises. Whether it overlaps other bands is
	 * for the caller to check against the stored ones.
	 */
	public void describe(Bounds bounds, BigDecimal doseReductionPercent, BigDecimal maxDailyMg, String advice,
			SourceKind sourceKind) {
		BigDecimal min = bounds.min();
		BigDecimal max = bounds.max();
		if (bounds.dialysis() && (min != null || max != null)) {
			throw new IllegalArgumentException("The dialysis band has no clearance bounds");
		}
		if (min != null && max != null && min.compareTo(max) >= 0) {
			throw new IllegalArgumentException("A CrCl band's lower bound must be below its upper bound");
		}
		if ((min != null && min.signum() < 0) || (max != null && max.signum() <= 0)) {
			throw new IllegalArgumentException("A creatinine clearance is not negative");
		}
		if (doseReductionPercent == null || doseReductionPercent.signum() < 0
				|| doseReductionPercent.compareTo(HUNDRED) > 0) {
			throw new IllegalArgumentException("A dose reduction is between 0 and 100 percent");
		}
		if (maxDailyMg != null && maxDailyMg.signum() <= 0) {
			throw new IllegalArgumentException("A band's daily maximum is positive");
		}
		if (advice == null || advice.isBlank() || sourceKind == null) {
			throw new IllegalArgumentException("A band gives its advice and the kind of source it rests on");
		}
		this.crclMinMlPerMin = min;
		this.minInclusive = min != null && bounds.minInclusive();
		this.crclMaxMlPerMin = max;
		this.maxInclusive = max != null && bounds.maxInclusive();
		this.dialysis = bounds.dialysis();
		this.doseReductionPercent = doseReductionPercent;
		this.maxDailyMg = maxDailyMg;
		this.advice = advice.strip();
		this.sourceKind = sourceKind;
	}

	public Bounds getBounds() {
		return new Bounds(this.crclMinMlPerMin, this.minInclusive, this.crclMaxMlPerMin, this.maxInclusive,
				this.dialysis);
	}

	/**
	 * The clearance range as pages read it: "above 50 to 80 mL/min", "30 to 50 mL/min",
	 * "under 30 mL/min".
	 */
	public String getRangeText() {
		BigDecimal min = this.crclMinMlPerMin;
		BigDecimal max = this.crclMaxMlPerMin;
		if (min == null && max == null) {
			return "any value";
		}
		String from = (min == null || (min.signum() == 0 && this.minInclusive)) ? null
				: (this.minInclusive ? "" : "above ") + plain(min);
		if (from == null) {
			return (this.maxInclusive ? "up to " : "under ") + plain(max) + " mL/min";
		}
		if (max == null) {
			return from + (this.minInclusive ? " or more" : "") + " mL/min";
		}
		return from + " to " + (this.maxInclusive ? "" : "under ") + plain(max) + " mL/min";
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	public boolean contains(BigDecimal crclMlPerMin) {
		return !this.dialysis && getBounds().overlaps(Bounds.range(crclMlPerMin, true, crclMlPerMin, true));
	}

	public BigDecimal getCrclMinMlPerMin() {
		return this.crclMinMlPerMin;
	}

	public boolean isMinInclusive() {
		return this.minInclusive;
	}

	public BigDecimal getCrclMaxMlPerMin() {
		return this.crclMaxMlPerMin;
	}

	public boolean isMaxInclusive() {
		return this.maxInclusive;
	}

	public boolean isDialysis() {
		return this.dialysis;
	}

	public BigDecimal getDoseReductionPercent() {
		return this.doseReductionPercent;
	}

	/** The reduction as pages show it: "about 67". */
	public String getReductionText() {
		return this.doseReductionPercent.setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
	}

	/**
	 * Whether patients in the band take less than usual: a reduction, a ceiling or both.
	 */
	public boolean changesTheDose() {
		return this.doseReductionPercent.signum() > 0 || this.maxDailyMg != null;
	}

	public BigDecimal getMaxDailyMg() {
		return this.maxDailyMg;
	}

	public String getAdvice() {
		return this.advice;
	}

	public SourceKind getSourceKind() {
		return this.sourceKind;
	}

	@Override
	public String displayTitle() {
		return isDialysis() ? "On dialysis" : "CrCl " + getRangeText();
	}

	@Override
	public String publicLink() {
		return "/dosing/renal#bands";
	}

}
