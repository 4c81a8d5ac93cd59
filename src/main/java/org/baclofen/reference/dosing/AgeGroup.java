package org.baclofen.reference.dosing;

/**
 * Whom an intrathecal maintenance range describes: adults, or children under 12 years,
 * whose doses the sources report separately.
 */
public enum AgeGroup {

	ADULT, CHILD

}
