package org.baclofen.reference.cache;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataAccessException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Rethrows, before the handler runs, a failure the {@link PageCacheFilter} met while
 * reading the published revision, so MVC's exception handling answers it as it would
 * answer the page's own query failing.
 */
class UnreadableRevision implements HandlerInterceptor {

	static final String ATTRIBUTE = UnreadableRevision.class.getName();

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (request.getAttribute(ATTRIBUTE) instanceof DataAccessException failure) {
			throw failure;
		}
		return true;
	}

}
