package org.baclofen.reference.dosing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Creatinine clearance estimated by the Cockcroft–Gault equation, the estimate the
 * published renal bands were grouped by: ((140 − age) × weight) / (72 × serum creatinine
 * in mg/dL), × 0.85 for women.
 */
public final class CockcroftGault {

	/** Micromoles per litre of creatinine in one mg/dL. */
	public static final BigDecimal UMOL_PER_L_PER_MG_PER_DL = new BigDecimal("88.4");

	public enum Sex {

		FEMALE, MALE

	}

	public enum CreatinineUnit {

		MG_PER_DL, UMOL_PER_L

	}

	private CockcroftGault() {
	}

	public static BigDecimal crclMlPerMin(int ageYears, BigDecimal weightKg, BigDecimal serumCreatinine,
			CreatinineUnit unit, Sex sex) {
		if (ageYears < 18 || ageYears >= 140) {
			throw new IllegalArgumentException("Cockcroft–Gault applies to adults: age 18 to 139 years");
		}
		if (weightKg.signum() <= 0 || serumCreatinine.signum() <= 0) {
			throw new IllegalArgumentException("Weight and serum creatinine must be positive");
		}
		BigDecimal creatinineMgPerDl = mgPerDl(serumCreatinine, unit);
		BigDecimal crcl = BigDecimal.valueOf(140L - ageYears)
			.multiply(weightKg)
			.divide(BigDecimal.valueOf(72).multiply(creatinineMgPerDl), 6, RoundingMode.HALF_UP);
		if (sex == Sex.FEMALE) {
			crcl = crcl.multiply(new BigDecimal("0.85"));
		}
		return crcl.setScale(1, RoundingMode.HALF_UP);
	}

	/**
	 * A serum creatinine in mg/dL, the unit the formula takes, whichever unit it was
	 * measured in.
	 */
	static BigDecimal mgPerDl(BigDecimal serumCreatinine, CreatinineUnit unit) {
		return (unit == CreatinineUnit.UMOL_PER_L)
				? serumCreatinine.divide(UMOL_PER_L_PER_MG_PER_DL, 6, RoundingMode.HALF_UP) : serumCreatinine;
	}

}
