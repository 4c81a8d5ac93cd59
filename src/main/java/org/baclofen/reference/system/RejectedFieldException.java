package org.baclofen.reference.system;

/**
 * Input a tool refuses, with the field at fault and a message that says what to send
 * instead: a page shows it next to the field, a JSON API answers 400 with it as a
 * problem's {@code errors} entry.
 */
public class RejectedFieldException extends RuntimeException {

	private final String field;

	public RejectedFieldException(String field, String message) {
		super(message);
		this.field = field;
	}

	/** The input the refusal is about. */
	public String field() {
		return this.field;
	}

}
