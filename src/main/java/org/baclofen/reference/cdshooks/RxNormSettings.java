package org.baclofen.reference.cdshooks;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and how RxNorm codes the service does not store are looked up: the RxNorm REST
 * API (RxNav) of the National Library of Medicine, or a mirror of it.
 *
 * @param baseUrl the API's base, ending in /REST ({@code BACLOFEN_RXNORM_URL})
 * @param connectTimeout how long to wait for RxNav to accept a connection
 * @param readTimeout how long to wait for one answer
 * @param budget the most time all look-ups of one hook call may take together
 * @param maxLookups the most codes one hook call looks up
 * @param cacheSize how many answers are remembered
 * @param cacheFor how long an answer (found or not found) is remembered
 */
@ConfigurationProperties("baclofen.rxnorm")
public record RxNormSettings(URI baseUrl, @DefaultValue("1s") Duration connectTimeout,
		@DefaultValue("2s") Duration readTimeout, @DefaultValue("4s") Duration budget,
		@DefaultValue("20") int maxLookups, @DefaultValue("10000") long cacheSize,
		@DefaultValue("24h") Duration cacheFor) {

	public RxNormSettings {
		if (baseUrl == null || !baseUrl.isAbsolute() || baseUrl.getRawQuery() != null) {
			throw new IllegalArgumentException(
					"baclofen.rxnorm.base-url must be an absolute URL such as https://rxnav.nlm.nih.gov/REST");
		}
		baseUrl = URI.create(baseUrl.toString().replaceAll("/+$", ""));
	}

}
