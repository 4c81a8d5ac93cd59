package org.baclofen.reference.titration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A schedule as a patient reads it: one row per day with what to take each time and a box
 * to tick for each dose, then what to do after the last day. It holds no clinical
 * reasoning (no kidney function, reductions, rules or sources) and nothing about the
 * patient: the name, prescriber and pharmacy lines are left blank for pen.
 *
 * @param taper whether the schedule ends with stopping rather than with a dose to stay on
 * @param start the first day's date
 * @param days one row per day, day 1 first
 * @param keepTaking for a plan, the last day's dose, which the patient stays on; null for
 * a taper
 * @param sideEffects the stored adverse effects worth a call, by name
 */
public record PatientHandout(boolean taper, LocalDate start, List<Day> days, Day keepTaking, List<String> sideEffects) {

	/**
	 * One day: its number and date, and either a dose ({@code amount} is what makes it,
	 * as the product's label counts it: tablets, packets or millilitres) taken
	 * {@code doses} times, or the stop.
	 */
	public record Day(int day, LocalDate date, BigDecimal doseMg, String amount, int doses) {

		public boolean isStop() {
			return this.doses == 0;
		}

	}

	/** Lays the dated plan out day by day. */
	static PatientHandout of(TitrationService.DatedPlan plan, boolean taper, List<String> sideEffects) {
		List<Day> days = new ArrayList<>();
		for (ScheduledStep step : plan.steps()) {
			for (int day = step.fromDay(); day <= step.toDay(); day++) {
				days.add(new Day(day, step.fromDate().plusDays(day - (long) step.fromDay()), step.doseMg(),
						amount(step), step.timesPerDay()));
			}
		}
		Day last = days.get(days.size() - 1);
		return new PatientHandout(taper, plan.start(), List.copyOf(days), (taper || last.isStop()) ? null : last,
				List.copyOf(sideEffects));
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
