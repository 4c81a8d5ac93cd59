package org.baclofen.reference.titration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The solid units a dose must be made from (tablets, or packets of granules), and the
 * smallest dose step they allow: half of a scored tablet counts, an unscored tablet or a
 * packet is only given whole.
 */
public final class TabletStrengths {

	private final List<Strength> strengths;

	private final BigDecimal unit;

	/** One strength; {@code mayBeHalved} only for a scored tablet. */
	public record Strength(BigDecimal mg, boolean mayBeHalved) {

		public Strength {
			if (mg == null || mg.signum() <= 0) {
				throw new IllegalArgumentException("A tablet strength is a positive number of mg");
			}
		}

	}

	/** One kind of tablet in a dose: {@code count} may be 0.5 for half a tablet. */
	public record TabletCount(BigDecimal strengthMg, BigDecimal count) {
	}

	public TabletStrengths(List<Strength> strengths) {
		if (strengths.isEmpty()) {
			throw new IllegalArgumentException("At least one tablet strength is needed to build doses");
		}
		this.strengths = strengths.stream().sorted(Comparator.comparing(Strength::mg).reversed()).toList();
		this.unit = this.strengths.stream()
			.map((strength) -> strength.mayBeHalved() ? half(strength.mg()) : strength.mg())
			.reduce(TabletStrengths::gcd)
			.orElseThrow();
	}

	/**
	 * The smallest dose step the tablets allow, e.g. 2.5 mg when a 5 mg tablet may be
	 * halved.
	 */
	public BigDecimal unit() {
		return this.unit;
	}

	public boolean canMake(BigDecimal doseMg) {
		return doseMg.signum() >= 0 && doseMg.remainder(this.unit).signum() == 0 && breakdown(doseMg) != null;
	}

	/** Rounds a dose down to something the tablets can make. */
	public BigDecimal roundDown(BigDecimal doseMg) {
		return doseMg.divide(this.unit, 0, RoundingMode.FLOOR).multiply(this.unit);
	}

	/**
	 * The fewest tablets that make the dose, largest first, using at most one half
	 * tablet; null when the strengths cannot make it.
	 */
	public List<TabletCount> breakdown(BigDecimal doseMg) {
		BigDecimal remaining = doseMg;
		List<TabletCount> tablets = new ArrayList<>();
		for (Strength strength : this.strengths) {
			BigDecimal whole = remaining.divide(strength.mg(), 0, RoundingMode.FLOOR);
			if (whole.signum() > 0) {
				tablets.add(new TabletCount(strength.mg(), whole));
				remaining = remaining.subtract(strength.mg().multiply(whole));
			}
		}
		if (remaining.signum() != 0) {
			BigDecimal leftover = remaining;
			Strength halvable = this.strengths.stream()
				.filter((strength) -> strength.mayBeHalved() && half(strength.mg()).compareTo(leftover) == 0)
				.findFirst()
				.orElse(null);
			if (halvable == null) {
				return null;
			}
			tablets.add(new TabletCount(halvable.mg(), new BigDecimal("0.5")));
		}
		return List.copyOf(tablets);
	}

	private static BigDecimal half(BigDecimal mg) {
		return mg.divide(BigDecimal.valueOf(2));
	}

	private static BigDecimal gcd(BigDecimal left, BigDecimal right) {
		int scale = Math.max(left.scale(), right.scale());
		BigDecimal gcd = new BigDecimal(
				left.movePointRight(scale).toBigIntegerExact().gcd(right.movePointRight(scale).toBigIntegerExact()),
				scale);
		return gcd.stripTrailingZeros();
	}

}
