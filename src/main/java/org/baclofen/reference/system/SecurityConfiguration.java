package org.baclofen.reference.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The reference pages are public; content editing under /admin needs the EDITOR or ADMIN role, and account
 * management the ADMIN role. Every response carries a strict Content-Security-Policy: our own stylesheet
 * and scripts only, no inline script or style. The JSON APIs under /api are stateless, accept only JSON and
 * write nothing, so CSRF protection (which guards cookie-authenticated form posts) does not apply there;
 * the same holds for the CDS Hooks service under /cds-services, which EHRs call server to server.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry,
			AuthenticationFailureHandler loginFailureHandler) throws Exception {
		return http
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
				.requestMatchers("/actuator/**").denyAll()
				.requestMatchers("/admin/accounts", "/admin/accounts/**").hasRole("ADMIN")
				.requestMatchers("/admin", "/admin/**").hasAnyRole("EDITOR", "ADMIN")
				.anyRequest().permitAll())
			.formLogin((login) -> login.loginPage("/login")
				.defaultSuccessUrl("/admin", false)
				.failureHandler(loginFailureHandler)
				.permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?signedOut").permitAll())
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId())
				// Registered so that disabling an account, changing its role or resetting its password can end
				// the sessions it already has (see AccountAdministration).
				.maximumSessions(-1)
				.sessionRegistry(sessionRegistry)
				.expiredUrl("/login?expired"))
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/api/**", "/cds-services/**"))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
			.build();
	}

	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	/** Tells the session registry when sessions end, so it does not keep them forever. */
	@Bean
	HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	/** BCrypt today, and still able to verify hashes if the default encoder changes. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
