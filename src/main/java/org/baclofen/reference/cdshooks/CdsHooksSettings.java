package org.baclofen.reference.cdshooks;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The CDS Hooks service's settings ({@code baclofen.cds-hooks.*});
 * docs/ehr-integration.md explains each with an example.
 *
 * @param maxRequestBytes the largest hook request read, prefetch included
 * @param fetch limits on fetching missing prefetch from a client's FHIR server
 * @param allowedOrigins the browser origins allowed to call the service (CORS); "*" by
 * default, since clients are authenticated by their token, not by a cookie
 * @param token what a client's JWT must satisfy beyond its signature
 * @param clients the registered CDS clients: only a request carrying a valid JWT of one
 * of them makes the service contact a FHIR server, and then only one registered for it
 */
@ConfigurationProperties("baclofen.cds-hooks")
public record CdsHooksSettings(@DefaultValue("1048576") int maxRequestBytes, @DefaultValue Fetch fetch,
		@DefaultValue("*") List<String> allowedOrigins, @DefaultValue Token token, @DefaultValue List<Client> clients) {

	private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

	public CdsHooksSettings {
		if (maxRequestBytes < 1024) {
			throw new IllegalArgumentException("baclofen.cds-hooks.max-request-bytes must be at least 1024");
		}
		allowedOrigins = List.copyOf(allowedOrigins);
		clients = List.copyOf(clients);
		if (clients.stream().map(Client::issuer).distinct().count() < clients.size()) {
			throw new IllegalArgumentException("Each CDS client (baclofen.cds-hooks.clients) has its own issuer");
		}
	}

	/**
	 * @param connectTimeout how long to wait for a FHIR server to accept the connection
	 * @param readTimeout how long to wait for its answer
	 * @param maxResponseBytes the largest answer read
	 */
	public record Fetch(@DefaultValue("2s") Duration connectTimeout, @DefaultValue("3s") Duration readTimeout,
			@DefaultValue("1048576") int maxResponseBytes) {

	}

	/**
	 * @param maxLifetime how far in the future a token's expiry may lie (CDS Hooks 2.0:
	 * at most 5 minutes)
	 * @param clockSkew the difference between clocks tolerated on exp and iat
	 */
	public record Token(@DefaultValue("5m") Duration maxLifetime, @DefaultValue("30s") Duration clockSkew) {

	}

	/**
	 * A CDS client (an EHR) allowed to authenticate: its issuer, its public keys (a JWKS
	 * address, or the key set inline), and the FHIR servers it may name.
	 *
	 * @param issuer the token's {@code iss}
	 * @param jwksUrl where its public keys are published (https, or http on the loopback
	 * address for local testing)
	 * @param jwks its public key set as JSON, instead of a JWKS address
	 * @param fhirServers the FHIR base URLs the service may fetch from for this client
	 */
	public record Client(String issuer, URI jwksUrl, String jwks, @DefaultValue List<URI> fhirServers) {

		public Client {
			if (issuer == null || issuer.isBlank()) {
				throw new IllegalArgumentException("A CDS client (baclofen.cds-hooks.clients) names its issuer");
			}
			if ((jwksUrl == null) == (jwks == null || jwks.isBlank())) {
				throw new IllegalArgumentException(
						"CDS client " + issuer + ": give either jwks-url or jwks (its public keys), not both");
			}
			if (jwksUrl != null && !isSafe(jwksUrl)) {
				throw new IllegalArgumentException("CDS client " + issuer + ": jwks-url must be https");
			}
			for (URI server : fhirServers) {
				if (!isSafe(server)) {
					throw new IllegalArgumentException("CDS client " + issuer + ": FHIR server " + server
							+ " must be https (plain http only on the loopback address)");
				}
			}
			fhirServers = fhirServers.stream().map(Client::normalised).map(URI::create).toList();
		}

		/** True when the service may fetch from this FHIR server for this client. */
		public boolean allows(String fhirServer) {
			try {
				URI asked = URI.create(fhirServer);
				return isSafe(asked) && this.fhirServers.stream()
					.anyMatch((registered) -> registered.toString().equals(normalised(asked)));
			}
			catch (IllegalArgumentException ex) {
				return false;
			}
		}

		/** Scheme and host in lower case, no trailing slash, no query. */
		private static String normalised(URI uri) {
			String path = (uri.getRawPath() == null) ? "" : uri.getRawPath().replaceAll("/+$", "");
			return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT)
					+ path;
		}

		private static boolean isSafe(URI uri) {
			String scheme = (uri.getScheme() == null) ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawQuery() != null
					|| uri.getRawFragment() != null) {
				return false;
			}
			return "https".equals(scheme)
					|| ("http".equals(scheme) && LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT)));
		}

	}

	/** The registered client with this issuer. */
	public java.util.Optional<Client> client(String issuer) {
		return this.clients.stream().filter((client) -> client.issuer().equals(issuer)).findFirst();
	}

}
