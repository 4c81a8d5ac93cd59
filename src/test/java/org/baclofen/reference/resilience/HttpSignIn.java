package org.baclofen.reference.resilience;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser's sign-in over real HTTP: its own cookies, the CSRF token from the sign-in
 * page, then the post. Split in two steps so many sign-ins can be prepared first and
 * posted at the same moment.
 */
final class HttpSignIn {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String baseUrl;

	private final HttpClient client;

	private final String csrfToken;

	private HttpSignIn(String baseUrl, HttpClient client, String csrfToken) {
		this.baseUrl = baseUrl;
		this.client = client;
		this.csrfToken = csrfToken;
	}

	/** Opens the sign-in page, as a browser would before posting. */
	static HttpSignIn open(String baseUrl) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		String page = client
			.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher token = CSRF.matcher(page);
		if (!token.find()) {
			throw new IllegalStateException("The sign-in page has no CSRF token");
		}
		return new HttpSignIn(baseUrl, client, token.group(1));
	}

	/**
	 * @return where the answer sends the browser ("/admin" when signed in), or the status
	 * when it is no redirect
	 */
	String post(String username, String password) throws IOException, InterruptedException {
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
				+ encode(this.csrfToken);
		HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(URI.create(this.baseUrl + "/login"))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		return response.headers()
			.firstValue("Location")
			.map((location) -> location.replace(this.baseUrl, ""))
			.orElse("status " + response.statusCode());
	}

	/** The client, signed in or not, for further requests with the same cookies. */
	HttpClient client() {
		return this.client;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
