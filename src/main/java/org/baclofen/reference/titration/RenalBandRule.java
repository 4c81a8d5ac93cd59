package org.baclofen.reference.titration;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.baclofen.reference.dosing.RenalBand;
import org.baclofen.reference.system.PlainNumbers;

/**
 * A kidney-function row as the rules apply it: a creatinine-clearance range whose bounds
 * each say whether they belong to it (null meaning open), and, for the dialysis row, the
 * patients on dialysis whatever their clearance (its range, if it has one, is kidney
 * failure: a clearance too low for any band). A row lowers every daily total by its
 * reduction and, where it has one, caps it at its own maximum.
 * <p>
 * Each row has two numbers with one meaning, and every surface names them the same way:
 * its <em>reduction</em> applies to the dose the patient would otherwise take, and its
 * <em>ceiling</em> is that reduction applied to the daily maximum (both capped by the
 * row's own maximum).
 *
 * @param summary a short statement shown wherever the row is applied (for the dialysis
 * row: only if the benefit outweighs the risk), or null
 */
public record RenalBandRule(BigDecimal minMlPerMin, boolean minInclusive, BigDecimal maxMlPerMin, boolean maxInclusive,
		BigDecimal reductionPercent, BigDecimal maxDailyMg, boolean dialysis, String sourceKind, String sources,
		String summary) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public RenalBandRule {
		if (reductionPercent.signum() < 0 || reductionPercent.compareTo(HUNDRED) > 0) {
			throw new IllegalArgumentException("A reduction is between 0 and 100 percent");
		}
	}

	public RenalBandRule(BigDecimal minMlPerMin, boolean minInclusive, BigDecimal maxMlPerMin, boolean maxInclusive,
			BigDecimal reductionPercent, BigDecimal maxDailyMg, boolean dialysis, String sourceKind, String sources) {
		this(minMlPerMin, minInclusive, maxMlPerMin, maxInclusive, reductionPercent, maxDailyMg, dialysis, sourceKind,
				sources, null);
	}

	/** Whether the row has a clearance range (the dialysis row may have none). */
	public boolean hasRange() {
		return this.minMlPerMin != null || this.maxMlPerMin != null;
	}

	public boolean contains(BigDecimal crclMlPerMin) {
		if (!hasRange()) {
			return false;
		}
		boolean aboveMin = this.minMlPerMin == null || crclMlPerMin.compareTo(this.minMlPerMin) > 0
				|| (this.minInclusive && crclMlPerMin.compareTo(this.minMlPerMin) == 0);
		boolean belowMax = this.maxMlPerMin == null || crclMlPerMin.compareTo(this.maxMlPerMin) < 0
				|| (this.maxInclusive && crclMlPerMin.compareTo(this.maxMlPerMin) == 0);
		return aboveMin && belowMax;
	}

	/**
	 * The most a patient in this row may take a day where the protocol would give
	 * {@code dailyMg}: the reduced total (to the hundredth of a mg, so a stored
	 * two-thirds reduction of 60 mg/day allows 20), and never above the row's own
	 * maximum.
	 */
	public BigDecimal allowedDailyMg(BigDecimal dailyMg) {
		return PlainNumbers.normal(RenalBand.allowedDailyMg(dailyMg, this.reductionPercent, this.maxDailyMg));
	}

	/** The reduction as a reader sees it: "67" for about 67%. */
	public String reductionText() {
		return PlainNumbers.text(this.reductionPercent.setScale(0, RoundingMode.HALF_UP));
	}

	/** Whether the row lowers a dose by a share (the dialysis row only caps it). */
	public boolean reduces() {
		return this.reductionPercent.signum() > 0;
	}

	/**
	 * Which patients the row is for, as a reader sees it: "CrCl 30 to 50 mL/min", "on
	 * dialysis or CrCl below 15 mL/min".
	 */
	public String patients() {
		String range = hasRange() ? "CrCl " + rangeText() + " mL/min" : null;
		if (!this.dialysis) {
			return range;
		}
		return (range == null) ? "on dialysis" : "on dialysis, or kidney failure (" + range + ")";
	}

	private String rangeText() {
		if (this.minMlPerMin == null || this.minMlPerMin.signum() == 0) {
			return (this.maxInclusive ? "up to " : "below ") + PlainNumbers.text(this.maxMlPerMin);
		}
		if (this.maxMlPerMin == null) {
			return this.minInclusive ? PlainNumbers.text(this.minMlPerMin) + " or more"
					: "above " + PlainNumbers.text(this.minMlPerMin);
		}
		return (this.minInclusive ? "" : "above ") + PlainNumbers.text(this.minMlPerMin) + " to "
				+ (this.maxInclusive ? "" : "under ") + PlainNumbers.text(this.maxMlPerMin);
	}

	/**
	 * The row's two numbers in the words every surface uses: the reduction of the dose
	 * the patient would otherwise take, and the ceiling, the reduction applied to
	 * {@code labelMaxDailyMg}.
	 */
	public String meaning(BigDecimal labelMaxDailyMg) {
		String ceiling = PlainNumbers.text(allowedDailyMg(labelMaxDailyMg)) + " mg/day";
		String summary = (this.summary == null) ? "" : "; " + this.summary;
		if (reduces()) {
			return "reduction about " + reductionText() + "% of the dose the patient would otherwise take; ceiling "
					+ ceiling + ", that reduction applied to the " + PlainNumbers.text(labelMaxDailyMg)
					+ " mg/day maximum" + summary;
		}
		if (this.maxDailyMg != null) {
			return "ceiling about " + ceiling + summary;
		}
		return "no reduction; ceiling " + ceiling + ", the daily maximum" + summary;
	}

	/**
	 * The row as a finding, a card or the check page names it: who it is for, its two
	 * numbers and its source.
	 */
	public String describe(BigDecimal labelMaxDailyMg) {
		return patients() + ": " + meaning(labelMaxDailyMg) + " (" + this.sourceKind
				+ (this.sources.isBlank() ? "" : ", " + this.sources) + ")";
	}

}
