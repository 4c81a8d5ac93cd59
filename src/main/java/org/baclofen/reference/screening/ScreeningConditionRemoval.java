package org.baclofen.reference.screening;

/**
 * Published inside the publishing transaction just before a screening condition is
 * deleted, so that what only exists to point at it (the codes and names EHRs record it
 * under) goes with it, audited in the same revision, instead of blocking the deletion
 * with references no editor form can reach.
 *
 * @param condition the condition about to be deleted
 */
public record ScreeningConditionRemoval(ScreeningCondition condition) {
}
