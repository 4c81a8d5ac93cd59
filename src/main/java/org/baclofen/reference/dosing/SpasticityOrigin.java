package org.baclofen.reference.dosing;

/**
 * Where the spasticity arises; intrathecal titration steps differ between the two.
 */
public enum SpasticityOrigin {

	SPINAL, CEREBRAL

}
