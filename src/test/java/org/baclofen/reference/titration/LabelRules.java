package org.baclofen.reference.titration;

import java.math.BigDecimal;
import java.util.List;

/**
 * The rules as the stored content states them (US label protocol, the study's renal bands
 * with their edges and the dialysis band, a 14-day taper that ends at a quarter of the
 * dose or 10 mg/day, 5/10/20 mg tablets of which only the 10 and 20 mg are scored, the
 * liquids in 2.5 mg steps and whole granule packets), for tests of the engine without a
 * database.
 */
final class LabelRules {

	static final RenalBandRule NORMAL = band(80, false, null, false, "0");

	static final RenalBandRule MILD = band(50, false, 80, true, "33.333");

	static final RenalBandRule MODERATE = band(30, true, 50, true, "50");

	static final RenalBandRule SEVERE = band(0, true, 30, false, "66.667");

	static final RenalBandRule DIALYSIS = new RenalBandRule(null, false, null, false, BigDecimal.ZERO,
			new BigDecimal("5"), true, "national monograph", "S20, S47, S64");

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
		return new TitrationRules(new BigDecimal("5"), 3, new BigDecimal("5"), 3, new BigDecimal("80"), 4,
				new TitrationRules.TaperRule(14, new BigDecimal("0.25"), new BigDecimal("10")), bands, PRODUCTS);
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
