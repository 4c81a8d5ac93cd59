package org.baclofen.reference.cdshooks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.baclofen.reference.system.PlainNumbers;
import org.baclofen.reference.titration.PlanCheckRequest;
import org.baclofen.reference.titration.PlanStep;
import org.hl7.fhir.r5.model.Dosage;
import org.hl7.fhir.r5.model.MedicationRequest;
import org.hl7.fhir.r5.model.Quantity;
import org.hl7.fhir.r5.model.Timing;

/**
 * Turns a baclofen MedicationRequest's dosage instructions into the titration engine's
 * steps: one step per dosage in sequence order, its dose from {@code doseQuantity} (mg),
 * its administrations a day from the timing's frequency and period (or a BID/TID/QID
 * code), its length from the timing's bounds. What it cannot read exactly is reported,
 * never guessed: a guessed dose would make the checker's findings wrong.
 */
public final class DosageReader {

	/**
	 * The same bounds the titration API puts on a step; the clinical limits are the
	 * checker's business.
	 */
	static final BigDecimal MAX_DOSE_MG = new BigDecimal("200");

	static final int MAX_TIMES_PER_DAY = 12;

	static final int MAX_DAYS = 365;

	/**
	 * How long an open-ended last dosage counts: long enough that a rule about time spent
	 * on a dose is never broken by the length of an order that simply continues.
	 */
	static final int OPEN_ENDED_DAYS = MAX_DAYS;

	/**
	 * The steps read, or why they could not be. An as-needed order is one open-ended step
	 * of the most it allows: {@code upToDailyMg} a day.
	 */
	public record Reading(List<PlanStep> steps, String problem, boolean asNeeded, BigDecimal upToDailyMg) {

		static Reading of(List<PlanStep> steps) {
			return new Reading(List.copyOf(steps), null, false, null);
		}

		static Reading asNeeded(PlanStep step, BigDecimal upToDailyMg) {
			return new Reading(List.of(step), null, true, upToDailyMg);
		}

		static Reading unreadable(String problem) {
			return new Reading(List.of(), problem, false, null);
		}

		public boolean isReadable() {
			return this.problem == null;
		}

	}

	private DosageReader() {
	}

	public static Reading read(MedicationRequest order) {
		List<Dosage> dosages = new ArrayList<>(order.getDosageInstruction());
		if (dosages.isEmpty()) {
			return Reading.unreadable("the order has no dosage instructions");
		}
		if (dosages.size() > PlanCheckRequest.MAX_STEPS) {
			return Reading.unreadable("the order has more than " + PlanCheckRequest.MAX_STEPS + " dosages");
		}
		if (dosages.size() > 1 && dosages.stream().map(Dosage::getSequence).distinct().count() < dosages.size()) {
			return Reading.unreadable("several dosages share a sequence number (doses given together)");
		}
		dosages.sort(Comparator.comparingInt(Dosage::getSequence));
		if (dosages.stream().anyMatch(DosageReader::isAsNeeded)) {
			return (dosages.size() == 1) ? readAsNeeded(dosages.get(0))
					: Reading.unreadable("the order mixes several dosages with as-needed doses");
		}
		List<PlanStep> steps = new ArrayList<>();
		for (int i = 0; i < dosages.size(); i++) {
			Dosage dosage = dosages.get(i);
			String where = (dosages.size() == 1) ? "" : " (dosage " + (i + 1) + ")";
			BigDecimal doseMg = doseMg(dosage);
			if (doseMg == null) {
				return Reading.unreadable("the dose is not a single quantity in mg" + where);
			}
			if (doseMg.signum() < 0 || doseMg.compareTo(MAX_DOSE_MG) > 0) {
				return Reading.unreadable("a dose of " + PlainNumbers.text(doseMg) + " mg per "
						+ "administration is outside 0–" + PlainNumbers.text(MAX_DOSE_MG) + " mg" + where);
			}
			Integer timesPerDay = timesPerDay(dosage.getTiming());
			if (timesPerDay == null || timesPerDay > MAX_TIMES_PER_DAY || (timesPerDay == 0 && doseMg.signum() > 0)) {
				return Reading.unreadable("the timing is not a whole number of administrations a day (1 to "
						+ MAX_TIMES_PER_DAY + ")" + where);
			}
			boolean last = i == dosages.size() - 1;
			Integer days = days(dosage.getTiming());
			if (days == null && !last) {
				return Reading.unreadable("a dosage other than the last has no duration (timing bounds)" + where);
			}
			if (days != null && (days < 1 || days > MAX_DAYS)) {
				return Reading.unreadable("a duration of " + days + " days is outside 1–" + MAX_DAYS + where);
			}
			steps.add(new PlanStep((days != null) ? days : OPEN_ENDED_DAYS, doseMg,
					(doseMg.signum() == 0) ? 0 : timesPerDay));
		}
		return Reading.of(steps);
	}

