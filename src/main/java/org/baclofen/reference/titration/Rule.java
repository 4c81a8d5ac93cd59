package org.baclofen.reference.titration;

/**
 * The rules a proposed plan is checked against, each with the severity of breaking it. An
 * information finding breaks no rule: it says why a step the rules allow looks unusual (a
 * taper step from above a ceiling, or above the maximum on the way down).
 */
public enum Rule {

	DAILY_CAP(Severity.ALERT), START_DOSE(Severity.CAUTION), STEP_SIZE(Severity.CAUTION),
	STEP_INTERVAL(Severity.CAUTION), FREQUENCY(Severity.CAUTION), ABRUPT_STOP(Severity.ALERT), RENAL(Severity.CAUTION),
	AGE(Severity.ALERT), TAPER_STEP(Severity.CAUTION), CEILING_STEP(Severity.INFO), TAPER_ABOVE_MAXIMUM(Severity.INFO);

	private final Severity severity;

	Rule(Severity severity) {
		this.severity = severity;
	}

	public Severity severity() {
		return this.severity;
	}

	public enum Severity {

		INFO, CAUTION, ALERT

	}

}
