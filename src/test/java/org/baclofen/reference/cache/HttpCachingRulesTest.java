package org.baclofen.reference.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.baclofen.reference.audit.PublishedRevision;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The plain rules behind the page cache: validators, codings and which requests qualify
 * (conditional GETs are Spring's {@code checkNotModified}, tested through the filter in
 * {@link PageCacheTest}).
 */
class HttpCachingRulesTest {

	private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	private static final Instant SAVED = Instant.parse("2026-12-01T10:15:30.750Z");

	private static final Instant LATER = Instant.parse("2026-12-01T12:00:00Z");

	private static final PageVersion VERSION = new PageVersion(new PublishedRevision(7, 9, SAVED),
			LocalDate.of(2026, 12, 1), ZONE);

	@Test
	void validatorsComeFromTheRevisionAndTheDay() {
		assertThat(VERSION.etag()).isEqualTo("W/\"7-9-20261201\"");
		assertThat(VERSION.lastModified(LATER)).isEqualTo(Instant.parse("2026-12-01T10:15:30Z"));
		assertThat(VERSION.lastModified(Instant.parse("2026-12-01T09:00:00.500Z"))).as("never in the future")
			.isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
		PageVersion nextDay = new PageVersion(VERSION.revision(), LocalDate.of(2026, 12, 2), ZONE);
		assertThat(nextDay.etag()).isNotEqualTo(VERSION.etag());
		assertThat(nextDay.lastModified(LATER.plusSeconds(86400))).as("midnight in Paris")
			.isEqualTo(Instant.parse("2026-12-01T23:00:00Z"));
		assertThat(new PageVersion(new PublishedRevision(8, 9, SAVED), VERSION.day(), ZONE).etag())
			.as("a revision committed late under a lower number still changes the tag")
			.isNotEqualTo(VERSION.etag());
	}

	@Test
	void gzipOnlyWhenAcceptedWithAWeight() {
		assertThat(AcceptEncoding.gzip("gzip, deflate, br")).isTrue();
		assertThat(AcceptEncoding.gzip("br;q=1.0, GZIP;q=0.5")).isTrue();
		assertThat(AcceptEncoding.gzip("x-gzip")).isTrue();
		assertThat(AcceptEncoding.gzip("gzip;q=0")).isFalse();
		assertThat(AcceptEncoding.gzip("gzip;q=nonsense")).isFalse();
		assertThat(AcceptEncoding.gzip("br, identity")).isFalse();
		assertThat(AcceptEncoding.gzip(null)).isFalse();
	}

	@Test
	void onlyPublicGetsWithoutParametersOneRunnableSearchOrAShareableResultLinkQualify() {
		assertThat(PageKey.of(request("GET", "/dosing/oral", null))).contains("/dosing/oral");
		assertThat(PageKey.of(request("GET", "/", ""))).contains("/");
		assertThat(PageKey.of(request("GET", "/search", "q=%20intrathecal%20%20pump")))
			.contains("/search?q=intrathecal pump");
		assertThat(PageKey.of(request("GET", "/search", "q=x"))).as("too short: an error message").isEmpty();
		assertThat(PageKey.of(request("GET", "/search", "q=renal&page=2"))).isEmpty();
		assertThat(PageKey.of(request("GET", "/search", "q=renal&q=oral"))).isEmpty();
		assertThat(PageKey.of(request("GET", "/titration/plan", "start=2026-12-01&targetDailyMg=60")))
			.contains("/titration/plan?start=2026-12-01&targetDailyMg=60");
		assertThat(PageKey.of(request("GET", "/titration/plan", "targetDailyMg=60&start=2026-12-01")))
			.as("one key whatever the order")
			.contains("/titration/plan?start=2026-12-01&targetDailyMg=60");
		assertThat(PageKey.of(request("GET", "/titration/taper", "start=2026-12-01&currentDoseMg=20&timesPerDay=3")))
			.contains("/titration/taper?start=2026-12-01&currentDoseMg=20&timesPerDay=3");
		assertThat(PageKey.of(request("GET", "/titration/plan", "targetDailyMg=60&crclMlPerMin=45")))
			.as("kidney inputs are never in a shared page")
			.isEmpty();
		assertThat(PageKey.of(request("GET", "/titration/plan", "targetDailyMg=60&targetDailyMg=80"))).isEmpty();
		assertThat(PageKey.of(request("GET", "/titration/plan", "targetDailyMg=60000000000000000"))).as("17 characters")
			.isEmpty();
		assertThat(PageKey.of(request("GET", "/titration/plan", "targetDailyMg=6000000000000000"))).as("16 characters")
			.contains("/titration/plan?targetDailyMg=6000000000000000");
		assertThat(PageKey.of(request("GET", "/titration/plan.csv", "targetDailyMg=60"))).as("downloads").isEmpty();
		MockHttpServletRequest formParameters = request("GET", "/search", null);
		formParameters.addParameter("q", "x");
		assertThat(PageKey.of(formParameters)).as("parameters without a query string").isEmpty();
		assertThat(PageKey.of(request("HEAD", "/", null))).isEmpty();
		assertThat(PageKey.of(request("POST", "/check", null))).isEmpty();
		assertThat(PageKey.of(request("GET", "/dosing/oral;jsessionid=1", null))).isEmpty();
		for (String path : new String[] { "/admin", "/admin/indications", "/login", "/logout", "/api/titration/plan",
				"/actuator/health", "/assets/css/app.css", "/error" }) {
			assertThat(PageKey.of(request("GET", path, null))).as(path).isEmpty();
		}
	}

	private static MockHttpServletRequest request(String method, String path, String query) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.setQueryString(query);
		if (query != null && !query.isEmpty()) {
			for (String pair : query.split("&")) {
				String[] nameValue = pair.split("=", 2);
				request.addParameter(nameValue[0],
						java.net.URLDecoder.decode(nameValue[1], java.nio.charset.StandardCharsets.UTF_8));
			}
		}
		return request;
	}

}
