/**
 * Dosing: the /dosing pages and the rules behind the titration tools (dosage forms,
 * titration protocols, renal bands with the Cockcroft-Gault calculator, intrathecal
 * screening, titration and maintenance data, discontinuation guidance), each with its
 * admin.
 */
package org.baclofen.reference.dosing;
