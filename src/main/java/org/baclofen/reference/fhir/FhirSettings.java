package org.baclofen.reference.fhir;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The FHIR API's settings.
 *
 * @param canonicalBase where this reference's own code systems live: their canonical URLs
 * are this base + "/CodeSystem/" + id. Set it to the public address of the FHIR base (by
 * default the public base URL + "/fhir/r5"), so each canonical URL is also the address
 * the code system is served at.
 * @param maxPageSize the most resources one search page holds; a larger _count is lowered
 * to it
 */
@ConfigurationProperties("baclofen.fhir")
public record FhirSettings(URI canonicalBase, @DefaultValue("50") int maxPageSize) {

	public FhirSettings {
		if (canonicalBase == null || !canonicalBase.isAbsolute()) {
			throw new IllegalArgumentException("baclofen.fhir.canonical-base must be an absolute URL");
		}
		if (maxPageSize < 1) {
			throw new IllegalArgumentException("baclofen.fhir.max-page-size must be at least 1");
		}
	}

}
