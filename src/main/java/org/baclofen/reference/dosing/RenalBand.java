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
 * A kidney-function row and the dose reduction suggested for it: a creatinine-clearance
 * range, each bound saying whether it belongs to the row (a missing bound leaves it open
 * on that side), and, for the dialysis row, every patient on dialysis whatever the
 * clearance; the dialysis row's range, if it has one, is kidney failure (a clearance
 * below every band). A row may also cap the daily dose, and may carry a one-line summary
 * shown wherever it is applied.
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

	private String summary;

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

	/** The one-line summary shown where the row is applied; empty for none. */
	public void summarize(String summary) {
		this.summary = (summary == null || summary.isBlank()) ? null : summary.strip();
	}

	/**
	 * Which patients a row covers: a clearance range (each bound inclusive or not, null
	 * meaning open), and for the dialysis row everyone on dialysis too.
	 */
	public record Bounds(BigDecimal min, boolean minInclusive, BigDecimal max, boolean maxInclusive, boolean dialysis) {

		public static Bounds range(BigDecimal min, boolean minInclusive, BigDecimal max, boolean maxInclusive) {
			return new Bounds(min, minInclusive, max, maxInclusive, false);
		}

		public static Bounds onDialysis() {
			return new Bounds(null, false, null, false, true);
		}

		/** Whether the row has a clearance range (the dialysis row may have none). */
		public boolean hasRange() {
			return this.min != null || this.max != null;
		}

		/**
		 * Whether the two rows share a patient: both for dialysis, or a clearance in both
		 * ranges.
		 */
		public boolean overlaps(Bounds other) {
			if (this.dialysis && other.dialysis) {
				return true;
			}
			if (!hasRange() || !other.hasRange()) {
				return false;
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
			return this.dialysis ? "none (dialysis only)" : "any value";
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
		return getBounds().hasRange()
				&& Bounds.range(this.crclMinMlPerMin, this.minInclusive, this.crclMaxMlPerMin, this.maxInclusive)
					.overlaps(Bounds.range(crclMlPerMin, true, crclMlPerMin, true));
	}

	/** Whether the dialysis row also takes a clearance range (kidney failure). */
	public boolean hasRange() {
		return getBounds().hasRange();
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

	/**
	 * The most a patient in a row may take a day where the protocol would give
	 * {@code dailyMg}: the total reduced by the row's reduction (to the hundredth of a
	 * mg, so a stored two-thirds reduction of 60 mg/day allows 20), never above the row's
	 * own maximum. The one place this arithmetic is done: the engine's rows and the pages
	 * both call it.
	 */
	public static BigDecimal allowedDailyMg(BigDecimal dailyMg, BigDecimal reductionPercent, BigDecimal maxDailyMg) {
		BigDecimal remaining = HUNDRED.subtract(reductionPercent).divide(HUNDRED, 6, java.math.RoundingMode.HALF_UP);
		BigDecimal reduced = dailyMg.multiply(remaining).setScale(2, java.math.RoundingMode.HALF_UP);
		if (maxDailyMg != null) {
			reduced = reduced.min(maxDailyMg);
		}
		reduced = reduced.stripTrailingZeros();
		return (reduced.scale() < 0) ? reduced.setScale(0) : reduced;
	}

	/**
	 * The row's ceiling: its reduction applied to the label maximum
	 * {@code labelMaxDailyMg}, never above its own maximum.
	 */
	public BigDecimal ceilingMg(BigDecimal labelMaxDailyMg) {
		return allowedDailyMg(labelMaxDailyMg, this.doseReductionPercent, this.maxDailyMg);
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

	public String getSummary() {
		return this.summary;
	}

	public SourceKind getSourceKind() {
		return this.sourceKind;
	}

	@Override
	public String displayTitle() {
		if (isDialysis()) {
			return hasRange() ? "On dialysis, or kidney failure (CrCl " + getRangeText() + ")" : "On dialysis";
		}
		return "CrCl " + getRangeText();
	}

	@Override
	public String publicLink() {
		return "/dosing/renal#bands";
	}

}
