package org.baclofen.reference.cache;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.baclofen.reference.search.SearchQuery;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which requests may be answered from the page cache, and under which key. Only GETs of public pages
 * without a query string qualify, plus searches whose only parameter is one runnable query (keyed by the
 * query as the search normalises it, so "  renal " and "renal" share one page; the page echoes the query
 * as typed, so case is kept). Everything with other
 * parameters (generated plans, downloads), the editor, sign-in, APIs, actuator and assets never does.
 */
final class PageKey {

	static final String SEARCH = "/search";

	private static final List<String> NEVER_CACHED = List.of("/admin", "/login", "/logout", "/api/", "/actuator",
			"/assets/", "/error");

	private PageKey() {
	}

	static Optional<String> of(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod())) {
			return Optional.empty();
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.indexOf(';') >= 0 || NEVER_CACHED.stream().anyMatch(path::startsWith)) {
			return Optional.empty();
		}
		Map<String, String[]> parameters = request.getParameterMap();
		String queryString = request.getQueryString();
		if (parameters.isEmpty() && (queryString == null || queryString.isEmpty())) {
			return Optional.of(path);
		}
		if (SEARCH.equals(path) && parameters.size() == 1 && parameters.containsKey("q")
				&& parameters.get("q").length == 1) {
			String query = SearchQuery.normalize(parameters.get("q")[0]);
			if (SearchQuery.problem(query) == null) {
				return Optional.of(SEARCH + "?q=" + query);
			}
		}
		return Optional.empty();
	}

}
