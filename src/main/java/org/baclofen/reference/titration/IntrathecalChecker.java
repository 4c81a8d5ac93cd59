package org.baclofen.reference.titration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

import org.baclofen.reference.dosing.AgeGroup;
import org.baclofen.reference.dosing.IntrathecalMaintenanceRange;
import org.baclofen.reference.dosing.IntrathecalTitrationLimit;
import org.baclofen.reference.dosing.IntrathecalTitrationLimit.Direction;
import org.baclofen.reference.dosing.IntrathecalTitrationLimit.Phase;
import org.baclofen.reference.dosing.SpasticityOrigin;
import org.baclofen.reference.system.PlainNumbers;

/**
 * Checks a change of an intrathecal daily dose against the stored titration limits for
 * the origin and phase, the stored maintenance range for the patient, and the dose above
 * which experience is limited. Children are held to the cerebral-origin limits, which the
 * sources give for children as well.
 */
public final class IntrathecalChecker {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final List<IntrathecalTitrationLimit> limits;

	private final List<IntrathecalMaintenanceRange> ranges;

	public IntrathecalChecker(List<IntrathecalTitrationLimit> limits, List<IntrathecalMaintenanceRange> ranges) {
		this.limits = List.copyOf(limits);
		this.ranges = List.copyOf(ranges);
	}

	/** Whether the change keeps to the stored limit. */
	public enum ChangeStatus {

		NO_CHANGE, WITHIN_LIMIT, SMALLER_THAN_USUAL, ABOVE_LIMIT, NO_STORED_LIMIT

	}

	/** Where the proposed dose lies against the stored maintenance range. */
	public enum RangeStatus {

		WITHIN_TYPICAL, OUTSIDE_TYPICAL, OUTSIDE_REPORTED, NO_STORED_RANGE

	}

	/**
	 * The outcome, with the stored rows it was checked against (null where none applies).
	 */
	public record IntrathecalCheck(BigDecimal changePercent, Direction direction, ChangeStatus changeStatus,
			String changeMessage, IntrathecalTitrationLimit limit, RangeStatus rangeStatus, String rangeMessage,
			IntrathecalMaintenanceRange range, String limitedExperienceNote) {

		/**
		 * Whether the change keeps to a stored limit (no change, or a change no larger
		 * than the limit).
		 */
		public boolean withinLimit() {
			return this.changeStatus != ChangeStatus.ABOVE_LIMIT && this.changeStatus != ChangeStatus.NO_STORED_LIMIT;
		}

		/**
		 * Whether the proposed dose lies outside the typical or the reported maintenance
		 * doses.
		 */
		public boolean outsideRange() {
			return this.rangeStatus == RangeStatus.OUTSIDE_TYPICAL || this.rangeStatus == RangeStatus.OUTSIDE_REPORTED;
		}

		/**
		 * Whether anything needs a second look: a change beyond its limit, or a dose
		 * outside the ranges.
		 */
		public boolean needsReview() {
			return !withinLimit() || outsideRange() || this.limitedExperienceNote != null;
		}

	}

	public IntrathecalCheck check(SpasticityOrigin origin, AgeGroup ageGroup, Phase phase, BigDecimal currentMcgPerDay,
			BigDecimal proposedMcgPerDay) {
		BigDecimal change = proposedMcgPerDay.subtract(currentMcgPerDay);
		BigDecimal percent = change.multiply(HUNDRED).divide(currentMcgPerDay, 1, RoundingMode.HALF_UP);
		Direction direction = (change.signum() > 0) ? Direction.INCREASE
				: (change.signum() < 0) ? Direction.DECREASE : null;
		SpasticityOrigin limitOrigin = (ageGroup == AgeGroup.CHILD) ? SpasticityOrigin.CEREBRAL : origin;
		IntrathecalTitrationLimit limit = (direction == null) ? null
				: this.limits.stream()
					.filter((candidate) -> candidate.getOrigin() == limitOrigin && candidate.getPhase() == phase
							&& candidate.getDirection() == direction)
					.findFirst()
					.orElse(null);
		ChangeStatus changeStatus = changeStatus(percent.abs(), direction, limit);
		String what = (direction == null) ? ""
				: ((direction == Direction.INCREASE) ? "An increase" : "A decrease") + " of "
						+ PlainNumbers.text(percent.abs()) + "% (" + PlainNumbers.text(currentMcgPerDay) + " to "
						+ PlainNumbers.text(proposedMcgPerDay) + " mcg/day)";
		String limitText = (limit == null) ? ""
				: PlainNumbers.text(limit.getMinChangePercent()) + "–" + PlainNumbers.text(limit.getMaxChangePercent())
						+ "% " + limit.getPerInterval() + " stored for " + originText(limitOrigin, ageGroup) + ", "
						+ phaseText(phase);
		String changeMessage = switch (changeStatus) {
			case NO_CHANGE -> "The proposed dose is the current dose: no change to check.";
			case WITHIN_LIMIT -> what + " is within the " + limitText + ".";
			case SMALLER_THAN_USUAL ->
				what + " is smaller than the " + limitText + "; a smaller step is within the limit.";
			case ABOVE_LIMIT -> what + " is more than the " + limitText + ". Change by at most "
					+ PlainNumbers.text(limit.getMaxChangePercent()) + "% at a time.";
			case NO_STORED_LIMIT -> what + " has no stored limit for " + originText(limitOrigin, ageGroup) + ", "
					+ phaseText(phase) + "; check the change against the labels.";
		};
		IntrathecalMaintenanceRange range = this.ranges.stream()
			.filter((candidate) -> candidate.isFor(origin, ageGroup))
			.findFirst()
			.orElse(null);
		RangeStatus rangeStatus = rangeStatus(proposedMcgPerDay, range);
		String rangeMessage = rangeMessage(rangeStatus, proposedMcgPerDay, range);
		String limitedExperience = (range != null && range.getLimitedExperienceAboveMcgPerDay() != null
				&& proposedMcgPerDay.compareTo(range.getLimitedExperienceAboveMcgPerDay()) > 0)
						? range.getLimitedExperienceNote() : null;
		return new IntrathecalCheck(percent, direction, changeStatus, changeMessage, limit, rangeStatus, rangeMessage,
				range, limitedExperience);
	}

