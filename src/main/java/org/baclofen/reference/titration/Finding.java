package org.baclofen.reference.titration;

/**
 * One broken rule at one step (1-based), with a message a pharmacist can act on.
 */
public record Finding(int step, Rule rule, String message) {

	public Rule.Severity severity() {
		return this.rule.severity();
	}

}
