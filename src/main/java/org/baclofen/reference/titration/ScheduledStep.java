package org.baclofen.reference.titration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan step placed on the calendar: its days (1-based), its dates when the plan has a start date, and
 * the tablets that make each dose.
 */
public record ScheduledStep(int step, int fromDay, int toDay, LocalDate fromDate, LocalDate toDate,
		BigDecimal doseMg, int timesPerDay, BigDecimal dailyMg, List<TabletStrengths.TabletCount> tablets) {

	public int days() {
		return this.toDay - this.fromDay + 1;
	}

	/** The tablets for one dose, as a patient reads them: "1 × 10 mg tablet + ½ × 5 mg tablet". */
	public String tabletText() {
		return PlanExport.tablets(this);
	}

	public boolean isStopped() {
		return this.doseMg.signum() == 0;
	}

	/** Lays the steps end to end from day 1; dates are null when no start date is given. */
	public static List<ScheduledStep> schedule(List<PlanStep> steps, LocalDate start, TabletStrengths tablets) {
		List<ScheduledStep> scheduled = new ArrayList<>();
		int day = 1;
		for (int i = 0; i < steps.size(); i++) {
			PlanStep step = steps.get(i);
			int toDay = day + step.days() - 1;
			scheduled.add(new ScheduledStep(i + 1, day, toDay, (start == null) ? null : start.plusDays(day - 1L),
					(start == null) ? null : start.plusDays(toDay - 1L), step.doseMg(), step.timesPerDay(),
					step.dailyMg(), step.isStopped() ? List.of() : tablets.breakdown(step.doseMg())));
			day = toDay + 1;
		}
		return List.copyOf(scheduled);
	}

}
