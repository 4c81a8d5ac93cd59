package org.baclofen.reference.cache;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.baclofen.reference.search.SearchQuery;

/**
 * Which requests may be answered from the page cache, and under which key. Only GETs of
 * public pages without a query string qualify, plus searches whose only parameter is one
 * runnable query (keyed by the query as the search normalises it, so " renal " and
 * "renal" share one page; the page echoes the query as typed, so case is kept), and the
 * plans and tapers that a shareable link asks for: their page depends only on the link's
 * few short parameters, the published rules and today's date (all in the page's version),
 * so they are keyed by those parameters in a fixed order. Everything with other
 * parameters (kidney inputs, which only travel in a posted form, downloads), the editor,
 * sign-in, APIs (FHIR included), actuator and assets never is.
 */
final class PageKey {

	static final String SEARCH = "/search";

	/**
	 * Paths never cached. FHIR answers are kept serialised per revision by the FHIR API
	 * itself, with its own validators: the page cache would only copy them once more.
	 */
	private static final List<String> NEVER_CACHED = List.of("/admin", "/login", "/logout", "/api/", "/fhir/",
			"/actuator", "/assets/", "/error");

	/**
	 * The parameters a shareable result link may carry, per result page; any other
	 * parameter means no cache.
	 */
	private static final Map<String, List<String>> RESULT_PARAMETERS = Map.of("/titration/plan",
			List.of("product", "start", "targetDailyMg"), "/titration/taper",
			List.of("currentDoseMg", "product", "start", "taperDays", "timesPerDay"));

	/**
	 * Longer values are not what the forms send (a date, a dose, an id): such requests
	 * are not worth keeping.
	 */
	private static final int MAX_VALUE_LENGTH = 16;

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
		return resultKey(path, parameters);
	}

	private static Optional<String> resultKey(String path, Map<String, String[]> parameters) {
		List<String> allowed = RESULT_PARAMETERS.get(path);
		if (allowed == null || !allowed.containsAll(parameters.keySet())) {
			return Optional.empty();
		}
		StringBuilder key = new StringBuilder(path).append('?');
		for (String name : allowed) {
			String[] values = parameters.get(name);
			if (values == null) {
				continue;
			}
			if (values.length != 1 || values[0].length() > MAX_VALUE_LENGTH) {
				return Optional.empty();
			}
			key.append(name).append('=').append(values[0]).append('&');
		}
		return Optional.of(key.toString());
	}

}
