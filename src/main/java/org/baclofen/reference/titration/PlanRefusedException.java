package org.baclofen.reference.titration;

import org.baclofen.reference.system.RejectedFieldException;

/**
 * A plan the rules cannot produce (a target above the maximum, below the start, or not
 * makeable from the tablets), with a message that says what to ask for instead.
 */
public class PlanRefusedException extends RejectedFieldException {

	public PlanRefusedException(String field, String message) {
		super(field, message);
	}

}
