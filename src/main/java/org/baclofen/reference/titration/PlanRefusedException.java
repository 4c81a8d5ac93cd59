package org.baclofen.reference.titration;

/**
 * A plan the rules cannot produce (a target above the maximum, below the start, or not
 * makeable from the tablets), with a message that says what to ask for instead.
 */
public class PlanRefusedException extends RuntimeException {

	private final String field;

	public PlanRefusedException(String field, String message) {
		super(message);
		this.field = field;
	}

	/**
	 * The input the refusal is about, so forms and the API can put the message next to
	 * it.
	 */
	public String field() {
		return this.field;
	}

}
