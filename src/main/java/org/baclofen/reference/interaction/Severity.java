package org.baclofen.reference.interaction;

/**
 * An interaction's severity on the Major/Moderate/Minor/Unknown scale. {@code UNKNOWN} means no source
 * we read rates it; it does not mean the interaction is harmless.
 */
public enum Severity {

	MAJOR, MODERATE, MINOR, UNKNOWN

}
