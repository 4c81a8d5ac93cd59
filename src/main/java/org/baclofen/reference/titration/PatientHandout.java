package org.baclofen.reference.titration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.baclofen.reference.system.PlainNumbers;

/**
 * A schedule as a patient reads it: one row per day saying in words how much to take each
 * time and how many times that day, with a box to tick under each dose time, then what to
 * do after the last day. It holds no clinical reasoning (no kidney function, reductions,
 * rules or sources) and nothing about the patient: the name, prescriber and pharmacy
 * lines are left blank for pen.
 *
 * @param taper whether the schedule ends with stopping rather than with a dose to stay on
 * @param start the first day's date
 * @param doseTimes the columns to tick, in the order of the day: only those some day uses
 * @param days one row per day, day 1 first
 * @param keepTaking for a plan, the last day's dose, which the patient stays on; null for
 * a taper
 * @param sideEffects the common side effects in words a patient understands
 */
public record PatientHandout(boolean taper, LocalDate start, List<DoseTime> doseTimes, List<Day> days, Day keepTaking,
		List<String> sideEffects) {

	/**
	 * One day: its number and date, and either a dose ({@code amount} is what makes it,
	 * as the product's label counts it: tablets, packets or millilitres) taken at
	 * {@code times}, named in words by {@code when} ("morning, midday, evening"), or the
	 * stop.
	 */
	public record Day(int day, LocalDate date, BigDecimal doseMg, String amount, List<DoseTime> times, String when) {

		public boolean isStop() {
			return this.times.isEmpty();
		}

		public int doses() {
			return this.times.size();
		}

		/** "once a day", "twice a day", "3 times a day". */
		public String howOften() {
			return PlainNumbers.timesADay(doses());
		}

		public boolean takesAt(DoseTime time) {
			return this.times.contains(time);
		}

	}

	/**
	 * Lays the dated plan out day by day.
	 * @param timeNames each dose time in the reader's words ("morning")
	 */
	static PatientHandout of(TitrationService.DatedPlan plan, boolean taper, List<String> sideEffects,
			Function<DoseTime, String> timeNames) {
		List<Day> days = new ArrayList<>();
		Set<DoseTime> used = EnumSet.noneOf(DoseTime.class);
		for (ScheduledStep step : plan.steps()) {
			List<DoseTime> times = DoseTime.forDoses(step.isStopped() ? 0 : step.timesPerDay());
			String when = times.stream().map(timeNames).collect(Collectors.joining(", "));
			used.addAll(times);
			for (int day = step.fromDay(); day <= step.toDay(); day++) {
				days.add(new Day(day, step.fromDate().plusDays(day - (long) step.fromDay()), step.doseMg(),
						amount(step), times, when));
			}
		}
		Day last = days.get(days.size() - 1);
		return new PatientHandout(taper, plan.start(), List.copyOf(used), List.copyOf(days),
				(taper || last.isStop()) ? null : last, List.copyOf(sideEffects));
	}

	/**
	 * What makes one dose, as the product gives it; the schedule only holds doses the
	 * product can give.
	 */
	private static String amount(ScheduledStep step) {
		if (step.isStopped()) {
			return null;
		}
		if (step.perDose() == null) {
			throw new IllegalStateException("Step " + step.step() + " has a dose the product cannot give");
		}
		return step.perDose();
	}

}
