package org.baclofen.reference.titration;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.baclofen.reference.dosing.AgeGroup;
import org.baclofen.reference.dosing.IntrathecalMaintenanceRange;
import org.baclofen.reference.dosing.IntrathecalTitrationLimit;
import org.baclofen.reference.dosing.IntrathecalTitrationLimit.Direction;
import org.baclofen.reference.dosing.IntrathecalTitrationLimit.Phase;
import org.baclofen.reference.dosing.SpasticityOrigin;
import org.baclofen.reference.titration.IntrathecalChecker.ChangeStatus;
import org.baclofen.reference.titration.IntrathecalChecker.IntrathecalCheck;
import org.baclofen.reference.titration.IntrathecalChecker.RangeStatus;
import org.junit.jupiter.api.Test;

/**
 * The intrathecal check against the limits and ranges as the content states them, at and
 * just beyond each boundary.
 */
class IntrathecalCheckerTest {

	private static final LocalDate REVIEWED = LocalDate.of(2026, 12, 1);

	private static final String NOTE = "Limited experience above 1000 mcg/day.";

	private final IntrathecalChecker checker = new IntrathecalChecker(
			List.of(limit(SpasticityOrigin.SPINAL, Phase.POST_IMPLANT, Direction.INCREASE, 10, 30, "per 24 h"),
					limit(SpasticityOrigin.CEREBRAL, Phase.POST_IMPLANT, Direction.INCREASE, 5, 15, "per 24 h"),
					limit(SpasticityOrigin.SPINAL, Phase.MAINTENANCE, Direction.DECREASE, 10, 20,
							"when side effects occur")),
			List.of(range("Spinal", SpasticityOrigin.SPINAL, AgeGroup.ADULT, 300, 800, 12, 2003),
					range("Children", null, AgeGroup.CHILD, null, null, 24, 1199)));

	private static IntrathecalTitrationLimit limit(SpasticityOrigin origin, Phase phase, Direction direction, int min,
			int max, String interval) {
		return new IntrathecalTitrationLimit(origin, phase, direction, BigDecimal.valueOf(min), BigDecimal.valueOf(max),
				interval, null, 0, REVIEWED);
	}

	private static IntrathecalMaintenanceRange range(String population, SpasticityOrigin origin, AgeGroup ageGroup,
			Integer typicalMin, Integer typicalMax, int observedMin, int observedMax) {
		IntrathecalMaintenanceRange range = new IntrathecalMaintenanceRange(population,
				(typicalMin == null) ? null : BigDecimal.valueOf(typicalMin),
				(typicalMax == null) ? null : BigDecimal.valueOf(typicalMax), BigDecimal.valueOf(observedMin),
				BigDecimal.valueOf(observedMax), null, 0, REVIEWED);
		range.applyTo(origin, ageGroup, BigDecimal.valueOf(1000), NOTE);
		return range;
	}

	private IntrathecalCheck spinal(Phase phase, String current, String proposed) {
		return this.checker.check(SpasticityOrigin.SPINAL, AgeGroup.ADULT, phase, new BigDecimal(current),
				new BigDecimal(proposed));
	}

	@Test
	void anIncreaseUpToTheStoredMaximumIsWithinTheLimitAndJustAboveIsNot() {
		IntrathecalCheck within = spinal(Phase.POST_IMPLANT, "500", "650");
		assertThat(within.changeStatus()).isEqualTo(ChangeStatus.WITHIN_LIMIT);
		assertThat(within.withinLimit()).isTrue();
		assertThat(within.changeMessage())
			.isEqualTo("An increase of 30% (500 to 650 mcg/day) is within the 10–30% per 24 h stored for "
					+ "spinal-origin spasticity, after implantation.");
		IntrathecalCheck above = spinal(Phase.POST_IMPLANT, "500", "650.5");
		assertThat(above.changeStatus()).isEqualTo(ChangeStatus.ABOVE_LIMIT);
		assertThat(above.withinLimit()).isFalse();
		assertThat(above.changeMessage()).endsWith("Change by at most 30% at a time.");
	}

	@Test
	void aStepBelowTheUsualRangeIsStillWithinTheLimit() {
		IntrathecalCheck small = spinal(Phase.POST_IMPLANT, "500", "540");
		assertThat(small.changeStatus()).isEqualTo(ChangeStatus.SMALLER_THAN_USUAL);
		assertThat(small.withinLimit()).isTrue();
	}

	@Test
	void childrenAreHeldToTheCerebralOriginLimit() {
		IntrathecalCheck within = this.checker.check(SpasticityOrigin.SPINAL, AgeGroup.CHILD, Phase.POST_IMPLANT,
				new BigDecimal("200"), new BigDecimal("230"));
		assertThat(within.changeStatus()).isEqualTo(ChangeStatus.WITHIN_LIMIT);
		IntrathecalCheck above = this.checker.check(SpasticityOrigin.SPINAL, AgeGroup.CHILD, Phase.POST_IMPLANT,
				new BigDecimal("200"), new BigDecimal("230.5"));
		assertThat(above.changeStatus()).isEqualTo(ChangeStatus.ABOVE_LIMIT);
		assertThat(above.changeMessage()).contains("children (the cerebral-origin limit)");
	}

	@Test
	void aDecreaseIsCheckedAgainstTheDecreaseLimitAndAMissingLimitIsSaid() {
		assertThat(spinal(Phase.MAINTENANCE, "500", "400").changeStatus()).isEqualTo(ChangeStatus.WITHIN_LIMIT);
		assertThat(spinal(Phase.MAINTENANCE, "500", "399.5").changeStatus()).isEqualTo(ChangeStatus.ABOVE_LIMIT);
		IntrathecalCheck none = spinal(Phase.POST_IMPLANT, "500", "450");
		assertThat(none.changeStatus()).isEqualTo(ChangeStatus.NO_STORED_LIMIT);
		assertThat(none.changeMessage())
			.contains("has no stored limit for spinal-origin spasticity, after implantation");
		assertThat(spinal(Phase.POST_IMPLANT, "500", "500").changeStatus()).isEqualTo(ChangeStatus.NO_CHANGE);
	}

	@Test
	void theNewDoseIsComparedWithTheTypicalAndTheReportedRange() {
		assertThat(spinal(Phase.MAINTENANCE, "800", "800").rangeStatus()).isEqualTo(RangeStatus.WITHIN_TYPICAL);
		IntrathecalCheck outside = spinal(Phase.MAINTENANCE, "800", "800.5");
		assertThat(outside.rangeStatus()).isEqualTo(RangeStatus.OUTSIDE_TYPICAL);
		assertThat(outside.outsideRange()).isTrue();
		assertThat(outside.rangeMessage())
			.isEqualTo("800.5 mcg/day is outside the typical maintenance range for spinal (300–800 mcg/day), "
					+ "though within the doses reported.");
		assertThat(spinal(Phase.MAINTENANCE, "2003", "2003").rangeStatus()).isEqualTo(RangeStatus.OUTSIDE_TYPICAL);
		assertThat(spinal(Phase.MAINTENANCE, "2003", "2003.5").rangeStatus()).isEqualTo(RangeStatus.OUTSIDE_REPORTED);
	}

	@Test
	void dosesAboveTheStoredThresholdCarryTheLimitedExperienceNote() {
		assertThat(spinal(Phase.MAINTENANCE, "1000", "1000").limitedExperienceNote()).isNull();
		IntrathecalCheck above = spinal(Phase.MAINTENANCE, "1000", "1000.5");
		assertThat(above.limitedExperienceNote()).isEqualTo(NOTE);
		assertThat(above.needsReview()).isTrue();
	}

}
