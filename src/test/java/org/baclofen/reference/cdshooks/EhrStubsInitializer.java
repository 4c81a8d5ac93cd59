package org.baclofen.reference.cdshooks;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every test application at {@link EhrStubs}: RxNav, and two registered CDS
 * clients (one with a JWKS address, one with its keys inline), so that no test reaches
 * the network and every test context is configured alike (and shared). Registered in
 * src/test/resources/META-INF/spring.factories.
 */
public class EhrStubsInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		EhrStubs stubs = EhrStubs.get();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("ehrStubs",
					Map.of("baclofen.rxnorm.base-url", stubs.base() + "/rxnav/REST",
							"baclofen.cds-hooks.clients[0].issuer", EhrStubs.EHR_ISSUER,
							"baclofen.cds-hooks.clients[0].jwks-url", stubs.base() + "/jwks/ehr.json",
							"baclofen.cds-hooks.clients[0].fhir-servers[0]", stubs.fhirServer(),
							"baclofen.cds-hooks.clients[1].issuer", EhrStubs.SANDBOX_ISSUER,
							"baclofen.cds-hooks.clients[1].jwks", stubs.sandboxJwks(),
							"baclofen.cds-hooks.clients[1].fhir-servers[0]", "https://fhir.sandbox.test/r4")));
	}

}
