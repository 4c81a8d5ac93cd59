package org.baclofen.reference.system;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The reference pages are public; content editing under /admin needs the EDITOR, REVIEWER
 * or ADMIN role, the review queue (approving other people's drafts) the REVIEWER or ADMIN
 * role, and account management and publishing without a second review the ADMIN role.
 * Every response carries a strict Content-Security-Policy: our own stylesheet and scripts
 * only, no inline script or style. The JSON APIs under /api are stateless, accept only
 * JSON and write nothing, so CSRF protection (which guards cookie-authenticated form
 * posts) does not apply there; the same holds for the CDS Hooks service under
 * /cds-services, which EHRs call server to server. HSTS is sent on HTTPS requests only;
 * behind a proxy, a request counts as HTTPS when a trusted proxy says so
 * (server.forward-headers-strategy and server.tomcat.remoteip.internal-proxies in
 * application.properties).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * Posts that compute an answer and store nothing: see the CSRF note in the filter
	 * chain.
	 */
	static final String[] STATELESS_FORMS = { "/api/**", "/cds-services/**", "/dosing/renal", "/check",
			"/titration/check", "/titration/plan", "/titration/plan.csv", "/titration/plan.ics",
			"/titration/plan/handout", "/titration/plan/handout.pdf", "/titration/taper", "/titration/taper.csv",
			"/titration/taper.ics", "/titration/taper/handout", "/titration/taper/handout.pdf" };

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry,
			AuthenticationFailureHandler loginFailureHandler) throws Exception {
		return http
			.authorizeHttpRequests(
					(requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
						.permitAll()
						.requestMatchers("/actuator/**")
						.denyAll()
						.requestMatchers("/admin/accounts", "/admin/accounts/**", "/admin/cds-feedback")
						.hasRole("ADMIN")
						.requestMatchers("/admin/review/*/publish-without-review")
						.hasRole("ADMIN")
						.requestMatchers("/admin/review", "/admin/review/**")
						.hasAnyRole("REVIEWER", "ADMIN")
						.requestMatchers("/admin", "/admin/**")
						.hasAnyRole("EDITOR", "REVIEWER", "ADMIN")
						.anyRequest()
						.permitAll())
			.formLogin((login) -> login.loginPage("/login")
				.successHandler(signedIn())
				.failureHandler(loginFailureHandler)
				.permitAll())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(signInFirst()))
			// An anonymous visit to /admin remembers where it was going in a cookie, not
			// a server session: no
			// visitor gets a session before signing in.
			.requestCache((cache) -> cache.requestCache(new CookieRequestCache()))
			.logout((logout) -> logout.logoutSuccessUrl("/login?signedOut").permitAll())
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId())
				// Registered so that disabling an account, changing its role or resetting
				// its password can end
				// the sessions it already has (see AccountAdministration).
				.maximumSessions(-1)
				.sessionRegistry(sessionRegistry)
				.expiredUrl("/login?expired"))
			// The public tools (the renal calculator, the medication check, the plan
			// check, the planner and its
			// downloads and handouts) only compute: they store nothing, change nothing
			// and answer only the browser
			// that posted, so a forged post gains an attacker nothing. Without a token
			// their pages are the same for
			// every reader and can be served from the page cache. Sign-in, sign-out,
			// admin and account forms keep
			// their tokens.
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokenCookie()).ignoringRequestMatchers(STATELESS_FORMS))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
			.build();
	}

	/**
	 * CSRF tokens live in a cookie (HttpOnly, SameSite=Lax, Secure over HTTPS) rather
	 * than in a server session, so the sign-in form creates no session: only signing in
	 * does. Each protected form posts the token in a hidden field, which must match the
	 * cookie.
	 */
	private static CookieCsrfTokenRepository csrfTokenCookie() {
		CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
		repository.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
		return repository;
	}

	/**
	 * Redirects to /login by path only, so a forged Host header cannot send the visitor
	 * elsewhere.
	 */
	private static LoginUrlAuthenticationEntryPoint signInFirst() {
		LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
		entryPoint.setFavorRelativeUris(true);
		return entryPoint;
	}

	/**
	 * After sign-in: back to the admin page the editor was sent from, else /admin. The
	 * address remembered was built from the request's Host header (and comes back in a
	 * cookie), so only its path and query are followed.
	 */
	private static SavedRequestAwareAuthenticationSuccessHandler signedIn() {
		SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler();
		handler.setDefaultTargetUrl("/admin");
		handler.setRequestCache(new CookieRequestCache());
		DefaultRedirectStrategy sameSite = new DefaultRedirectStrategy();
		handler.setRedirectStrategy((request, response, url) -> sameSite.sendRedirect(request, response, pathOf(url)));
		return handler;
	}

	static String pathOf(String url) {
		UriComponents uri;
		try {
			uri = UriComponentsBuilder.fromUriString(url).build();
		}
		catch (IllegalArgumentException unreadable) {
			return "/admin";
		}
		String path = uri.getPath();
		if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) {
			path = "/admin";
		}
		return (uri.getQuery() == null) ? path : path + "?" + uri.getQuery();
	}

	/**
	 * The sessions themselves, kept in the database by Spring Session, so that every
	 * instance sees every signed-in user and an account change ends its sessions wherever
	 * they were started.
	 */
	@Bean
	<S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
		return new SpringSessionBackedSessionRegistry<>(sessions);
	}

	/**
	 * A request the firewall refuses (a doubled or encoded slash, a path that climbs out
	 * of itself) gets the refused-request page with the security headers, like every
	 * other answer; Spring Security's default sends a bare 400 that Boot answers without
	 * them.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return (request, response, rejected) -> {
			log.debug("Firewall refused a request: {}", RequestFailureAdvice.loggable(rejected.getMessage()));
			RefusedRequestPage.send(request, response, HttpServletResponse.SC_BAD_REQUEST);
		};
	}

	/** BCrypt today, and still able to verify hashes if the default encoder changes. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
