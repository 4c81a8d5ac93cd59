package org.baclofen.reference.cdshooks;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The CDS Hooks service's own security rules. EHRs call it server to server or from the
 * browser (the CDS Hooks sandbox, browser-based EHRs), so discovery, the services and
 * feedback answer CORS preflights; they are authenticated by a bearer token, never a
 * cookie, so any origin may call by default and no CSRF token applies. A bearer JWT is
 * verified by {@link CdsClientAuthentication}; a request without one is still answered,
 * from its own prefetch only.
 */
@Configuration(proxyBeanMethods = false)
class CdsHooksSecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain cdsHooksSecurityFilterChain(HttpSecurity http, CdsHooksSettings settings,
			CdsClientAuthentication clients) throws Exception {
		return http.securityMatcher("/cds-services", "/cds-services/**")
			.cors((cors) -> cors.configurationSource(cors(settings)))
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.oauth2ResourceServer((resourceServer) -> resourceServer.authenticationManagerResolver(clients))
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
			.build();
	}

	private static UrlBasedCorsConfigurationSource cors(CdsHooksSettings settings) {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOriginPatterns(settings.allowedOrigins());
		cors.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
		cors.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT));
		cors.setAllowCredentials(false);
		cors.setMaxAge(3600L);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/cds-services", cors);
		source.registerCorsConfiguration("/cds-services/**", cors);
		return source;
	}

}
