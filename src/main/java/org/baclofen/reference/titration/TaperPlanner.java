package org.baclofen.reference.titration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans a taper from the current dose to zero in steps of the protocol's interval, each a dose the tablets
 * can make. The reductions after the first step alone span the stored minimum, so the taper also checks
 * as OK when its first step is entered as the patient's current regimen.
 */
public final class TaperPlanner {

	private final TitrationRules rules;

	public TaperPlanner(TitrationRules rules) {
		this.rules = rules;
	}

	public List<PlanStep> taper(BigDecimal currentDoseMg, int timesPerDay, int taperDays) {
		if (currentDoseMg.signum() <= 0 || timesPerDay < 1) {
			throw new PlanRefusedException("currentDoseMg", "A taper needs a current dose above 0 mg, taken at least once a day.");
		}
		if (taperDays < this.rules.minTaperDays()) {
			throw new PlanRefusedException("taperDays", "A taper must last at least " + this.rules.minTaperDays()
					+ " days (the minimum this app's rules use); " + taperDays + " days is too short.");
		}
		int stepDays = this.rules.intervalDays();
		int reductions = ceilDiv(taperDays, stepDays) + 1;
		BigDecimal unit = this.rules.tablets().unit();
		List<PlanStep> steps = new ArrayList<>();
		for (int k = 1; k <= reductions; k++) {
			BigDecimal share = BigDecimal.valueOf(reductions - k + 1L)
				.divide(BigDecimal.valueOf(reductions + 1L), 6, java.math.RoundingMode.HALF_UP);
			BigDecimal dose = this.rules.tablets().roundDown(currentDoseMg.multiply(share)).max(unit).min(currentDoseMg);
			int last = steps.size() - 1;
			if (last >= 0 && steps.get(last).doseMg().compareTo(dose) == 0) {
				steps.set(last, new PlanStep(steps.get(last).days() + stepDays, dose, timesPerDay));
			}
			else {
				steps.add(new PlanStep(stepDays, dose, timesPerDay));
			}
		}
		steps.add(new PlanStep(1, BigDecimal.ZERO, 0));
		return List.copyOf(steps);
	}

	private static int ceilDiv(int dividend, int divisor) {
		return (dividend + divisor - 1) / divisor;
	}

}
