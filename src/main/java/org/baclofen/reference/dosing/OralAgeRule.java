package org.baclofen.reference.dosing;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.baclofen.reference.content.CitedContent;
import org.hibernate.envers.Audited;

/**
 * Which rules the oral tools apply at an age (in whole years, from {@code minAgeYears} up
 * to but not including {@code maxAgeYears}; an empty upper end is open): the US label
 * schedule, a weight-based schedule (off-label in the US), or none, when no source gives
 * an oral schedule and the planner refuses. A row may cap the daily dose for its ages.
 */
@Entity
@Audited
public class OralAgeRule extends CitedContent {

	/** What the planner does at these ages. */
	public enum Schedule {

		/** The US label's titration schedule and maximum. */
		US_LABEL,

		/**
		 * A starting dose by weight, given once and then more often, then raised by the
		 * starting dose (Harriet Lane).
		 */
		WEIGHT_BASED,

		/** No source gives an oral schedule: the planner refuses and says why. */
		NONE

	}

	@Column(nullable = false)
	private int minAgeYears;

	private Integer maxAgeYears;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Schedule schedule;

	@Column(name = "max_daily_mg")
	private BigDecimal maxDailyMg;

	private Integer startTimesPerDay;

	private Integer timesPerDay;

	private Integer intervalDays;

	private boolean offLabel;

	@Column(nullable = false)
	private String advice;

	protected OralAgeRule() {
	}

	public OralAgeRule(int minAgeYears, Integer maxAgeYears, Schedule schedule, String advice, boolean offLabel,
			LocalDate lastReviewed) {
		super(lastReviewed);
		describe(minAgeYears, maxAgeYears, schedule, advice, offLabel);
	}

	/**
	 * Replaces the ages, the schedule and its advice. Whether the ages overlap another
	 * row is for the caller to check against the stored rows.
	 */
	public void describe(int minAgeYears, Integer maxAgeYears, Schedule schedule, String advice, boolean offLabel) {
		if (minAgeYears < 0 || (maxAgeYears != null && maxAgeYears <= minAgeYears)) {
			throw new IllegalArgumentException("An age range starts at 0 or more and ends after it starts");
		}
		if (schedule == null || advice == null || advice.isBlank()) {
			throw new IllegalArgumentException("An age rule has a schedule and advice");
		}
		this.minAgeYears = minAgeYears;
		this.maxAgeYears = maxAgeYears;
		this.schedule = schedule;
		this.advice = advice.strip();
		this.offLabel = offLabel;
		if (schedule != Schedule.WEIGHT_BASED) {
			this.startTimesPerDay = null;
			this.timesPerDay = null;
			this.intervalDays = null;
		}
	}

	/**
	 * The daily ceiling at these ages (null: the label maximum) and, for a weight-based
	 * schedule, how often it starts, how often it ends up, and the days between steps.
	 */
	public void limit(BigDecimal maxDailyMg, Integer startTimesPerDay, Integer timesPerDay, Integer intervalDays) {
		if (maxDailyMg != null && maxDailyMg.signum() <= 0) {
			throw new IllegalArgumentException("A daily ceiling is positive");
		}
		boolean weightBased = this.schedule == Schedule.WEIGHT_BASED;
		if (weightBased && (startTimesPerDay == null || timesPerDay == null || intervalDays == null
				|| startTimesPerDay < 1 || timesPerDay < startTimesPerDay || intervalDays < 1)) {
			throw new IllegalArgumentException(
					"A weight-based schedule starts at least once a day, ends as often or more, steps a day or more");
		}
		this.maxDailyMg = maxDailyMg;
		this.startTimesPerDay = weightBased ? startTimesPerDay : null;
		this.timesPerDay = weightBased ? timesPerDay : null;
		this.intervalDays = weightBased ? intervalDays : null;
	}

	/** Whether the two rows share an age. */
	public boolean overlaps(int otherMin, Integer otherMax) {
		boolean startsBeforeOtherEnds = otherMax == null || this.minAgeYears < otherMax;
		boolean otherStartsBeforeThisEnds = this.maxAgeYears == null || otherMin < this.maxAgeYears;
		return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
	}

	/** The ages as pages show them: "2 to under 8 years", "12 years and over". */
	public String getAgesText() {
		if (this.maxAgeYears == null) {
			return this.minAgeYears + " years and over";
		}
		return (this.minAgeYears == 0) ? "Under " + this.maxAgeYears + " years"
				: this.minAgeYears + " to under " + this.maxAgeYears + " years";
	}

	public int getMinAgeYears() {
		return this.minAgeYears;
	}

	public Integer getMaxAgeYears() {
		return this.maxAgeYears;
	}

	public Schedule getSchedule() {
		return this.schedule;
	}

	public BigDecimal getMaxDailyMg() {
		return this.maxDailyMg;
	}

	public Integer getStartTimesPerDay() {
		return this.startTimesPerDay;
	}

	public Integer getTimesPerDay() {
		return this.timesPerDay;
	}

	public Integer getIntervalDays() {
		return this.intervalDays;
	}

	public boolean isOffLabel() {
		return this.offLabel;
	}

	public String getAdvice() {
		return this.advice;
	}

	@Override
	public String displayTitle() {
		return "Oral rules, " + getAgesText().toLowerCase(java.util.Locale.ROOT);
	}

	@Override
	public String publicLink() {
		return "/dosing/oral#age-rules";
	}

}
