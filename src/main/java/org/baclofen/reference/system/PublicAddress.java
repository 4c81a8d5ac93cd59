package org.baclofen.reference.system;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The address readers and EHRs reach the app at ({@code baclofen.public-base-url}, or
 * {@code BACLOFEN_PUBLIC_BASE_URL}), for every absolute link the app hands out: FHIR
 * bundle links and full URLs, CDS Hooks card links, the address a CDS client's token is
 * issued for. Links are never built from the request's Host header, which the client
 * chooses.
 *
 * @param publicBaseUrl scheme, host, optional port and path prefix, without a query
 */
@ConfigurationProperties("baclofen")
public record PublicAddress(URI publicBaseUrl) {

	public PublicAddress {
		if (publicBaseUrl == null || !publicBaseUrl.isAbsolute() || publicBaseUrl.getHost() == null
				|| !Set.of("http", "https").contains(publicBaseUrl.getScheme().toLowerCase(Locale.ROOT))
				|| publicBaseUrl.getRawQuery() != null || publicBaseUrl.getRawFragment() != null
				|| publicBaseUrl.getRawUserInfo() != null) {
			throw new IllegalArgumentException(
					"baclofen.public-base-url must be the app's public http(s) address, such as https://baclofen.example.org");
		}
		publicBaseUrl = URI.create(publicBaseUrl.toString().replaceAll("/+$", ""));
	}

	/** The absolute address of a path of the app, such as "/dosing/renal". */
	public String link(String path) {
		return this.publicBaseUrl + (path.startsWith("/") ? path : "/" + path);
	}

}
