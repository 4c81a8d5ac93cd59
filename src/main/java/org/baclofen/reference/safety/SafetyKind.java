package org.baclofen.reference.safety;

/**
 * The section of the safety page an item belongs to, in the order the page shows them.
 */
public enum SafetyKind {

	CONTRAINDICATION, WARNING, PRECAUTION, PREGNANCY, LACTATION, OVERDOSE

}
