package org.baclofen.reference.dosing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import org.baclofen.reference.content.CitedContent;
import org.baclofen.reference.content.Route;
import org.hibernate.envers.Audited;

/**
 * A titration protocol stored as data, so the schedule and every limit the app applies
 * come from the content, never from constants in code.
 */
@Entity
@Audited
public class TitrationProtocol extends CitedContent {

	/** The protocol the oral pages and rules use: the US label's. */
	public static final String ORAL_US_LABEL = "ORAL_US_LABEL";

	/**
	 * Codes are stable identifiers the rules look protocols up by: upper-case words
	 * joined by underscores.
	 */
	public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

	@Column(nullable = false, unique = true)
	private String code;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Route route;

	@Column(name = "start_dose_mg", nullable = false)
	private BigDecimal startDoseMg;

	@Column(nullable = false)
	private int administrationsPerDay;

	@Column(name = "increment_mg", nullable = false)
	private BigDecimal incrementMg;

	@Column(nullable = false)
	private int intervalDays;

	@Column(name = "max_daily_mg", nullable = false)
	private BigDecimal maxDailyMg;

	@Column(nullable = false)
	private int maxAdministrationsPerDay;

	@Column(name = "usual_min_daily_mg", nullable = false)
	private BigDecimal usualMinDailyMg;

	@Column(name = "usual_max_daily_mg", nullable = false)
	private BigDecimal usualMaxDailyMg;

	private String notes;

	// A set, not a list: fetched together with the sources, a list would repeat each step
	// once per source.
	@OneToMany(mappedBy = "protocol", cascade = CascadeType.ALL, orphanRemoval = true)
	private Set<TitrationStep> steps = new HashSet<>();

	protected TitrationProtocol() {
	}

	public TitrationProtocol(String code, String name, Route route, BigDecimal startDoseMg, int administrationsPerDay,
			BigDecimal incrementMg, int intervalDays, BigDecimal maxDailyMg, int maxAdministrationsPerDay,
			BigDecimal usualMinDailyMg, BigDecimal usualMaxDailyMg, LocalDate lastReviewed) {
		super(lastReviewed);
		if (code == null || code.length() > 40 || !CODE.matcher(code).matches()) {
			throw new IllegalArgumentException("A protocol code looks like ORAL_US_LABEL, not " + code);
		}
		this.code = code;
		describe(name, route, startDoseMg, administrationsPerDay, incrementMg, intervalDays, maxDailyMg,
				maxAdministrationsPerDay, usualMinDailyMg, usualMaxDailyMg, null);
	}

	/**
	 * Replaces the protocol's doses and limits; the code (how the rules find it) stays
	 * fixed once created. The usual range lies within the daily maximum, the starting
	 * dose does not exceed it, and the usual number of administrations does not exceed
	 * the maximum number.
	 */
	public void describe(String name, Route route, BigDecimal startDoseMg, int administrationsPerDay,
			BigDecimal incrementMg, int intervalDays, BigDecimal maxDailyMg, int maxAdministrationsPerDay,
			BigDecimal usualMinDailyMg, BigDecimal usualMaxDailyMg, String notes) {
		if (name == null || name.isBlank() || route == null) {
			throw new IllegalArgumentException("A protocol has a name and a route");
		}
		if (!positive(startDoseMg) || !positive(incrementMg) || !positive(maxDailyMg) || !positive(usualMinDailyMg)
				|| !positive(usualMaxDailyMg)) {
			throw new IllegalArgumentException("A protocol's doses are positive");
		}
		if (administrationsPerDay < 1 || intervalDays < 1 || maxAdministrationsPerDay < administrationsPerDay) {
			throw new IllegalArgumentException(
					"Administrations and intervals are at least 1, and the usual number of administrations "
							+ "is within the maximum");
		}
		if (usualMinDailyMg.compareTo(usualMaxDailyMg) > 0 || usualMaxDailyMg.compareTo(maxDailyMg) > 0) {
			throw new IllegalArgumentException("The usual daily range lies within the daily maximum");
		}
		if (startDoseMg.multiply(BigDecimal.valueOf(administrationsPerDay)).compareTo(maxDailyMg) > 0) {
			throw new IllegalArgumentException("The starting daily dose is within the daily maximum");
		}
		this.name = name.strip();
		this.route = route;
		this.startDoseMg = startDoseMg;
		this.administrationsPerDay = administrationsPerDay;
		this.incrementMg = incrementMg;
		this.intervalDays = intervalDays;
		this.maxDailyMg = maxDailyMg;
		this.maxAdministrationsPerDay = maxAdministrationsPerDay;
		this.usualMinDailyMg = usualMinDailyMg;
		this.usualMaxDailyMg = usualMaxDailyMg;
		this.notes = (notes == null || notes.isBlank()) ? null : notes.strip();
	}

