package org.baclofen.reference.titration;

import java.math.BigDecimal;

import org.baclofen.reference.dosing.OralAgeRule.Schedule;
import org.baclofen.reference.system.PlainNumbers;

/**
 * Which oral rules apply at an age, as the engine applies them: from {@code minAgeYears}
 * up to but not including {@code maxAgeYears} (null: no upper end), the schedule (the US
 * label, a weight-based schedule, or none), and the daily ceiling at that age (null: the
 * label maximum). A weight-based schedule starts with the dose for the child's weight
 * {@code startTimesPerDay} times a day, adds a dose a day each interval up to
 * {@code timesPerDay}, then raises each dose by the starting dose.
 *
 * @param offLabel whether the US labels do not cover this age
 * @param sources the source keys, for findings
 */
public record AgeBandRule(int minAgeYears, Integer maxAgeYears, Schedule schedule, BigDecimal maxDailyMg,
		Integer startTimesPerDay, Integer timesPerDay, Integer intervalDays, boolean offLabel, String sources) {

	public AgeBandRule {
		if (minAgeYears < 0 || (maxAgeYears != null && maxAgeYears <= minAgeYears)) {
			throw new IllegalArgumentException("An age band starts at 0 or later and ends after it starts");
		}
		if (schedule == Schedule.WEIGHT_BASED
				&& (startTimesPerDay == null || timesPerDay == null || intervalDays == null || startTimesPerDay < 1
						|| timesPerDay < startTimesPerDay || intervalDays < 1)) {
			throw new IllegalArgumentException("A weight-based schedule has its frequencies and interval");
		}
	}

	public boolean contains(int ageYears) {
		return ageYears >= this.minAgeYears && (this.maxAgeYears == null || ageYears < this.maxAgeYears);
	}

	/** The ages as a reader sees them: "2 to under 8 years", "12 years and over". */
	public String ages() {
		if (this.maxAgeYears == null) {
			return this.minAgeYears + " years and over";
		}
		if (this.minAgeYears == 0) {
			return "under " + this.maxAgeYears + " years";
		}
		return this.minAgeYears + " to under " + this.maxAgeYears + " years";
	}

	/**
	 * The ceiling as findings and pages state it: "60 mg/day for 2 to under 8 years
	 * (off-label in the US; S19)".
	 */
	public String ceilingText() {
		return PlainNumbers.text(this.maxDailyMg) + " mg/day for " + ages() + " ("
				+ (this.offLabel ? "off-label in the US; " : "") + this.sources + ")";
	}

}
