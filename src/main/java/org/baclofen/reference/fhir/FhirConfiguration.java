package org.baclofen.reference.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FhirConfiguration {

	/**
	 * Expensive to build and thread-safe: one for the application (HAPI caches it per
	 * version anyway).
	 */
	@Bean
	FhirContext fhirContext() {
		return FhirContext.forR5Cached();
	}

}