	/**
	 * Replaces the schedule. Steps follow each other in day order without overlapping,
	 * only the last may be open-ended, and none exceeds the protocol's daily maximum or
	 * number of administrations.
	 */
	public void replaceSteps(List<TitrationStep> newSteps) {
		if (newSteps == null || newSteps.isEmpty()) {
			throw new IllegalArgumentException("A protocol has at least one step");
		}
		TitrationStep previous = null;
		for (TitrationStep step : newSteps) {
			if (previous != null && (previous.isOpenEnded() || step.getFirstDay() <= previous.getLastDay())) {
				throw new IllegalArgumentException("Steps follow each other in day order, only the last open-ended");
			}
			if (step.getDailyMg().compareTo(this.maxDailyMg) > 0
					|| step.getTimesPerDay() > this.maxAdministrationsPerDay) {
				throw new IllegalArgumentException("A step stays within the protocol's maximum");
			}
			previous = step;
		}
		// A step keeps its row when its first day stays: (protocol, first day) is unique,
		// and new rows are
		// inserted before removed ones are deleted, so re-adding a day's step as a new
		// row would collide.
		Map<Integer, TitrationStep> byFirstDay = new HashMap<>();
		this.steps.forEach((step) -> byFirstDay.put(step.getFirstDay(), step));
		Set<TitrationStep> schedule = new HashSet<>();
		for (TitrationStep step : newSteps) {
			TitrationStep kept = byFirstDay.get(step.getFirstDay());
			if (kept != null) {
				kept.takeValuesOf(step);
				schedule.add(kept);
			}
			else {
				step.belongTo(this);
				schedule.add(step);
			}
		}
		this.steps.retainAll(schedule);
		this.steps.addAll(schedule);
	}

	private static boolean positive(BigDecimal value) {
		return value != null && value.signum() > 0;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public Route getRoute() {
		return this.route;
	}

	public BigDecimal getStartDoseMg() {
		return this.startDoseMg;
	}

	public int getAdministrationsPerDay() {
		return this.administrationsPerDay;
	}

	public BigDecimal getStartDailyMg() {
		return this.startDoseMg.multiply(BigDecimal.valueOf(this.administrationsPerDay));
	}

	public BigDecimal getIncrementMg() {
		return this.incrementMg;
	}

	public int getIntervalDays() {
		return this.intervalDays;
	}

	public BigDecimal getMaxDailyMg() {
		return this.maxDailyMg;
	}

	/**
	 * Each dose at the maximum, as the label words it: 80 mg a day is 20 mg four times
	 * daily.
	 */
	public BigDecimal getMaxDoseMg() {
		return this.maxDailyMg.divide(BigDecimal.valueOf(this.maxAdministrationsPerDay), 2,
				java.math.RoundingMode.HALF_UP);
	}

	public int getMaxAdministrationsPerDay() {
		return this.maxAdministrationsPerDay;
	}

	public BigDecimal getUsualMinDailyMg() {
		return this.usualMinDailyMg;
	}

	public BigDecimal getUsualMaxDailyMg() {
		return this.usualMaxDailyMg;
	}

	public String getNotes() {
		return this.notes;
	}

	public List<String> getNoteParagraphs() {
		return paragraphs(this.notes);
	}

	/** The schedule in day order. */
	public List<TitrationStep> getSteps() {
		return this.steps.stream().sorted(Comparator.comparingInt(TitrationStep::getFirstDay)).toList();
	}

	@Override
	public String displayTitle() {
		return getName();
	}

	@Override
	public String publicLink() {
		return "/dosing/oral#titration";
	}

}
