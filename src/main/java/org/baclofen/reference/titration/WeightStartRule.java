package org.baclofen.reference.titration;

import java.math.BigDecimal;

/**
 * The starting dose a weight-based schedule gives for a weight range, each bound saying
 * whether it belongs to the range (null: open).
 */
public record WeightStartRule(BigDecimal minKg, boolean minInclusive, BigDecimal maxKg, boolean maxInclusive,
		BigDecimal startDoseMg, String sources) {

	public WeightStartRule {
		if (startDoseMg == null || startDoseMg.signum() <= 0) {
			throw new IllegalArgumentException("A starting dose is positive");
		}
	}

	public boolean contains(BigDecimal weightKg) {
		boolean aboveMin = this.minKg == null || weightKg.compareTo(this.minKg) > 0
				|| (this.minInclusive && weightKg.compareTo(this.minKg) == 0);
		boolean belowMax = this.maxKg == null || weightKg.compareTo(this.maxKg) < 0
				|| (this.maxInclusive && weightKg.compareTo(this.maxKg) == 0);
		return aboveMin && belowMax;
	}

}
