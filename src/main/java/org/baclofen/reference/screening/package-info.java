/**
 * The patient check (/check and its JSON API): matches a medication list and conditions
 * against interactions and safety items; stores nothing about the patient.
 */
package org.baclofen.reference.screening;
