package org.baclofen.reference.interaction;

public enum InteractantKind {

	DRUG_CLASS, DRUG, SUBSTANCE

}
