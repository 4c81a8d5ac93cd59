package org.baclofen.reference.titration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Every number the titration engine applies, read from the stored content: the oral protocol, the renal
 * bands, the minimum taper and the tablet strengths. Nothing clinical is a constant in code.
 */
public record TitrationRules(BigDecimal startDoseMg, int administrationsPerDay, BigDecimal incrementMg,
		int intervalDays, BigDecimal maxDailyMg, int maxAdministrationsPerDay, int minTaperDays,
		List<RenalBandRule> renalBands, TabletStrengths tablets) {

	public TitrationRules {
		if (startDoseMg.signum() <= 0 || incrementMg.signum() <= 0 || maxDailyMg.signum() <= 0) {
			throw new IllegalArgumentException("Doses and the daily maximum must be positive");
		}
		if (administrationsPerDay < 1 || intervalDays < 1 || maxAdministrationsPerDay < administrationsPerDay) {
			throw new IllegalArgumentException("Frequencies and intervals must be at least 1 and consistent");
		}
		if (minTaperDays < 1) {
			throw new IllegalArgumentException("A taper lasts at least a day");
		}
		renalBands = List.copyOf(renalBands);
	}

	public BigDecimal startDailyMg() {
		return this.startDoseMg.multiply(BigDecimal.valueOf(this.administrationsPerDay));
	}

	public Optional<RenalBandRule> renalBand(BigDecimal crclMlPerMin) {
		return this.renalBands.stream().filter((band) -> band.contains(crclMlPerMin)).findFirst();
	}

	/** The daily maximum after a renal band's reduction, rounded down to the tablets' dose step. */
	public BigDecimal maxDailyMg(RenalBandRule band) {
		return PlanStep.plain((band == null) ? this.maxDailyMg
				: this.maxDailyMg.multiply(band.remainingFraction()).setScale(2, RoundingMode.FLOOR));
	}

}
