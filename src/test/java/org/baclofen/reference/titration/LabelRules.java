package org.baclofen.reference.titration;

import java.math.BigDecimal;
import java.util.List;

import org.baclofen.reference.dosing.OralAgeRule;

/**
 * The rules as the stored content states them (US label protocol, the study's renal bands
 * with their edges and the dialysis row that also takes kidney failure below 15 mL/min, a
 * 14-day taper that ends at a quarter of the dose or 10 mg/day with steps of at most a
 * quarter or 5 mg/day lasting at least 3 days, the oral rules by age and the weight-based
 * starting doses, 5/10/20 mg tablets of which only the 10 and 20 mg are scored, the
 * liquids in 2.5 mg steps and whole granule packets), for tests of the engine without a
 * database.
 */
final class LabelRules {

	static final RenalBandRule NORMAL = band(80, false, null, false, "0");

	static final RenalBandRule MILD = band(50, false, 80, true, "33.333");

	static final RenalBandRule MODERATE = band(30, true, 50, true, "50");

	static final RenalBandRule SEVERE = band(15, true, 30, false, "66.667");

	/** Dialysis, and kidney failure: a clearance below 15 mL/min. */
	static final RenalBandRule DIALYSIS = new RenalBandRule(BigDecimal.ZERO, true, new BigDecimal("15"), false,
			BigDecimal.ZERO, new BigDecimal("5"), true, "national monograph", "S20, S47, S64, S69",
			"use only if the benefit outweighs the risk");

	static final List<AgeBandRule> AGES = List.of(
			new AgeBandRule(0, 2, OralAgeRule.Schedule.NONE, null, null, null, null, true, "S19"),
			new AgeBandRule(2, 8, OralAgeRule.Schedule.WEIGHT_BASED, new BigDecimal("60"), 1, 3, 3, true, "S19"),
			new AgeBandRule(8, 12, OralAgeRule.Schedule.WEIGHT_BASED, new BigDecimal("80"), 1, 3, 3, true, "S19"),
			new AgeBandRule(12, null, OralAgeRule.Schedule.US_LABEL, null, null, null, null, false, "S1"));

	static final List<WeightStartRule> WEIGHT_STARTS = List.of(
			new WeightStartRule(null, false, new BigDecimal("20"), false, new BigDecimal("2.5"), "S19"),
			new WeightStartRule(new BigDecimal("20"), true, new BigDecimal("50"), true, new BigDecimal("5"), "S19"),
			new WeightStartRule(new BigDecimal("50"), false, null, false, new BigDecimal("10"), "S19"));

	static final OralProduct TABLETS = OralProduct.solid(1, "Baclofen tablets (generic)", OralProduct.Kind.TABLETS,
			List.of(new TabletStrengths.Strength(new BigDecimal("5"), false),
					new TabletStrengths.Strength(new BigDecimal("10"), true),
					new TabletStrengths.Strength(new BigDecimal("20"), true)));

	static final OralProduct SOLUTION = OralProduct.liquid(4, "Ozobax, 5 mg/5 mL (1 mg/mL)",
			OralProduct.Kind.ORAL_SOLUTION, BigDecimal.ONE, new BigDecimal("2.5"));

	static final OralProduct SUSPENSION = OralProduct.liquid(6, "Fleqsuvy, 25 mg/5 mL (5 mg/mL)",
			OralProduct.Kind.ORAL_SUSPENSION, new BigDecimal("5"), new BigDecimal("2.5"));

	static final OralProduct GRANULES = OralProduct.solid(7, "Lyvispah (baclofen oral granules)",
			OralProduct.Kind.GRANULES,
			List.of(new TabletStrengths.Strength(new BigDecimal("5"), false),
					new TabletStrengths.Strength(new BigDecimal("10"), false),
					new TabletStrengths.Strength(new BigDecimal("20"), false)));

	static final List<OralProduct> PRODUCTS = List.of(TABLETS, SOLUTION, SUSPENSION, GRANULES);

	private LabelRules() {
	}

	static TitrationRules rules() {
		return rules(List.of(NORMAL, MILD, MODERATE, SEVERE, DIALYSIS));
	}

	static TitrationRules rules(List<RenalBandRule> bands) {
		return new TitrationRules(new BigDecimal("5"), 3, 3, new BigDecimal("5"), 3, new BigDecimal("80"), 4,
				new TitrationRules.TaperRule(14, new BigDecimal("0.25"), new BigDecimal("10"), new BigDecimal("0.25"),
						new BigDecimal("5"), 3),
				bands, PRODUCTS, AGES, WEIGHT_STARTS);
	}

	static TabletStrengths tablets() {
		return new TabletStrengths(List.of(new TabletStrengths.Strength(new BigDecimal("5"), false),
				new TabletStrengths.Strength(new BigDecimal("10"), true),
				new TabletStrengths.Strength(new BigDecimal("20"), true)));
	}

	private static RenalBandRule band(Integer min, boolean minInclusive, Integer max, boolean maxInclusive,
			String reduction) {
		return new RenalBandRule((min == null) ? null : BigDecimal.valueOf(min), minInclusive,
				(max == null) ? null : BigDecimal.valueOf(max), maxInclusive, new BigDecimal(reduction), null, false,
				"published study", "S23");
	}

}
