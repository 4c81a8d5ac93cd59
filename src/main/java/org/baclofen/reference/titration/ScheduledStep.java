package org.baclofen.reference.titration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A plan step placed on the calendar, as pages, downloads and the JSON API all show it:
 * its days (1-based), its dates when the plan has a start date, and what makes each dose
 * of the chosen product (tablets or packets, or millilitres of a liquid). A checked plan
 * has days but no dates and no product, so those stay null (and out of the JSON).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScheduledStep(int step, int fromDay, int toDay, LocalDate fromDate, LocalDate toDate, BigDecimal doseMg,
		int timesPerDay, BigDecimal dailyMg, String perDose, BigDecimal volumeMlPerDose) {

	public int days() {
		return this.toDay - this.fromDay + 1;
	}

	@JsonIgnore
	public boolean isStopped() {
		return this.doseMg.signum() == 0;
	}

	/**
	 * Lays the steps end to end from day 1; dates are null when no start date is given.
	 */
	public static List<ScheduledStep> schedule(List<PlanStep> steps, LocalDate start, OralProduct product) {
		List<ScheduledStep> scheduled = new ArrayList<>();
		int day = 1;
		for (int i = 0; i < steps.size(); i++) {
			PlanStep step = steps.get(i);
			int toDay = day + step.days() - 1;
			boolean given = !step.isStopped() && product != null && product.canMake(step.doseMg());
			scheduled.add(new ScheduledStep(i + 1, day, toDay, (start == null) ? null : start.plusDays(day - 1L),
					(start == null) ? null : start.plusDays(toDay - 1L), step.doseMg(), step.timesPerDay(),
					step.dailyMg(), given ? product.perDose(step.doseMg()) : null,
					given ? product.volumeMl(step.doseMg()) : null));
			day = toDay + 1;
		}
		return List.copyOf(scheduled);
	}

}
