package org.baclofen.reference.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baclofen.reference.editor.SecondReviewer.approvePending;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import org.baclofen.reference.ReferenceAppTest;
import org.baclofen.reference.editor.DraftQueue;
import org.baclofen.reference.editor.Publishing;
import org.baclofen.reference.indication.Indication;
import org.baclofen.reference.indication.IndicationEdits;
import org.baclofen.reference.indication.IndicationRepository;
import org.baclofen.reference.system.StatementCounter;
import org.baclofen.reference.titration.PlanRequest;
import org.baclofen.reference.titration.TaperRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Public pages are rendered once per published content revision and served from the cache
 * with HTTP validators; signed-in users, forms with a CSRF token and errors are never
 * cached. Not transactional: only committed changes are published.
 */
@ReferenceAppTest
class PageCacheTest {

	private static final String FIBROMYALGIA = "/indications/fibromyalgia";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DraftQueue queue;

	@Autowired
	private Publishing publishing;

	@Autowired
	private IndicationRepository indications;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aCachedPageCostsOnlyTheRevisionQueryAndCarriesValidators() throws Exception {
		MockHttpServletResponse first = perform(get("/interactions"));
		MockHttpServletResponse second = perform(get("/interactions"));

		assertThat(StatementCounter.count()).as("statements for a cached page").isEqualTo(1);
		assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString()).contains("Opioids");
		assertThat(second.getHeader("ETag")).isEqualTo(first.getHeader("ETag")).matches("W/\"\\d+-\\d+-\\d{8}\"");
		assertThat(second.getHeader("Last-Modified")).isNotBlank();
		assertThat(second.getHeader("Cache-Control")).isEqualTo(PageCacheFilter.CACHE_CONTROL);
		assertThat(second.getHeader("Vary")).isEqualTo("Accept-Encoding");
		assertThat(second.getHeader("Content-Security-Policy")).as("security headers on a cached page")
			.contains("script-src 'self'");
		assertThat(second.getContentType()).isEqualTo("text/html;charset=UTF-8");
	}

	@Test
	void aMatchingEtagIsAnswered304WithoutRendering() throws Exception {
		String etag = perform(get("/sources")).getHeader("ETag");

		MockHttpServletResponse notModified = perform(get("/sources").header("If-None-Match", "\"other\", " + etag));

		assertThat(notModified.getStatus()).isEqualTo(304);
		assertThat(notModified.getContentAsByteArray()).isEmpty();
		assertThat(notModified.getHeader("ETag")).isEqualTo(etag);
		assertThat(StatementCounter.count()).as("only the revision query, no rendering").isEqualTo(1);
		assertThat(perform(get("/sources").header("If-None-Match", "W/\"0-0-20000101\"")).getStatus()).isEqualTo(200);
	}

	/**
	 * If-None-Match compares weakly, any of a list, and when sent it decides alone
	 * (If-Modified-Since is then ignored).
	 */
	@Test
	void ifNoneMatchDecidesWithAWeakComparison() throws Exception {
		MockHttpServletResponse page = perform(get("/sources"));
		String etag = page.getHeader("ETag");
		String strong = etag.substring(2);

		assertThat(perform(get("/sources").header("If-None-Match", strong)).getStatus()).isEqualTo(304);
		assertThat(perform(get("/sources").header("If-None-Match", "W/\"0-0-20000101\"")
			.header("If-Modified-Since", page.getHeader("Last-Modified"))).getStatus())
			.as("If-None-Match wins over If-Modified-Since")
			.isEqualTo(200);
	}

	/**
	 * A validator is answered 304 only for a page that exists: a missing page or download
	 * gets its 404 whatever the tag, as its 200 would have been looked up.
	 */
	@Test
	void aMatchingEtagForAMissingPageOrDownloadIsStillA404() throws Exception {
		String etag = perform(get("/sources")).getHeader("ETag");

		for (String missing : List.of("/indications/no-such-use", "/no-such-page", "/titration/plan.pdf",
				"/sources/no-such-source.csv")) {
			MockHttpServletResponse answer = perform(get(missing).header("If-None-Match", etag));
			assertThat(answer.getStatus()).as(missing).isEqualTo(404);
			assertThat(answer.getHeader("ETag")).as(missing).isNull();
			long lastModified = perform(get("/sources")).getDateHeader("Last-Modified");
			assertThat(perform(get(missing).headers(ifModifiedSince(lastModified + 2000))).getStatus()).as(missing)
				.isEqualTo(404);
		}
	}

	/**
	 * Last-Modified is never in the future, so while the newest revision carries a later
	 * stamp (the migrations stamp theirs) it is the time of the answer; a date a little
	 * after it is still valid then.
	 */
	@Test
	void ifModifiedSinceAtOrAfterLastModifiedIsAnswered304() throws Exception {
		long lastModified = perform(get("/dosing/oral")).getDateHeader("Last-Modified");

		MockHttpServletResponse notModified = perform(
				get("/dosing/oral").headers(ifModifiedSince(lastModified + 2000)));
		assertThat(notModified.getStatus()).isEqualTo(304);
		assertThat(StatementCounter.count()).isEqualTo(1);

		assertThat(perform(get("/dosing/oral").headers(ifModifiedSince(lastModified - 1000))).getStatus())
			.isEqualTo(200);
	}

	private static HttpHeaders ifModifiedSince(long millis) {
		HttpHeaders headers = new HttpHeaders();
		headers.setIfModifiedSince(millis);
		return headers;
	}

	@Test
	void gzipIsServedWhenAcceptedAndHoldsTheSamePage() throws Exception {
		MockHttpServletResponse plain = perform(get("/"));
		MockHttpServletResponse gzipped = perform(get("/").header("Accept-Encoding", "br;q=1.0, gzip;q=0.8"));

		assertThat(gzipped.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(gzipped.getContentLength()).isEqualTo(gzipped.getContentAsByteArray().length)
			.isLessThan(plain.getContentAsByteArray().length / 3);
		assertThat(gunzip(gzipped.getContentAsByteArray())).isEqualTo(plain.getContentAsString());
		assertThat(perform(get("/").header("Accept-Encoding", "gzip;q=0, identity")).getHeader("Content-Encoding"))
			.isNull();
	}

	@Test
	void aPublishedChangeIsServedOnTheVeryNextRequest() throws Exception {
		Indication before = this.indications.findBySlug("fibromyalgia").orElseThrow();
		String etagBefore = perform(get(FIBROMYALGIA)).getHeader("ETag");
		assertThat(perform(get(FIBROMYALGIA)).getContentAsString()).contains(before.getSummary());
		try {
			this.mvc.perform(edit(before, "A summary published through the editor."))
				.andExpect(status().is3xxRedirection());
			approvePending(this.queue, this.publishing);

			MockHttpServletResponse after = perform(get(FIBROMYALGIA).header("If-None-Match", etagBefore));
			assertThat(after.getStatus()).isEqualTo(200);
			assertThat(after.getContentAsString()).contains("A summary published through the editor.")
				.doesNotContain(before.getSummary());
			assertThat(after.getHeader("ETag")).isNotEqualTo(etagBefore);
		}
		finally {
			this.mvc.perform(edit(this.indications.findBySlug("fibromyalgia").orElseThrow(), before.getSummary()))
				.andExpect(status().is3xxRedirection());
			approvePending(this.queue, this.publishing);
		}
		assertThat(perform(get(FIBROMYALGIA)).getContentAsString()).contains(before.getSummary());
	}

	@Test
	void signedInUsersNeverGetNorLeaveACachedPage() throws Exception {
		MockHttpServletResponse signedIn = perform(get("/safety").with(user("editor1").roles("EDITOR")));
		assertThat(signedIn.getContentAsString()).contains("Signed in as editor1");
		assertThat(signedIn.getHeader("ETag")).isNull();
		assertThat(signedIn.getHeader("Cache-Control")).contains("no-store");

		MockHttpServletResponse anonymous = perform(get("/safety"));
		assertThat(anonymous.getContentAsString()).doesNotContain("Signed in as");
		assertThat(anonymous.getHeader("ETag")).isNotNull();

		MockHttpServletResponse signedInAgain = perform(get("/safety").with(user("editor1").roles("EDITOR"))
			.header("If-None-Match", anonymous.getHeader("ETag")));
		assertThat(signedInAgain.getStatus()).isEqualTo(200);
		assertThat(signedInAgain.getContentAsString()).contains("Signed in as editor1");
		assertThat(StatementCounter.count()).as("rendered, not served from the cache").isGreaterThan(1);
	}

	/**
	 * The tool forms store nothing and carry no CSRF token, so they are shared; the
	 * sign-in form never is.
	 */
	@Test
	void theToolFormsAreCachedButAFormWithACsrfTokenNeverIs() throws Exception {
		for (String form : List.of("/check", "/titration/check", "/titration/plan", "/titration/taper")) {
			perform(get(form));
			StatementCounter.reset();
			MockHttpServletResponse again = perform(get(form));
			assertThat(again.getContentAsString()).as(form).doesNotContain("_csrf");
			assertThat(again.getHeader("ETag")).as(form).isNotNull();
			assertThat(StatementCounter.count()).as("served from the cache: " + form).isEqualTo(1);
		}
		MockHttpServletResponse login = perform(get("/login"));
		assertThat(login.getContentAsString()).contains("name=\"_csrf\"");
		assertThat(login.getHeader("ETag")).isNull();
		assertThat(login.getHeader("Cache-Control")).contains("no-store");
	}

	@Test
	void errorsAndPagesWithOtherParametersAreNeverCached() throws Exception {
		for (String path : List.of("/indications/no-such-use", "/titration/plan?targetDailyMg=60&crclMlPerMin=45")) {
			perform(get(path));
			MockHttpServletResponse again = perform(get(path));
			// Every answer from the page cache carries its ETag. (The statement count
			// says
			// nothing here: a plan is computed from rules kept per revision.)
			assertThat(again.getHeader("ETag")).as("%s rendered again", path).isNull();
		}
		assertThat(perform(get("/search?q=renal&page=2")).getHeader("ETag")).isNull();
	}

	@Test
	void aShareableResultLinkIsRenderedOncePerVersion() throws Exception {
		MockHttpServletResponse first = perform(get("/titration/plan?start=2026-12-01&targetDailyMg=60"));
		MockHttpServletResponse second = perform(get("/titration/plan?targetDailyMg=60&start=2026-12-01"));

		assertThat(StatementCounter.count()).as("the second, in another order, from the cache").isEqualTo(1);
		assertThat(second.getHeader("ETag")).isNotNull();
		assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString()).contains("60 mg");
	}

	/**
	 * Cache poisoning: a variant of a genuine shareable link, sent first, must never be
	 * stored under the genuine link's key. Every variant (an encoded {@code &} and
	 * {@code =} that smuggle a parameter into another's value, a name in another case, a
	 * repeated, empty or extra parameter, an encoded ordinary character) is rendered for
	 * its sender alone, and the genuine link, asked for next, is its own page with its
	 * own link.
	 */
	@Test
	void variantsOfAResultLinkAreRenderedUncachedAndNeverStoredUnderTheGenuineKey() throws Exception {
		// A start date no other test asks for, so no genuine page is stored yet.
		String start = LocalDate.now().plusDays(1 + new Random().nextInt(700)).toString();
		Map<String, List<String[]>> links = Map.of(
				PlanRequest.LINK.path(), List.of(new String[] { "start", start },
						new String[] { "targetDailyMg", "60" }, new String[] { "product", "4" }),
				TaperRequest.LINK.path(),
				List.of(new String[] { "start", start }, new String[] { "currentDoseMg", "30" },
						new String[] { "timesPerDay", "3" }, new String[] { "taperDays", "21" },
						new String[] { "product", "4" }));
		assertThat(links.keySet()).as("every cacheable result link")
			.containsExactlyInAnyOrderElementsOf(List.of(PlanRequest.LINK.path(), TaperRequest.LINK.path()));
		for (Map.Entry<String, List<String[]>> link : links.entrySet()) {
			String genuine = link.getKey() + "?" + query(link.getValue());
			for (String variant : variants(link.getKey(), link.getValue())) {
				perform(get(URI.create(variant)));
				MockHttpServletResponse again = perform(get(URI.create(variant)));
				// Every answer from the page cache carries its ETag; a statement count
				// would not
				// tell, since a plan is computed from rules kept per revision.
				assertThat(again.getHeader("ETag")).as("not stored, rendered again: %s", variant).isNull();
			}
			MockHttpServletResponse page = perform(get(URI.create(genuine)));
			assertThat(page.getHeader("ETag")).as(genuine).isNotNull();
			assertThat(page.getContentAsString()).as("the genuine page, with its own link")
				.contains("href=\"" + genuine.replace("&", "&amp;") + "\"");
		}
	}

	/** The variants of a link an attacker might send first (see the test above). */
	private static List<String> variants(String path, List<String[]> parameters) {
		List<String> variants = new ArrayList<>();
		List<String[]> alphabetical = new ArrayList<>(parameters);
		alphabetical.sort(Comparator.comparing((String[] parameter) -> parameter[0]));
		for (List<String[]> order : List.of(parameters, alphabetical)) {
			for (int i = 0; i + 1 < order.size(); i++) {
				List<String[]> smuggled = new ArrayList<>(order.subList(0, i));
				smuggled.add(new String[] { order.get(i)[0],
						order.get(i)[1] + "%26" + order.get(i + 1)[0] + "%3D" + order.get(i + 1)[1] });
				smuggled.addAll(order.subList(i + 2, order.size()));
				variants.add(path + "?" + query(smuggled));
			}
		}
		String genuine = path + "?" + query(parameters);
		String[] last = parameters.get(parameters.size() - 1);
		variants.add(genuine.replace(last[0] + "=", last[0].toUpperCase(Locale.ROOT) + "="));
		variants.add(genuine.replace(parameters.get(1)[0] + "=", parameters.get(1)[0].toLowerCase(Locale.ROOT) + "="));
		variants.add(genuine + "&" + last[0] + "=" + last[1]);
		variants.add(genuine + "&" + last[0] + "=5");
		variants.add(genuine + "&utm_source=mail");
		variants.add(genuine + "&");
		variants.add(genuine.replace(last[0] + "=" + last[1], last[0] + "="));
		variants.add(genuine.replace(last[0] + "=" + last[1], last[0] + "=%3" + last[1]));
		return variants;
	}

	private static String query(List<String[]> parameters) {
		return parameters.stream()
			.map((parameter) -> parameter[0] + "=" + parameter[1])
			.collect(Collectors.joining("&"));
	}

	@Test
	void searchesShareOnePagePerNormalisedQuery() throws Exception {
		MockHttpServletResponse first = perform(get("/search").param("q", "intrathecal  pump"));
		MockHttpServletResponse second = perform(get("/search").param("q", "  intrathecal pump "));

		assertThat(StatementCounter.count()).isEqualTo(1);
		assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString());
		assertThat(second.getContentAsString()).contains("intrathecal pump");
		assertThat(perform(get("/search").param("q", "x")).getHeader("ETag")).as("a query too short to run").isNull();
		assertThat(perform(get("/search")).getContentAsString()).as("the empty search form")
			.doesNotContain("Type at least");
	}

	@Test
	void datesAreEnglishWhateverTheBrowserLanguage() throws Exception {
		MockHttpServletResponse french = perform(get("/interactions").header("Accept-Language", "fr-FR"));
		assertThat(french.getContentAsString()).contains("1 December 2026").doesNotContain("décembre");
		assertThat(french.getHeader("Content-Language")).isEqualTo("en");
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
		StatementCounter.reset();
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private MockHttpServletRequestBuilder edit(Indication indication, String summary) {
		return IndicationEdits.summary(indication, summary, this.jdbc);
	}

	private static String gunzip(byte[] body) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
