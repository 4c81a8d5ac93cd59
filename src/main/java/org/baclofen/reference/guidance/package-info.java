/**
 * Guidance notes: short sourced notes shown in sections of the pharmacology and dosing
 * pages, with their admin.
 */
package org.baclofen.reference.guidance;
