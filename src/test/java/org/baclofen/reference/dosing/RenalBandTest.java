package org.baclofen.reference.dosing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.baclofen.reference.source.SourceKind;
import org.junit.jupiter.api.Test;

class RenalBandTest {

	private static final LocalDate REVIEWED = LocalDate.of(2026, 11, 21);

	private static RenalBand band(Integer min, Integer max) {
		return new RenalBand((min == null) ? null : BigDecimal.valueOf(min), (max == null) ? null : BigDecimal.valueOf(max),
				33, "advice", SourceKind.PUBLISHED_STUDY, REVIEWED);
	}

	@Test
	void lowerBoundIsInclusiveAndUpperBoundExclusive() {
		RenalBand band = band(50, 80);
		assertThat(band.contains(BigDecimal.valueOf(50))).isTrue();
		assertThat(band.contains(new BigDecimal("79.9"))).isTrue();
		assertThat(band.contains(BigDecimal.valueOf(80))).isFalse();
		assertThat(band.contains(new BigDecimal("49.9"))).isFalse();
	}

	@Test
	void missingBoundsAreOpen() {
		assertThat(band(80, null).contains(BigDecimal.valueOf(200))).isTrue();
		assertThat(band(null, 30).contains(BigDecimal.ZERO)).isTrue();
	}

	@Test
	void refusesABandWhoseLowerBoundIsNotBelowItsUpperBound() {
		assertThatIllegalArgumentException().isThrownBy(() -> band(50, 50));
		assertThatIllegalArgumentException().isThrownBy(() -> band(80, 50));
	}

	@Test
	void refusesAReductionOutsideZeroToHundredPercent() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RenalBand(null, null, 101, "advice",
				SourceKind.PUBLISHED_STUDY, REVIEWED));
	}

}
