package org.baclofen.reference.fhir;

import org.hl7.fhir.r5.model.OperationOutcome.IssueType;
import org.springframework.http.HttpStatus;

/**
 * A FHIR request this server will not answer as asked, with the status and issue type of
 * the OperationOutcome that says why. The message may quote the request, so callers bound
 * what they quote with {@link #quoted(String)}.
 */
class FhirRequestException extends RuntimeException {

	private static final int MAX_QUOTED = 60;

	private final HttpStatus status;

	private final IssueType issueType;

	FhirRequestException(HttpStatus status, IssueType issueType, String message) {
		super(message);
		this.status = status;
		this.issueType = issueType;
	}

	static FhirRequestException badRequest(String message) {
		return new FhirRequestException(HttpStatus.BAD_REQUEST, IssueType.NOTSUPPORTED, message);
	}

	static FhirRequestException invalid(String message) {
		return new FhirRequestException(HttpStatus.BAD_REQUEST, IssueType.VALUE, message);
	}

	/**
	 * A value from the request as it may be shown: quoted, and cut to a bounded length.
	 */
	static String quoted(String value) {
		String shown = (value.length() > MAX_QUOTED) ? value.substring(0, MAX_QUOTED) + "…" : value;
		return "'" + shown + "'";
	}

	HttpStatus status() {
		return this.status;
	}

	IssueType issueType() {
		return this.issueType;
	}

}
