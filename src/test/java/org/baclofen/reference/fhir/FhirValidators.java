package org.baclofen.reference.fhir;

import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r5.model.CodeSystem;

/**
 * One HAPI FhirValidator with the R5 core definitions for all tests: it takes tens of
 * seconds and a few hundred MB to start. Its support chain is built from local parts only
 * (core profiles, in-memory terminology, the common code systems, snapshots, and this
 * server's own code systems), so validation never calls a terminology server.
 */
final class FhirValidators {

	private static FhirValidator validator;

	private FhirValidators() {
	}

	static synchronized FhirValidator r5(List<CodeSystem> ownCodeSystems) {
		if (validator == null) {
			FhirContext fhir = FhirContext.forR5Cached();
			PrePopulatedValidationSupport own = new PrePopulatedValidationSupport(fhir);
			ownCodeSystems.forEach(own::addCodeSystem);
			ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(fhir),
					new CommonCodeSystemsTerminologyService(fhir), new InMemoryTerminologyServerValidationSupport(fhir),
					new SnapshotGeneratingValidationSupport(fhir), own);
			FhirInstanceValidator module = new FhirInstanceValidator(chain);
			validator = fhir.newValidator().registerValidatorModule(module);
		}
		return validator;
	}

}
