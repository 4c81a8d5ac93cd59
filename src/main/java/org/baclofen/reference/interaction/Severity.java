package org.baclofen.reference.interaction;

/**
 * An interaction's rating on this reference's own scale, whose rubric is stored with the
 * severity levels. {@code UNKNOWN} is shown as "Not rated": the cited sources give no
 * basis for a rating, which does not mean the interaction is harmless.
 */
public enum Severity {

	MAJOR, MODERATE, MINOR, UNKNOWN

}
