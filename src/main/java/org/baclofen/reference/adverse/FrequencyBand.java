package org.baclofen.reference.adverse;

import java.math.BigDecimal;

/**
 * How often an adverse effect is reported, in the bands Lexicomp groups effects by: more
 * than 10%, 1 to 10%, under 1%, and frequency not known. An effect reported as a range
 * across studies falls in the band of the highest figure reported.
 */
public enum FrequencyBand {

	OVER_10_PERCENT, FROM_1_TO_10_PERCENT, UNDER_1_PERCENT, NOT_KNOWN;

	private static final BigDecimal TEN = BigDecimal.TEN;

	public static FrequencyBand of(AdverseEffect effect) {
		BigDecimal highest = (effect.getFrequencyMaxPercent() != null) ? effect.getFrequencyMaxPercent()
				: effect.getFrequencyMinPercent();
		if (highest == null) {
			return NOT_KNOWN;
		}
		if (highest.compareTo(TEN) > 0) {
			return OVER_10_PERCENT;
		}
		return (highest.compareTo(BigDecimal.ONE) >= 0) ? FROM_1_TO_10_PERCENT : UNDER_1_PERCENT;
	}

}
