package org.baclofen.reference.titration;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.baclofen.reference.system.PlainNumbers;

/**
 * Every number the titration engine applies, read from the stored content: the oral
 * protocol, the renal bands, the taper rule and the products doses are made from. Nothing
 * clinical is a constant in code.
 */
public record TitrationRules(BigDecimal startDoseMg, int administrationsPerDay, BigDecimal incrementMg,
		int intervalDays, BigDecimal maxDailyMg, int maxAdministrationsPerDay, TaperRule taper,
		List<RenalBandRule> renalBands, List<OralProduct> products) {

	/**
	 * How a stop must be reached: reductions lasting at least {@code minDays}, ending at
	 * a daily total no higher than {@code endFraction} of the daily total before the
	 * taper or {@code endMaxDailyMg} (either suffices; a null one is not used).
	 */
	public record TaperRule(int minDays, BigDecimal endFraction, BigDecimal endMaxDailyMg) {

		public TaperRule {
			if (minDays < 1) {
				throw new IllegalArgumentException("A taper lasts at least a day");
			}
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
		if (administrationsPerDay < 1 || intervalDays < 1 || maxAdministrationsPerDay < administrationsPerDay) {
			throw new IllegalArgumentException("Frequencies and intervals must be at least 1 and consistent");
		}
		if (products.isEmpty()) {
			throw new IllegalArgumentException("At least one product is needed to build doses");
		}
		renalBands = List.copyOf(renalBands);
		products = List.copyOf(products);
	}

	public int minTaperDays() {
		return this.taper.minDays();
	}

	public BigDecimal startDailyMg() {
		return this.startDoseMg.multiply(BigDecimal.valueOf(this.administrationsPerDay));
	}

	/**
	 * The band for a patient: the dialysis band when on dialysis, otherwise the band the
	 * CrCl falls in.
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
