package org.baclofen.reference.screening;

import org.baclofen.reference.interaction.Interaction;

/**
 * One medicine from the patient's list found in one stored interaction: what was typed,
 * the stored name it matched (a member drug, a brand, or the interactant itself), and the
 * interaction.
 */
public record MedicationMatch(String input, String matchedName, Interaction interaction) {

}
