package org.baclofen.reference.dosing;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.baclofen.reference.content.CitedContent;
import org.baclofen.reference.content.Route;

import org.hibernate.envers.Audited;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;

/**
 * A titration protocol stored as data, so the schedule and every limit the app applies come from the
 * content, never from constants in code.
 */
@Entity
@Audited
public class TitrationProtocol extends CitedContent {

	/** The protocol the oral pages and rules use: the US label's. */
	public static final String ORAL_US_LABEL = "ORAL_US_LABEL";

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

	// A set, not a list: fetched together with the sources, a list would repeat each step once per source.
	@OneToMany(mappedBy = "protocol", cascade = CascadeType.ALL, orphanRemoval = true)
	private Set<TitrationStep> steps = new HashSet<>();

	protected TitrationProtocol() {
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

	public int getMaxAdministrationsPerDay() {
		return this.maxAdministrationsPerDay;
	}

	public BigDecimal getUsualMinDailyMg() {
		return this.usualMinDailyMg;
	}

	public BigDecimal getUsualMaxDailyMg() {
		return this.usualMaxDailyMg;
	}

	public List<String> getNoteParagraphs() {
		return paragraphs(this.notes);
	}

	/** The schedule in day order. */
	public List<TitrationStep> getSteps() {
		return this.steps.stream().sorted(Comparator.comparingInt(TitrationStep::getFirstDay)).toList();
	}

}
