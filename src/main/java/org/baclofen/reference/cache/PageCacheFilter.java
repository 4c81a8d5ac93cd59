package org.baclofen.reference.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.baclofen.reference.audit.PublishedRevision;
import org.baclofen.reference.audit.PublishedRevisions;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves public pages to anonymous readers from the {@link PageCache}: a page is rendered
 * once per published content revision and day, then served (gzip when accepted) with
 * validators derived from that version, and a conditional GET that still matches is
 * answered 304 ({@link ServletWebRequest#checkNotModified(String, long)}) once the page
 * is known to exist: from the cache without rendering, otherwise after rendering it. The
 * current version costs one query per request, so an edit committed through any instance
 * is served by every instance on its next request.
 * <p>
 * The change feed (Atom) is a public page like the others and is cached the same way.
 * <p>
 * Runs after Spring Security, so signed-in users are recognised (their pages are never
 * cached or served from the cache) and every answer still gets the security headers. A
 * rendered page is stored only when it is a 200 HTML page that sets no cookie, started no
 * session, carries no CSRF token and did not opt out with its own Cache-Control; anything
 * else is sent exactly as rendered. A request that runs inside a transaction already open
 * on its thread (tests do this, to roll back) could see changes nobody has committed, so
 * it neither reads nor fills the cache.
 */
class PageCacheFilter extends OncePerRequestFilter {

	/**
	 * Browsers revalidate every time (a 304 costs one query, and an edit shows on the
	 * next visit); a shared cache such as a reverse proxy may reuse a page for 10 s, and
	 * for 20 s more while it revalidates in the background, so a burst costs the app one
	 * revalidation per page every 10 s and an edit reaches readers behind such a proxy
	 * within 30 s.
	 */
	static final String CACHE_CONTROL = "public, max-age=0, s-maxage=10, stale-while-revalidate=20";

	/**
	 * Spring Security's CSRF parameter and header attribute names both start with this.
	 */
	private static final byte[] CSRF_MARK = "_csrf".getBytes(StandardCharsets.US_ASCII);

	private final PublishedRevisions revisions;

	private final PageCache cache;

	private final Clock clock;

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	PageCacheFilter(PublishedRevisions revisions, PageCache cache, Clock clock) {
		this.revisions = revisions;
		this.cache = cache;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<String> key = PageKey.of(request);
		if (key.isEmpty() || !anonymous() || TransactionSynchronizationManager.isActualTransactionActive()) {
			chain.doFilter(request, response);
			return;
		}
		PublishedRevision revision;
		try {
			revision = this.revisions.current();
		}
		catch (DataAccessException unreachable) {
			// Without the published revision nothing cached can be trusted. The failure
			// is handed to the page's
			// handler (UnreadableRevision), so the site's own error handling answers at
			// once (the 503 page for
			// an outage) instead of the page waiting for the database a second time.
			request.setAttribute(UnreadableRevision.ATTRIBUTE, unreachable);
			chain.doFilter(request, response);
			return;
		}
		Instant now = this.clock.instant();
		PageVersion version = PageVersion.of(revision, now, this.clock.getZone());
		Optional<CachedPage> cached = this.cache.get(key.get(), version);
		CachedPage page;
		if (cached.isPresent()) {
			page = cached.get();
		}
		else {
			page = render(request, response, chain, version);
			if (page == null) {
				return;
			}
			this.cache.put(key.get(), page);
		}
		// Only now that the page is known to exist (a 200 from the cache or just
		// rendered)
		// may a matching validator be answered 304: a path that is a 404 never is.
		if (new ServletWebRequest(request, response).checkNotModified(version.etag(),
				version.lastModified(now).toEpochMilli())) {
			writeValidators(response, version, now);
			return;
		}
		send(request, response, page, now);
	}

	private boolean anonymous() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || this.trust.isAnonymous(authentication);
	}

	/**
	 * Renders the page; returns it when it may be shared, otherwise sends it as rendered
	 * and returns null.
	 */
	private CachedPage render(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			PageVersion version) throws ServletException, IOException {
		HttpSession sessionBefore = request.getSession(false);
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		byte[] body = rendering.getContentAsByteArray();
		if (!shareable(request, sessionBefore, rendering, body)) {
			rendering.copyBodyToResponse();
			return null;
		}
		return CachedPage.of(version, rendering.getContentType(), rendering.getLocale(), body);
	}

	private static boolean shareable(HttpServletRequest request, HttpSession sessionBefore,
			HttpServletResponse rendering, byte[] body) {
		String contentType = rendering.getContentType();
		String cacheControl = rendering.getHeader(HttpHeaders.CACHE_CONTROL);
		HttpSession sessionAfter = request.getSession(false);
		return rendering.getStatus() == HttpStatus.OK.value() && contentType != null
				&& (contentType.startsWith("text/html") || contentType.startsWith("application/atom+xml"))
				&& rendering.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()
				&& (sessionAfter == null || sessionAfter == sessionBefore)
				&& (cacheControl == null || !(cacheControl.contains("no-store") || cacheControl.contains("private")))
				&& !contains(body, CSRF_MARK);
	}

	private static void send(HttpServletRequest request, HttpServletResponse response, CachedPage page, Instant now)
			throws IOException {
		writeValidators(response, page.version(), now);
		response.setLocale(page.locale());
		response.setContentType(page.contentType());
		byte[] body = page.body();
		if (AcceptEncoding.gzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING))) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			body = page.gzipped();
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	private static void writeValidators(HttpServletResponse response, PageVersion version, Instant now) {
		response.setHeader(HttpHeaders.ETAG, version.etag());
		response.setDateHeader(HttpHeaders.LAST_MODIFIED, version.lastModified(now).toEpochMilli());
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
	}

	private static boolean contains(byte[] body, byte[] mark) {
		outer: for (int i = 0; i <= body.length - mark.length; i++) {
			for (int j = 0; j < mark.length; j++) {
				if (body[i + j] != mark[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

}
