package org.baclofen.reference.cdshooks;

/**
 * A hook call this service cannot answer as sent, with the field at fault and what to
 * change; answered with 400.
 */
public class BadHookRequestException extends RuntimeException {

	private final String field;

	public BadHookRequestException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
