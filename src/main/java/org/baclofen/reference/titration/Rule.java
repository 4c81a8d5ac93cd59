package org.baclofen.reference.titration;

/**
 * The rules a proposed plan is checked against, each with the severity of breaking it.
 */
public enum Rule {

	DAILY_CAP(Severity.ALERT), START_DOSE(Severity.CAUTION), STEP_SIZE(Severity.CAUTION),
	STEP_INTERVAL(Severity.CAUTION), FREQUENCY(Severity.CAUTION), ABRUPT_STOP(Severity.ALERT), RENAL(Severity.CAUTION);

	private final Severity severity;

	Rule(Severity severity) {
		this.severity = severity;
	}

	public Severity severity() {
		return this.severity;
	}

	public enum Severity {

		CAUTION, ALERT

	}

}
