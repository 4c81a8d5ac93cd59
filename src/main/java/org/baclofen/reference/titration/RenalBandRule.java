package org.baclofen.reference.titration;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.baclofen.reference.system.PlainNumbers;

/**
 * A kidney-function band as the rules apply it: a creatinine-clearance range whose bounds
 * each say whether they belong to the band (null meaning open), or the dialysis band,
 * which no clearance selects. A band lowers every daily total by its reduction and, where
 * it has one, caps it at its own maximum.
 */
public record RenalBandRule(BigDecimal minMlPerMin, boolean minInclusive, BigDecimal maxMlPerMin, boolean maxInclusive,
		BigDecimal reductionPercent, BigDecimal maxDailyMg, boolean dialysis, String sourceKind, String sources) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public RenalBandRule {
		if (reductionPercent.signum() < 0 || reductionPercent.compareTo(HUNDRED) > 0) {
			throw new IllegalArgumentException("A reduction is between 0 and 100 percent");
		}
	}

	public boolean contains(BigDecimal crclMlPerMin) {
		if (this.dialysis) {
			return false;
		}
		boolean aboveMin = this.minMlPerMin == null || crclMlPerMin.compareTo(this.minMlPerMin) > 0
				|| (this.minInclusive && crclMlPerMin.compareTo(this.minMlPerMin) == 0);
		boolean belowMax = this.maxMlPerMin == null || crclMlPerMin.compareTo(this.maxMlPerMin) < 0
				|| (this.maxInclusive && crclMlPerMin.compareTo(this.maxMlPerMin) == 0);
		return aboveMin && belowMax;
	}

	/**
	 * The share of a daily total that remains after the reduction, e.g. 0.33333 for a
	 * 66.667% reduction.
	 */
	public BigDecimal remainingFraction() {
		return HUNDRED.subtract(this.reductionPercent).divide(HUNDRED, 6, RoundingMode.HALF_UP);
	}

	/**
	 * The most a patient in this band may take a day where the protocol would give
	 * {@code dailyMg}: the reduced total (to the hundredth of a mg, so a stored
	 * two-thirds reduction of 60 mg/day allows 20), and never above the band's own
	 * maximum.
	 */
	public BigDecimal allowedDailyMg(BigDecimal dailyMg) {
		BigDecimal reduced = dailyMg.multiply(remainingFraction()).setScale(2, RoundingMode.HALF_UP);
		if (this.maxDailyMg != null) {
			reduced = reduced.min(this.maxDailyMg);
		}
		return PlainNumbers.normal(reduced);
	}

	/** The reduction as a reader sees it: "about 67%". */
	public String reductionText() {
		return PlainNumbers.text(this.reductionPercent.setScale(0, RoundingMode.HALF_UP));
	}

	public String describe() {
		if (this.dialysis) {
			return "on dialysis: at most " + PlainNumbers.text(this.maxDailyMg) + " mg/day (" + this.sourceKind
					+ (this.sources.isBlank() ? "" : ", " + this.sources) + ")";
		}
		String range;
		if (this.minMlPerMin == null || this.minMlPerMin.signum() == 0) {
			range = (this.maxInclusive ? "up to " : "below ") + PlainNumbers.text(this.maxMlPerMin);
		}
		else if (this.maxMlPerMin == null) {
			range = (this.minInclusive ? PlainNumbers.text(this.minMlPerMin) + " or more"
					: "above " + PlainNumbers.text(this.minMlPerMin));
		}
		else {
			range = (this.minInclusive ? "" : "above ") + PlainNumbers.text(this.minMlPerMin) + " to "
					+ (this.maxInclusive ? "" : "under ") + PlainNumbers.text(this.maxMlPerMin);
		}
		return "CrCl " + range + " mL/min: reduce by about " + reductionText() + "%"
				+ (this.maxDailyMg == null ? "" : ", at most " + PlainNumbers.text(this.maxDailyMg) + " mg/day") + " ("
				+ this.sourceKind + (this.sources.isBlank() ? "" : ", " + this.sources) + ")";
	}

}