	/** As needed: a flag, or the reasons it may be taken for. */
	static boolean isAsNeeded(Dosage dosage) {
		return (dosage.hasAsNeeded() && dosage.getAsNeeded()) || dosage.hasAsNeededFor();
	}

	/**
	 * An as-needed dosage read as the most it allows a day: the dose (or the top of a
	 * dose range) at most as often as the timing allows, and no more than its maximum per
	 * period. Never a schedule: it is checked against the daily maximum only.
	 */
	private static Reading readAsNeeded(Dosage dosage) {
		BigDecimal doseMg = doseMg(dosage);
		if (doseMg == null && dosage.getDoseAndRate().size() == 1 && dosage.getDoseAndRateFirstRep().hasDoseRange()) {
			doseMg = mg(dosage.getDoseAndRateFirstRep().getDoseRange().getHigh());
		}
		if (doseMg == null || doseMg.signum() <= 0 || doseMg.compareTo(MAX_DOSE_MG) > 0) {
			return Reading.unreadable("the as-needed dose is not a single quantity (or range) in mg within 0–"
					+ PlainNumbers.text(MAX_DOSE_MG) + " mg");
		}
		Integer timesPerDay = timesPerDay(dosage.getTiming());
		if (dosage.getTiming().hasRepeat() && dosage.getTiming().getRepeat().hasFrequencyMax() && timesPerDay != null
				&& dosage.getTiming().getRepeat().getFrequency() > 0) {
			timesPerDay = timesPerDay * dosage.getTiming().getRepeat().getFrequencyMax()
					/ dosage.getTiming().getRepeat().getFrequency();
		}
		BigDecimal maxPerDay = maxPerDay(dosage);
		if (maxPerDay == null && dosage.hasMaxDosePerPeriod()) {
			return Reading.unreadable("the as-needed maximum per period is not in mg per day or hours");
		}
		if ((timesPerDay == null || timesPerDay < 1 || timesPerDay > MAX_TIMES_PER_DAY) && maxPerDay == null) {
			return Reading.unreadable("the as-needed dose has neither a whole number of doses a day (1 to "
					+ MAX_TIMES_PER_DAY + ") nor a maximum per day");
		}
		BigDecimal byTiming = (timesPerDay == null || timesPerDay < 1 || timesPerDay > MAX_TIMES_PER_DAY) ? null
				: doseMg.multiply(BigDecimal.valueOf(timesPerDay));
		BigDecimal upTo = (byTiming == null) ? maxPerDay : (maxPerDay == null) ? byTiming : byTiming.min(maxPerDay);
		int times = (byTiming != null) ? timesPerDay
				: Math.max(1, Math.min(MAX_TIMES_PER_DAY, maxPerDay.divide(doseMg, 0, RoundingMode.FLOOR).intValue()));
		return Reading.asNeeded(new PlanStep(OPEN_ENDED_DAYS, doseMg, times), PlainNumbers.normal(upTo));
	}

	/** The maximum per period as mg a day, when it is given in mg per days or hours. */
	private static BigDecimal maxPerDay(Dosage dosage) {
		BigDecimal lowest = null;
		for (var ratio : dosage.getMaxDosePerPeriod()) {
			BigDecimal amount = mg(ratio.getNumerator());
			BigDecimal hours = null;
			Quantity period = ratio.getDenominator();
			if (period.hasValue() && period.getValue().signum() > 0) {
				String unit = (period.hasCode() ? period.getCode() : String.valueOf(period.getUnit())).strip()
					.toLowerCase(Locale.ROOT);
				hours = switch (unit) {
					case "d", "day", "days" -> period.getValue().multiply(BigDecimal.valueOf(24));
					case "h", "hour", "hours" -> period.getValue();
					default -> null;
				};
			}
			if (amount == null || hours == null) {
				return null;
			}
			BigDecimal perDay = amount.multiply(BigDecimal.valueOf(24)).divide(hours, 3, RoundingMode.HALF_UP);
			lowest = (lowest == null) ? perDay : lowest.min(perDay);
		}
		return lowest;
	}

