package org.baclofen.reference.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

@Configuration(proxyBeanMethods = false)
class LoginConfiguration {

	/**
	 * Back to the sign-in page with one of two messages: failed (the same for a wrong
	 * password, an unknown username or a disabled account) or too many attempts, with the
	 * wait. Nothing is stored in a session.
	 */
	@Bean
	AuthenticationFailureHandler loginFailureHandler() {
		RedirectStrategy redirect = new DefaultRedirectStrategy();
		return (request, response, failure) -> redirect.sendRedirect(request, response,
				(failure instanceof TooManyLoginAttemptsException tooMany)
						? "/login?retryIn=" + tooMany.retryAfterMinutes() : "/login?error");
	}

}
