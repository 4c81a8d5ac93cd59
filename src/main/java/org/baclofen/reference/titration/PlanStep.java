package org.baclofen.reference.titration;

import java.math.BigDecimal;

import org.baclofen.reference.system.PlainNumbers;

/**
 * One step of a plan: a number of days at a dose per administration and a number of
 * administrations per day. A dose of 0 means stopped.
 */
public record PlanStep(int days, BigDecimal doseMg, int timesPerDay) {

	public PlanStep {
		if (days < 1) {
			throw new IllegalArgumentException("A step lasts at least one day");
		}
		if (doseMg == null || doseMg.signum() < 0) {
			throw new IllegalArgumentException("A dose is 0 (stopped) or more");
		}
		if (timesPerDay < 0 || (doseMg.signum() > 0 && timesPerDay < 1)) {
			throw new IllegalArgumentException("A running dose is taken at least once a day");
		}
		doseMg = PlainNumbers.normal(doseMg);
	}

	public static PlanStep of(int days, String doseMg, int timesPerDay) {
		return new PlanStep(days, new BigDecimal(doseMg), timesPerDay);
	}

	public BigDecimal dailyMg() {
		return PlainNumbers.normal(this.doseMg.multiply(BigDecimal.valueOf(this.timesPerDay)));
	}

	public boolean isStopped() {
		return this.doseMg.signum() == 0;
	}

}
