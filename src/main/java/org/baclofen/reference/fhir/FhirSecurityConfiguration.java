package org.baclofen.reference.fhir;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The FHIR API's own security rules: public, read-only and cookie-free. POST
 * [type]/_search is a search with its parameters in the body, as FHIR defines it; it
 * changes nothing and answers only the caller, so it needs no CSRF token (which only
 * guards cookie-authenticated forms). No session is created or read, and the answers
 * carry a policy that lets them run no script when opened in a browser.
 */
@Configuration(proxyBeanMethods = false)
class FhirSecurityConfiguration {

	@Bean
	@Order(2)
	SecurityFilterChain fhirSecurityFilterChain(HttpSecurity http) throws Exception {
		return http.securityMatcher("/fhir/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.securityContext((context) -> context.disable())
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
			.build();
	}

}
