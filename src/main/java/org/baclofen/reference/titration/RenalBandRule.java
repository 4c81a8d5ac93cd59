package org.baclofen.reference.titration;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A creatinine-clearance band as the rules apply it: lower bound inclusive, upper bound exclusive, null
 * meaning open, with the stored reduction and where it comes from.
 */
public record RenalBandRule(BigDecimal minMlPerMin, BigDecimal maxMlPerMin, int reductionPercent, String sourceKind,
		String sources) {

	public boolean contains(BigDecimal crclMlPerMin) {
		return (this.minMlPerMin == null || crclMlPerMin.compareTo(this.minMlPerMin) >= 0)
				&& (this.maxMlPerMin == null || crclMlPerMin.compareTo(this.maxMlPerMin) < 0);
	}

	/** The share of a dose that remains after the reduction, e.g. 0.67 for a 33% reduction. */
	public BigDecimal remainingFraction() {
		return BigDecimal.valueOf(100 - this.reductionPercent).divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP);
	}

	public String describe() {
		String range;
		if (this.minMlPerMin == null) {
			range = "below " + plain(this.maxMlPerMin);
		}
		else if (this.maxMlPerMin == null) {
			range = plain(this.minMlPerMin) + " or more";
		}
		else {
			range = plain(this.minMlPerMin) + " to under " + plain(this.maxMlPerMin);
		}
		return "CrCl " + range + " mL/min: reduce by about " + this.reductionPercent + "% (" + this.sourceKind
				+ (this.sources.isBlank() ? "" : ", " + this.sources) + ")";
	}

	static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