	private static BigDecimal doseMg(Dosage dosage) {
		if (dosage.getDoseAndRate().size() != 1 || !dosage.getDoseAndRateFirstRep().hasDoseQuantity()) {
			return null;
		}
		return mg(dosage.getDoseAndRateFirstRep().getDoseQuantity());
	}

	/** A quantity in mg (or g), or null when it is not a mass. */
	private static BigDecimal mg(Quantity quantity) {
		if (quantity == null || !quantity.hasValue() || quantity.hasComparator()) {
			return null;
		}
		String unit = (quantity.hasCode() ? quantity.getCode() : quantity.getUnit());
		if (unit == null) {
			return null;
		}
		return switch (unit.strip().toLowerCase(Locale.ROOT)) {
			case "mg" -> quantity.getValue();
			case "g" -> quantity.getValue().multiply(BigDecimal.valueOf(1000));
			default -> null;
		};
	}

	/**
	 * Administrations a day from frequency per period, or a common timing code; null when
	 * not whole.
	 */
	static Integer timesPerDay(Timing timing) {
		if (timing.hasRepeat() && timing.getRepeat().hasPeriod()) {
			Timing.TimingRepeatComponent repeat = timing.getRepeat();
			BigDecimal frequency = BigDecimal.valueOf(repeat.hasFrequency() ? repeat.getFrequency() : 1);
			BigDecimal periodHours = hours(repeat.getPeriod(), repeat.getPeriodUnit());
			if (periodHours == null || periodHours.signum() <= 0) {
				return null;
			}
			BigDecimal perDay = frequency.multiply(BigDecimal.valueOf(24)).divide(periodHours, 6, RoundingMode.HALF_UP);
			return (perDay.stripTrailingZeros().scale() <= 0) ? perDay.intValueExact() : null;
		}
		if (timing.hasCode()) {
			for (var coding : timing.getCode().getCoding()) {
				Integer times = switch (String.valueOf(coding.getCode()).toUpperCase(Locale.ROOT)) {
					case "QD", "AM", "PM" -> 1;
					case "BID" -> 2;
					case "TID" -> 3;
					case "QID" -> 4;
					default -> null;
				};
				if (times != null) {
					return times;
				}
			}
		}
		return null;
	}

	private static BigDecimal hours(BigDecimal period, Timing.UnitsOfTime unit) {
		if (period == null || unit == null) {
			return null;
		}
		return switch (unit) {
			case H -> period;
			case D -> period.multiply(BigDecimal.valueOf(24));
			case MIN -> period.divide(BigDecimal.valueOf(60), 6, RoundingMode.HALF_UP);
			default -> null;
		};
	}

	/**
	 * Days from the timing's bounds (a duration in days or weeks, or a period with both
	 * ends); null if none.
	 */
	static Integer days(Timing timing) {
		if (!timing.hasRepeat() || !timing.getRepeat().hasBounds()) {
			return null;
		}
		Timing.TimingRepeatComponent repeat = timing.getRepeat();
		if (repeat.hasBoundsDuration()) {
			Quantity duration = repeat.getBoundsDuration();
			String unit = duration.hasCode() ? duration.getCode() : duration.getUnit();
			if (!duration.hasValue() || unit == null) {
				return null;
			}
			BigDecimal days = switch (unit.strip().toLowerCase(Locale.ROOT)) {
				case "d", "day", "days" -> duration.getValue();
				case "wk", "week", "weeks" -> duration.getValue().multiply(BigDecimal.valueOf(7));
				default -> null;
			};
			return (days != null && days.stripTrailingZeros().scale() <= 0
					&& days.compareTo(BigDecimal.valueOf(MAX_DAYS * 10L)) < 0) ? days.intValue() : null;
		}
		if (repeat.hasBoundsPeriod() && repeat.getBoundsPeriod().hasStart() && repeat.getBoundsPeriod().hasEnd()) {
			long days = ChronoUnit.DAYS.between(repeat.getBoundsPeriod().getStart().toInstant(),
					repeat.getBoundsPeriod().getEnd().toInstant()) + 1;
			return (days > 0 && days < MAX_DAYS * 10L) ? (int) days : null;
		}
		return null;
	}

}
