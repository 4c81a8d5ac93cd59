package org.baclofen.reference.titration;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.baclofen.reference.system.PlainNumbers;

/**
 * Every number the titration engine applies, read from the stored content: the oral
 * protocol (its start, {@code startAdministrationsPerDay} times a day, rising to
 * {@code administrationsPerDay} before the doses grow), the renal bands, the taper rule,
 * the age rules and the products doses are made from. Nothing clinical is a constant in
 * code. {@link PatientRules} derives the protocol for one patient's age from these.
 */
public record TitrationRules(BigDecimal startDoseMg, int startAdministrationsPerDay, int administrationsPerDay,
		BigDecimal incrementMg, int intervalDays, BigDecimal maxDailyMg, int maxAdministrationsPerDay, TaperRule taper,
		List<RenalBandRule> renalBands, List<OralProduct> products, List<AgeBandRule> ageBands,
		List<WeightStartRule> weightStarts) {

	/**
	 * How a stop must be reached: reductions lasting at least {@code minDays}, ending at
	 * a daily total no higher than {@code endFraction} of the daily total before the
	 * taper or {@code endMaxDailyMg} (either suffices; a null one is not used). Each step
	 * down removes at most {@code stepMaxFraction} of the daily total before the taper,
	 * or {@code stepFloorMg} where that is more, and each reduced step lasts at least
	 * {@code stepMinDays}.
	 */
	public record TaperRule(int minDays, BigDecimal endFraction, BigDecimal endMaxDailyMg, BigDecimal stepMaxFraction,
			BigDecimal stepFloorMg, int stepMinDays) {

		public TaperRule {
			if (minDays < 1 || stepMinDays < 1) {
				throw new IllegalArgumentException("A taper and each of its steps last at least a day");
			}
			if (stepMaxFraction == null || stepMaxFraction.signum() <= 0
					|| stepMaxFraction.compareTo(BigDecimal.ONE) > 0) {
				throw new IllegalArgumentException("A taper step removes a share above 0 and at most all of the dose");
			}
		}

		/**
		 * The most one step down may remove from a taper that starts at
		 * {@code fromDailyMg}: the stored share of it (to the hundredth of a mg, as doses
		 * are stated), or the stored floor where that is more.
		 */
		public BigDecimal maxStepMg(BigDecimal fromDailyMg) {
			BigDecimal share = PlainNumbers
				.normal(fromDailyMg.multiply(this.stepMaxFraction).setScale(2, java.math.RoundingMode.HALF_UP));
			return (this.stepFloorMg == null) ? share : share.max(this.stepFloorMg);
		}

		/**
		 * The highest daily total the last step before a stop may have, after a taper
		 * from {@code fromDailyMg}.
		 */
		public BigDecimal endLimitMg(BigDecimal fromDailyMg) {
			BigDecimal byFraction = (this.endFraction == null) ? null
					: PlainNumbers.normal(fromDailyMg.multiply(this.endFraction));
			if (byFraction == null) {
				return this.endMaxDailyMg;
			}
			return (this.endMaxDailyMg == null) ? byFraction : byFraction.max(this.endMaxDailyMg);
		}

	}

	public TitrationRules {
		if (startDoseMg.signum() <= 0 || incrementMg.signum() <= 0 || maxDailyMg.signum() <= 0) {
			throw new IllegalArgumentException("Doses and the daily maximum must be positive");
		}
		if (startAdministrationsPerDay < 1 || administrationsPerDay < startAdministrationsPerDay || intervalDays < 1
				|| maxAdministrationsPerDay < administrationsPerDay) {
			throw new IllegalArgumentException("Frequencies and intervals must be at least 1 and consistent");
		}
		if (products.isEmpty()) {
			throw new IllegalArgumentException("At least one product is needed to build doses");
		}
		renalBands = List.copyOf(renalBands);
		products = List.copyOf(products);
		ageBands = List.copyOf(ageBands);
		weightStarts = List.copyOf(weightStarts);
	}

	public int minTaperDays() {
		return this.taper.minDays();
	}

	public BigDecimal startDailyMg() {
		return this.startDoseMg.multiply(BigDecimal.valueOf(this.startAdministrationsPerDay));
	}

	/**
	 * The row for a patient: the dialysis row when on dialysis, otherwise the row whose
	 * range the CrCl falls in (below the lowest band that is the dialysis row's kidney
	 * failure range).
	 */
	public Optional<RenalBandRule> renalBand(BigDecimal crclMlPerMin, boolean dialysis) {
		if (dialysis) {
			return this.renalBands.stream().filter(RenalBandRule::dialysis).findFirst();
		}
		if (crclMlPerMin == null) {
			return Optional.empty();
		}
		return this.renalBands.stream().filter((band) -> band.contains(crclMlPerMin)).findFirst();
	}

	/** The age rule for an age in whole years, if one is stored for it. */
	public Optional<AgeBandRule> ageBand(int ageYears) {
		return this.ageBands.stream().filter((band) -> band.contains(ageYears)).findFirst();
	}

	/** The weight-based starting dose for a weight, if one is stored for it. */
	public Optional<WeightStartRule> weightStart(BigDecimal weightKg) {
		return this.weightStarts.stream().filter((start) -> start.contains(weightKg)).findFirst();
	}

	/**
	 * The protocol for a weight-based schedule: the child's starting dose, given
	 * {@code startTimesPerDay} times a day, one more dose a day each interval up to
	 * {@code timesPerDay}, then each dose raised by the starting dose. The label maximum
	 * stays the daily cap; the age band's ceiling is applied on top by
	 * {@link PatientRules}.
	 */
	TitrationRules weightBased(AgeBandRule band, BigDecimal startDoseMg) {
		return new TitrationRules(startDoseMg, band.startTimesPerDay(), band.timesPerDay(), startDoseMg,
				band.intervalDays(), this.maxDailyMg, band.timesPerDay(), this.taper, this.renalBands, this.products,
				this.ageBands, this.weightStarts);
	}

	public Optional<RenalBandRule> renalBand(BigDecimal crclMlPerMin) {
		return renalBand(crclMlPerMin, false);
	}

	/** The daily maximum after a renal band's reduction. */
	public BigDecimal maxDailyMg(RenalBandRule band) {
		return (band == null) ? PlainNumbers.normal(this.maxDailyMg) : band.allowedDailyMg(this.maxDailyMg);
	}

	/**
	 * The most the protocol allows a day on a given day of a new start, before any renal
	 * reduction: the starting total, then at most one increment per administration at the
	 * most administrations a day, every interval, never above the maximum. A renal band
	 * lowers this ladder, step by step.
	 */
	public BigDecimal protocolDailyLimitOnDay(int day) {
		long intervals = (day - 1L) / this.intervalDays;
		BigDecimal ladder = startDailyMg()
			.add(this.incrementMg.multiply(BigDecimal.valueOf(intervals * this.maxAdministrationsPerDay)));
		return PlainNumbers.normal(ladder.min(this.maxDailyMg));
	}

	/**
	 * The product with this id, or the first (the tablets, as stored first) when none is
	 * asked for.
	 */
	public OralProduct product(Long id) {
		if (id == null) {
			return this.products.get(0);
		}
		return this.products.stream()
			.filter((product) -> product.id() == id)
			.findFirst()
			.orElseThrow(() -> new PlanRefusedException("product", "Choose one of the listed products."));
	}

}
