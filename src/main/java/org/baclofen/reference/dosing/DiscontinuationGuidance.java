package org.baclofen.reference.dosing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.baclofen.reference.content.CitedContent;
import org.baclofen.reference.content.Route;
import org.hibernate.envers.Audited;

/**
 * What one source says about stopping baclofen. Exactly one oral row is the rule basis:
 * the minimum taper the app's checks apply.
 */
@Entity
@Audited
public class DiscontinuationGuidance extends CitedContent {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Route route;

	@Column(nullable = false, unique = true)
	private String title;

	private Integer minTaperDays;

	private Integer maxTaperDays;

	@Column(nullable = false)
	private String advice;

	private boolean ruleBasis;

	@Column(name = "taper_end_fraction")
	private BigDecimal taperEndFraction;

	@Column(name = "taper_end_max_daily_mg")
	private BigDecimal taperEndMaxDailyMg;

	@Column(name = "taper_step_max_fraction")
	private BigDecimal taperStepMaxFraction;

	@Column(name = "taper_step_floor_mg")
	private BigDecimal taperStepFloorMg;

	@Column(name = "taper_step_min_days")
	private Integer taperStepMinDays;

	private int sortOrder;

	protected DiscontinuationGuidance() {
	}

	public DiscontinuationGuidance(Route route, String title, Integer minTaperDays, Integer maxTaperDays, String advice,
			boolean ruleBasis, int sortOrder, LocalDate lastReviewed) {
		super(lastReviewed);
		describe(route, title, minTaperDays, maxTaperDays, advice, ruleBasis, sortOrder);
	}

	/**
	 * Replaces the guidance. Taper days are optional, not negative, min not above max; a
	 * rule-basis row is oral and gives the minimum taper (at least a day) the checks
	 * apply. That exactly one row is the rule basis is for the caller to check against
	 * the stored rows.
	 */
	public void describe(Route route, String title, Integer minTaperDays, Integer maxTaperDays, String advice,
			boolean ruleBasis, int sortOrder) {
		if (route == null || title == null || title.isBlank() || advice == null || advice.isBlank()) {
			throw new IllegalArgumentException("Discontinuation guidance has a route, a title and advice");
		}
		if ((minTaperDays != null && minTaperDays < 0) || (maxTaperDays != null && maxTaperDays < 0)
				|| (minTaperDays != null && maxTaperDays != null && minTaperDays > maxTaperDays)) {
			throw new IllegalArgumentException("Taper days are not negative and the minimum is not above the maximum");
		}
		if (ruleBasis && (route != Route.ORAL || minTaperDays == null || minTaperDays < 1)) {
			throw new IllegalArgumentException(
					"The rule basis is oral guidance with a minimum taper of at least a day");
		}
		this.route = route;
		this.title = title.strip();
		this.minTaperDays = minTaperDays;
		this.maxTaperDays = maxTaperDays;
		this.advice = advice.strip();
		this.ruleBasis = ruleBasis;
		this.sortOrder = sortOrder;
	}

	/**
	 * How low a taper must come before the stop, for the rule-basis row: the last daily
	 * dose at most this fraction (above 0, at most 1) of the dose before the taper, or at
	 * most this many mg a day. Either may be empty; the rule applies whichever is higher.
	 */
	public void endTaperAt(BigDecimal fraction, BigDecimal maxDailyMg) {
		if ((fraction != null && (fraction.signum() <= 0 || fraction.compareTo(BigDecimal.ONE) > 0))
				|| (maxDailyMg != null && maxDailyMg.signum() <= 0)) {
			throw new IllegalArgumentException("A taper end is a fraction above 0 and at most 1, or a positive dose");
		}
		this.taperEndFraction = fraction;
		this.taperEndMaxDailyMg = maxDailyMg;
	}

	/**
	 * How fast a taper may come down, for the rule-basis row: no step removes more than
	 * this fraction (above 0, at most 1) of the daily dose before the taper, or more than
	 * the floor in mg/day where that is more (empty: no floor), and each step lasts at
	 * least this many days. A rule-basis row needs the fraction and the days.
	 */
	public void stepDownBy(BigDecimal maxFraction, BigDecimal floorMg, Integer minDays) {
		if ((maxFraction != null && (maxFraction.signum() <= 0 || maxFraction.compareTo(BigDecimal.ONE) > 0))
				|| (floorMg != null && floorMg.signum() <= 0) || (minDays != null && minDays < 1)) {
			throw new IllegalArgumentException(
					"A taper step is a fraction above 0 and at most 1, a positive floor, and at least a day");
		}
		if (this.ruleBasis && (maxFraction == null || minDays == null)) {
			throw new IllegalArgumentException("The rule basis states the taper step rule");
		}
		this.taperStepMaxFraction = maxFraction;
		this.taperStepFloorMg = floorMg;
		this.taperStepMinDays = minDays;
	}

	public BigDecimal getTaperStepMaxFraction() {
		return this.taperStepMaxFraction;
	}

	public BigDecimal getTaperStepFloorMg() {
		return this.taperStepFloorMg;
	}

	public Integer getTaperStepMinDays() {
		return this.taperStepMinDays;
	}

	public BigDecimal getTaperEndFraction() {
		return this.taperEndFraction;
	}

	public BigDecimal getTaperEndMaxDailyMg() {
		return this.taperEndMaxDailyMg;
	}

	public Route getRoute() {
		return this.route;
	}

	public String getTitle() {
		return this.title;
	}

	public Integer getMinTaperDays() {
		return this.minTaperDays;
	}

	public Integer getMaxTaperDays() {
		return this.maxTaperDays;
	}

	public String getAdvice() {
		return this.advice;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public List<String> getAdviceParagraphs() {
		return paragraphs(this.advice);
	}

	public boolean isRuleBasis() {
		return this.ruleBasis;
	}

	@Override
	public String displayTitle() {
		return getTitle();
	}

	@Override
	public String publicLink() {
		return "/dosing/discontinuation#guidance";
	}

}
