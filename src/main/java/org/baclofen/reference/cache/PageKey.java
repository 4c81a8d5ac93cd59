package org.baclofen.reference.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.baclofen.reference.search.SearchQuery;
import org.baclofen.reference.titration.PlanRequest;
import org.baclofen.reference.titration.TaperRequest;

/**
 * Which requests may be answered from the page cache, and under which key. Only GETs of
 * public pages without a query string qualify, plus searches whose only parameter is one
 * runnable query (keyed by the query as the search normalises it, so " renal " and
 * "renal" share one page; the page echoes the query as typed, so case is kept), and the
 * plans and tapers that a shareable link asks for: their page depends only on the link's
 * few short parameters (declared by their request types, {@link PlanRequest#LINK} and
 * {@link TaperRequest#LINK}), the published rules and today's date (all in the page's
 * version). Everything with other parameters (kidney inputs, which only travel in a
 * posted form, downloads), the editor, sign-in, APIs (FHIR included), actuator and assets
 * never is.
 * <p>
 * A result link's key is built from its parsed, decoded parameters, and the request must
 * say exactly that, in any order: every value is a short run of letters, digits, dots and
 * hyphens, which need no encoding, so a query with an encoded character (an encoded
 * {@code &} or {@code =} that would smuggle a second parameter into a value), a name in
 * another case, a repeated, empty or unknown parameter is rendered for its sender alone
 * and never stored under a genuine link's key.
 */
final class PageKey {

	static final String SEARCH = "/search";

	/**
	 * Paths never cached. FHIR answers are kept serialised per revision by the FHIR API
	 * itself, with its own validators: the page cache would only copy them once more.
	 */
	private static final List<String> NEVER_CACHED = List.of("/admin", "/login", "/logout", "/api/", "/fhir/",
			"/actuator", "/assets/", "/error");

	/** The parameters each shareable result page's link may carry. */
	private static final Map<String, List<String>> RESULT_PARAMETERS = Map.of(PlanRequest.LINK.path(),
			PlanRequest.LINK.parameterNames(), TaperRequest.LINK.path(), TaperRequest.LINK.parameterNames());

	/**
	 * What a link's value may be (a date, a dose, an id), at most 16 characters: nothing
	 * that needs encoding.
	 */
	private static final Pattern LINK_VALUE = Pattern.compile("[A-Za-z0-9.-]{1,16}");

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
		return resultKey(path, parameters, queryString);
	}

	private static Optional<String> resultKey(String path, Map<String, String[]> parameters, String queryString) {
		List<String> declared = RESULT_PARAMETERS.get(path);
		if (declared == null || queryString == null || !declared.containsAll(parameters.keySet())) {
			return Optional.empty();
		}
		List<String> canonical = new ArrayList<>();
		for (String name : declared) {
			String[] values = parameters.get(name);
			if (values == null) {
				continue;
			}
			if (values.length != 1 || !LINK_VALUE.matcher(values[0]).matches()) {
				return Optional.empty();
			}
			canonical.add(name + "=" + values[0]);
		}
		List<String> sent = new ArrayList<>(List.of(queryString.split("&", -1)));
		sent.sort(null);
		List<String> expected = new ArrayList<>(canonical);
		expected.sort(null);
		if (!sent.equals(expected)) {
			return Optional.empty();
		}
		return Optional.of(path + "?" + String.join("&", canonical));
	}

}
