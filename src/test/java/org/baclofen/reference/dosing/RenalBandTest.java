package org.baclofen.reference.dosing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.baclofen.reference.content.SourceKind;
import org.junit.jupiter.api.Test;

class RenalBandTest {

	private static final LocalDate REVIEWED = LocalDate.of(2026, 11, 21);

	private static RenalBand band(Integer min, boolean minInclusive, Integer max, boolean maxInclusive) {
		return new RenalBand(
				RenalBand.Bounds.range((min == null) ? null : BigDecimal.valueOf(min), minInclusive,
						(max == null) ? null : BigDecimal.valueOf(max), maxInclusive),
				new BigDecimal("33.333"), null, "advice", SourceKind.PUBLISHED_STUDY, REVIEWED);
	}

	@Test
	void eachBoundSaysWhetherItBelongsToTheBand() {
		RenalBand mild = band(50, false, 80, true);
		assertThat(mild.contains(BigDecimal.valueOf(80))).isTrue();
		assertThat(mild.contains(new BigDecimal("80.1"))).isFalse();
		assertThat(mild.contains(new BigDecimal("50.1"))).isTrue();
		assertThat(mild.contains(BigDecimal.valueOf(50))).isFalse();
		RenalBand moderate = band(30, true, 50, true);
		assertThat(moderate.contains(BigDecimal.valueOf(30))).isTrue();
		assertThat(moderate.contains(new BigDecimal("29.9"))).isFalse();
		assertThat(moderate.contains(BigDecimal.valueOf(50))).isTrue();
	}

	@Test
	void bandsSharingAnIncludedEdgeOverlapAndAnExcludedOneDoesNot() {
		assertThat(band(50, false, 80, true).getBounds().overlaps(band(30, true, 50, true).getBounds())).isFalse();
		assertThat(band(50, true, 80, true).getBounds().overlaps(band(30, true, 50, true).getBounds())).isTrue();
		assertThat(band(80, false, null, false).getBounds().overlaps(RenalBand.Bounds.onDialysis())).isFalse();
		assertThat(RenalBand.Bounds.onDialysis().overlaps(RenalBand.Bounds.onDialysis())).isTrue();
	}

	@Test
	void missingBoundsAreOpen() {
		assertThat(band(80, false, null, false).contains(BigDecimal.valueOf(200))).isTrue();
		assertThat(band(null, false, 30, false).contains(BigDecimal.ZERO)).isTrue();
	}

	@Test
	void theDialysisRowContainsOnlyItsKidneyFailureRange() {
		RenalBand dialysisOnly = new RenalBand(RenalBand.Bounds.onDialysis(), BigDecimal.ZERO, new BigDecimal("5"),
				"advice", SourceKind.NATIONAL_MONOGRAPH, REVIEWED);
		assertThat(dialysisOnly.contains(BigDecimal.TEN)).isFalse();
		RenalBand withKidneyFailure = new RenalBand(
				new RenalBand.Bounds(BigDecimal.ZERO, true, new BigDecimal("15"), false, true), BigDecimal.ZERO,
				new BigDecimal("5"), "advice", SourceKind.NATIONAL_MONOGRAPH, REVIEWED);
		assertThat(withKidneyFailure.contains(new BigDecimal("14.9"))).isTrue();
		assertThat(withKidneyFailure.contains(new BigDecimal("15"))).isFalse();
		assertThat(withKidneyFailure.displayTitle()).isEqualTo("On dialysis, or kidney failure (CrCl under 15 mL/min)");
		// It overlaps a band that takes a clearance below 15, and never the band from 15.
		assertThat(withKidneyFailure.getBounds().overlaps(band(10, true, 30, false).getBounds())).isTrue();
		assertThat(withKidneyFailure.getBounds().overlaps(band(15, true, 30, false).getBounds())).isFalse();
	}

	@Test
	void aRowsCeilingIsItsReductionAppliedToTheMaximum() {
		BigDecimal max = new BigDecimal("80");
		assertThat(band(50, false, 80, true).ceilingMg(max)).isEqualByComparingTo("53.33");
		RenalBand severe = new RenalBand(
				RenalBand.Bounds.range(new BigDecimal("15"), true, new BigDecimal("30"), false),
				new BigDecimal("66.667"), null, "advice", SourceKind.PUBLISHED_STUDY, REVIEWED);
		assertThat(severe.ceilingMg(max)).isEqualByComparingTo("26.67");
		RenalBand dialysis = new RenalBand(RenalBand.Bounds.onDialysis(), BigDecimal.ZERO, new BigDecimal("5"),
				"advice", SourceKind.NATIONAL_MONOGRAPH, REVIEWED);
		assertThat(dialysis.ceilingMg(max)).isEqualByComparingTo("5");
	}

	@Test
	void refusesABandWhoseLowerBoundIsNotBelowItsUpperBound() {
		assertThatIllegalArgumentException().isThrownBy(() -> band(50, true, 50, true));
		assertThatIllegalArgumentException().isThrownBy(() -> band(80, true, 50, false));
	}

	@Test
	void refusesAReductionOutsideZeroToHundredPercent() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RenalBand(RenalBand.Bounds.range(null, false, null, false), new BigDecimal("100.001"),
					null, "advice", SourceKind.PUBLISHED_STUDY, REVIEWED));
	}

}
