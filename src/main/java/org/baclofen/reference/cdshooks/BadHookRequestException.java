package org.baclofen.reference.cdshooks;

import org.baclofen.reference.system.RejectedFieldException;

/**
 * A hook call this service cannot answer as sent, with the field at fault and what to
 * change; answered with 400.
 */
public class BadHookRequestException extends RejectedFieldException {

	public BadHookRequestException(String field, String message) {
		super(field, message);
	}

}
