package org.baclofen.reference.system;

import java.net.URI;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where readers and EHRs reach the site, for links that leave a page as absolute
 * addresses (the Atom feed, FHIR and CDS Hooks answers). Links are built from this
 * setting, never from a request's Host header, which a client chooses and a cache would
 * keep: behind a proxy the application cannot know its public address otherwise.
 *
 * @param publicBaseUrl the site's public address: https (or http on localhost), no path
 * other than where the site is mounted, no query (property
 * {@code baclofen.public-base-url}, environment {@code BACLOFEN_PUBLIC_BASE_URL})
 */
@ConfigurationProperties("baclofen")
public record PublicSite(URI publicBaseUrl) {

	public PublicSite {
		if (publicBaseUrl == null || !publicBaseUrl.isAbsolute() || publicBaseUrl.getHost() == null
				|| publicBaseUrl.getRawQuery() != null || publicBaseUrl.getRawFragment() != null
				|| publicBaseUrl.getRawUserInfo() != null || !allowedScheme(publicBaseUrl)) {
			throw new IllegalArgumentException("baclofen.public-base-url must be the site's public https address "
					+ "(http only for localhost), without query, fragment or user, e.g. https://baclofen.example.org; "
					+ "was " + publicBaseUrl);
		}
		String path = (publicBaseUrl.getRawPath() == null) ? "" : publicBaseUrl.getRawPath().replaceAll("/+$", "");
		publicBaseUrl = URI.create(
				publicBaseUrl.getScheme().toLowerCase(Locale.ROOT) + "://" + publicBaseUrl.getRawAuthority() + path);
	}

	/** The absolute address of a path on the site ({@code "/changes"}). */
	public String link(String path) {
		if (!path.startsWith("/")) {
			throw new IllegalArgumentException("A site path starts with /: " + path);
		}
		return this.publicBaseUrl + path;
	}

	private static boolean allowedScheme(URI uri) {
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		return scheme.equals("https") || (scheme.equals("http") && isLocal(uri.getHost()));
	}

	private static boolean isLocal(String host) {
		return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
	}

}
