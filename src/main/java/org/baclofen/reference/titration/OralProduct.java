package org.baclofen.reference.titration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

import org.baclofen.reference.system.PlainNumbers;

/**
 * One oral product the planner can build doses from, as the pharmacist chooses it:
 * tablets (whole, or half of a scored tablet), granules (whole packets) or a liquid
 * measured in millilitres. It knows which doses it can really give and says how much of
 * it makes one dose.
 */
public final class OralProduct {

	public enum Kind {

		TABLETS("tablet"), ORAL_SOLUTION(null), ORAL_SUSPENSION(null), GRANULES("packet");

		private final String unitNoun;

		Kind(String unitNoun) {
			this.unitNoun = unitNoun;
		}

		public boolean isLiquid() {
			return this.unitNoun == null;
		}

	}

	private final long id;

	private final String name;

	private final Kind kind;

	private final TabletStrengths pieces;

	private final BigDecimal mgPerMl;

	private final BigDecimal doseStepMg;

	private OralProduct(long id, String name, Kind kind, TabletStrengths pieces, BigDecimal mgPerMl,
			BigDecimal doseStepMg) {
		this.id = id;
		this.name = name;
		this.kind = kind;
		this.pieces = pieces;
		this.mgPerMl = mgPerMl;
		this.doseStepMg = doseStepMg;
	}

	/** Tablets or granule packets, made from their strengths. */
	public static OralProduct solid(long id, String name, Kind kind, List<TabletStrengths.Strength> strengths) {
		if (kind.isLiquid()) {
			throw new IllegalArgumentException("A liquid is measured by volume, not counted");
		}
		return new OralProduct(id, name, kind, new TabletStrengths(strengths), null, null);
	}

	/**
	 * A liquid of the given concentration whose doses are built in steps of
	 * {@code doseStepMg}.
	 */
	public static OralProduct liquid(long id, String name, Kind kind, BigDecimal mgPerMl, BigDecimal doseStepMg) {
		if (!kind.isLiquid() || mgPerMl.signum() <= 0 || doseStepMg.signum() <= 0) {
			throw new IllegalArgumentException("A liquid has a positive concentration and dose step");
		}
		return new OralProduct(id, name, kind, null, mgPerMl, doseStepMg);
	}

	public long id() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

	public Kind kind() {
		return this.kind;
	}

	public boolean isLiquid() {
		return this.kind.isLiquid();
	}

	/**
	 * The smallest dose step the product allows, e.g. 5 mg for tablets whose 5 mg
	 * strength is not scored.
	 */
	public BigDecimal unit() {
		return isLiquid() ? this.doseStepMg : this.pieces.unit();
	}

	public boolean canMake(BigDecimal doseMg) {
		if (doseMg.signum() < 0) {
			return false;
		}
		return isLiquid() ? doseMg.remainder(this.doseStepMg).signum() == 0 : this.pieces.canMake(doseMg);
	}

	/**
	 * The largest dose the product can give that is not above {@code doseMg} (0 when
	 * none).
	 */
	public BigDecimal roundDown(BigDecimal doseMg) {
		BigDecimal dose = doseMg.divide(unit(), 0, RoundingMode.FLOOR).multiply(unit());
		while (dose.signum() > 0 && !canMake(dose)) {
			dose = dose.subtract(unit());
		}
		return PlainNumbers.normal(dose.max(BigDecimal.ZERO));
	}

	/** Millilitres for one dose of a liquid; null for tablets and granules. */
	public BigDecimal volumeMl(BigDecimal doseMg) {
		return isLiquid() ? PlainNumbers.normal(doseMg.divide(this.mgPerMl, 3, RoundingMode.HALF_UP)) : null;
	}

	/**
	 * What makes one dose, as a patient reads it: "1 × 10 mg tablet + ½ × 10 mg tablet",
	 * "2.5 mL".
	 */
	public String perDose(BigDecimal doseMg) {
		if (doseMg.signum() == 0) {
			return "";
		}
		if (isLiquid()) {
			return volumeMl(doseMg).toPlainString() + " mL";
		}
		List<TabletStrengths.TabletCount> breakdown = this.pieces.breakdown(doseMg);
		if (breakdown == null) {
			throw new IllegalArgumentException(doseMg + " mg cannot be made from " + this.name);
		}
		return breakdown.stream()
			.map((piece) -> (piece.count().compareTo(new BigDecimal("0.5")) == 0 ? "½"
					: piece.count().stripTrailingZeros().toPlainString()) + " × "
					+ piece.strengthMg().stripTrailingZeros().toPlainString() + " mg " + this.kind.unitNoun)
			.collect(Collectors.joining(" + "));
	}

}
