package org.baclofen.reference.indication;

/**
 * Where a use stands against the US label: on it, off it, or advised against by it.
 */
public enum IndicationStatus {

	LABELED, OFF_LABEL, NOT_RECOMMENDED

}
