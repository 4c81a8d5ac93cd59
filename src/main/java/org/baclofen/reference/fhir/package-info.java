/**
 * The FHIR R5 read API: the published content as MedicationKnowledge,
 * ClinicalUseDefinition and code systems, with capability statements.
 */
package org.baclofen.reference.fhir;
