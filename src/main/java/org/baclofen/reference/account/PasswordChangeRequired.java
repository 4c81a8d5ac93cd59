package org.baclofen.reference.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A user signed in with a one-time password (one an admin handed over or the log printed)
 * is sent to the change form from every admin page until they have chosen their own. The
 * mark is an authority granted at sign-in, so checking it costs no query.
 */
@Configuration(proxyBeanMethods = false)
class PasswordChangeRequired implements WebMvcConfigurer {

	static final GrantedAuthority AUTHORITY = new SimpleGrantedAuthority("PASSWORD_CHANGE_REQUIRED");

	static final String CHANGE_FORM = "/admin/password";

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
					throws Exception {
				if (!required(SecurityContextHolder.getContext().getAuthentication())) {
					return true;
				}
				response.sendRedirect(request.getContextPath() + CHANGE_FORM);
				return false;
			}

		}).addPathPatterns("/admin", "/admin/**").excludePathPatterns(CHANGE_FORM);
	}

	static boolean required(Authentication authentication) {
		return authentication != null && authentication.getAuthorities().contains(AUTHORITY);
	}

}
