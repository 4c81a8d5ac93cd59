package org.baclofen.reference.titration;

import java.math.BigDecimal;
import java.util.List;

/**
 * The rules as the stored content states them today (US label protocol, published renal bands, 14-day
 * taper, 5/10/20 mg tablets with the 5 mg halvable), for tests of the engine without a database.
 */
final class LabelRules {

	static final RenalBandRule NORMAL = band(80, null, 0);

	static final RenalBandRule MILD = band(50, 80, 33);

	static final RenalBandRule MODERATE = band(30, 50, 50);

	static final RenalBandRule SEVERE = band(0, 30, 67);

	private LabelRules() {
	}

	static TitrationRules rules() {
		return new TitrationRules(new BigDecimal("5"), 3, new BigDecimal("5"), 3, new BigDecimal("80"), 4, 14,
				List.of(NORMAL, MILD, MODERATE, SEVERE), tablets());
	}

	static TabletStrengths tablets() {
		return new TabletStrengths(List.of(new TabletStrengths.Strength(new BigDecimal("5"), true),
				new TabletStrengths.Strength(new BigDecimal("10"), false),
				new TabletStrengths.Strength(new BigDecimal("20"), false)));
	}

	private static RenalBandRule band(Integer min, Integer max, int reduction) {
		return new RenalBandRule((min == null) ? null : BigDecimal.valueOf(min),
				(max == null) ? null : BigDecimal.valueOf(max), reduction, "published study", "S23");
	}

}