	private static ChangeStatus changeStatus(BigDecimal percent, Direction direction, IntrathecalTitrationLimit limit) {
		if (direction == null) {
			return ChangeStatus.NO_CHANGE;
		}
		if (limit == null) {
			return ChangeStatus.NO_STORED_LIMIT;
		}
		if (percent.compareTo(limit.getMaxChangePercent()) > 0) {
			return ChangeStatus.ABOVE_LIMIT;
		}
		return (percent.compareTo(limit.getMinChangePercent()) < 0) ? ChangeStatus.SMALLER_THAN_USUAL
				: ChangeStatus.WITHIN_LIMIT;
	}

	private static RangeStatus rangeStatus(BigDecimal dose, IntrathecalMaintenanceRange range) {
		if (range == null) {
			return RangeStatus.NO_STORED_RANGE;
		}
		if (outside(dose, range.getObservedMinMcgPerDay(), range.getObservedMaxMcgPerDay())) {
			return RangeStatus.OUTSIDE_REPORTED;
		}
		if (outside(dose, range.getTypicalMinMcgPerDay(), range.getTypicalMaxMcgPerDay())) {
			return RangeStatus.OUTSIDE_TYPICAL;
		}
		boolean anyTypical = range.getTypicalMinMcgPerDay() != null || range.getTypicalMaxMcgPerDay() != null;
		return anyTypical ? RangeStatus.WITHIN_TYPICAL : RangeStatus.NO_STORED_RANGE;
	}

	private static boolean outside(BigDecimal dose, BigDecimal min, BigDecimal max) {
		return (min != null && dose.compareTo(min) < 0) || (max != null && dose.compareTo(max) > 0);
	}

	private static String rangeMessage(RangeStatus status, BigDecimal dose, IntrathecalMaintenanceRange range) {
		String proposed = PlainNumbers.text(dose) + " mcg/day";
		return switch (status) {
			case NO_STORED_RANGE -> (range == null) ? "No stored maintenance range covers this patient."
					: "The stored range for " + range.getPopulation().toLowerCase(Locale.ROOT)
							+ " gives no typical doses to compare " + proposed + " with.";
			case WITHIN_TYPICAL -> proposed + " is within the typical maintenance range for "
					+ range.getPopulation().toLowerCase(Locale.ROOT) + " ("
					+ span(range.getTypicalMinMcgPerDay(), range.getTypicalMaxMcgPerDay()) + ").";
			case OUTSIDE_TYPICAL -> proposed + " is outside the typical maintenance range for "
					+ range.getPopulation().toLowerCase(Locale.ROOT) + " ("
					+ span(range.getTypicalMinMcgPerDay(), range.getTypicalMaxMcgPerDay())
					+ "), though within the doses reported.";
			case OUTSIDE_REPORTED -> proposed + " is outside the range of doses reported for "
					+ range.getPopulation().toLowerCase(Locale.ROOT) + " ("
					+ span(range.getObservedMinMcgPerDay(), range.getObservedMaxMcgPerDay()) + ").";
		};
	}

	private static String span(BigDecimal min, BigDecimal max) {
		if (min == null) {
			return "up to " + PlainNumbers.text(max) + " mcg/day";
		}
		return (max == null) ? PlainNumbers.text(min) + " mcg/day or more"
				: PlainNumbers.text(min) + "–" + PlainNumbers.text(max) + " mcg/day";
	}

	private static String originText(SpasticityOrigin origin, AgeGroup ageGroup) {
		if (ageGroup == AgeGroup.CHILD) {
			return "children (the cerebral-origin limit)";
		}
		return (origin == SpasticityOrigin.SPINAL) ? "spinal-origin spasticity" : "cerebral-origin spasticity";
	}

	private static String phaseText(Phase phase) {
		return (phase == Phase.POST_IMPLANT) ? "after implantation" : "during maintenance";
	}

}
