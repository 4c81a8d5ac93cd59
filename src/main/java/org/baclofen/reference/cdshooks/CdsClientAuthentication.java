package org.baclofen.reference.cdshooks;

import java.net.MalformedURLException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTParser;
import jakarta.servlet.http.HttpServletRequest;
import org.baclofen.reference.system.PublicSite;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Verifies a CDS client's JWT as CDS Hooks 2.0 "Trusting CDS Clients" asks: signed by a
 * key of a registered issuer (Spring Security's Nimbus JOSE support), {@code aud} the
 * endpoint called under the public address, {@code exp} no more than 5 minutes ahead,
 * {@code iat}, {@code sub} and {@code jti} present, and the {@code jti} not seen before.
 * Any failure is a 401; a request without a token is anonymous and answered from its own
 * prefetch only.
 */
@Component
class CdsClientAuthentication implements AuthenticationManagerResolver<HttpServletRequest> {

	/** Longer tokens are refused before they are parsed. */
	private static final int MAX_TOKEN_LENGTH = 16 * 1024;

	private static final int MAX_JTI_LENGTH = 255;

	private final Map<String, NimbusJwtDecoder> decoders = new LinkedHashMap<>();

	private final PublicSite publicSite;

	private final TokenReplays replays;

	CdsClientAuthentication(CdsHooksSettings settings, PublicSite publicSite, TokenReplays replays, Clock clock) {
		this.publicSite = publicSite;
		this.replays = replays;
		for (CdsHooksSettings.Client client : settings.clients()) {
			this.decoders.put(client.issuer(), decoder(client, settings, clock));
		}
	}

	@Override
	public AuthenticationManager resolve(HttpServletRequest request) {
		String audience = this.publicSite.link(request.getRequestURI().substring(request.getContextPath().length()));
		return (authentication) -> {
			String token = ((BearerTokenAuthenticationToken) authentication).getToken();
			if (token.length() > MAX_TOKEN_LENGTH) {
				throw new InvalidBearerTokenException("The token is too long");
			}
			NimbusJwtDecoder decoder = this.decoders.get(issuerOf(token));
			if (decoder == null) {
				throw new InvalidBearerTokenException("The token's issuer is not a registered CDS client");
			}
			Jwt jwt;
			try {
				jwt = decoder.decode(token);
			}
			catch (JwtException ex) {
				throw new InvalidBearerTokenException("The token is not valid: " + ex.getMessage(), ex);
			}
			if (jwt.getAudience() == null || !jwt.getAudience().contains(audience)) {
				throw new InvalidBearerTokenException("The token's aud is not " + audience);
			}
			if (!this.replays.firstUse(jwt.getClaimAsString(JwtClaimNames.ISS), jwt.getId(), jwt.getExpiresAt())) {
				throw new InvalidBearerTokenException("The token's jti has been used before");
			}
			return new JwtAuthenticationToken(jwt, java.util.List.of(), jwt.getSubject());
		};
	}

	private static String issuerOf(String token) {
		try {
			return JWTParser.parse(token).getJWTClaimsSet().getIssuer();
		}
		catch (ParseException ex) {
			throw new InvalidBearerTokenException("The token is not a JWT");
		}
	}

	private static NimbusJwtDecoder decoder(CdsHooksSettings.Client client, CdsHooksSettings settings, Clock clock) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys(client, settings))
			.jwsAlgorithms((algorithms) -> algorithms
				.addAll(java.util.List.of(SignatureAlgorithm.RS256, SignatureAlgorithm.RS384, SignatureAlgorithm.RS512,
						SignatureAlgorithm.ES256, SignatureAlgorithm.ES384, SignatureAlgorithm.ES512,
						SignatureAlgorithm.PS256, SignatureAlgorithm.PS384, SignatureAlgorithm.PS512)))
			.build();
		decoder.setJwtValidator(validator(client.issuer(), settings.token(), clock));
		return decoder;
	}

	private static JWKSource<SecurityContext> keys(CdsHooksSettings.Client client, CdsHooksSettings settings) {
		if (client.jwksUrl() == null) {
			try {
				return new ImmutableJWKSet<>(JWKSet.parse(client.jwks()).toPublicJWKSet());
			}
			catch (ParseException ex) {
				throw new IllegalArgumentException("CDS client " + client.issuer() + ": jwks is not a JWK set", ex);
			}
		}
		int connect = (int) settings.fetch().connectTimeout().toMillis();
		int read = (int) settings.fetch().readTimeout().toMillis();
		try {
			return JWKSourceBuilder
				.<SecurityContext>create(client.jwksUrl().toURL(),
						new DefaultResourceRetriever(connect, read, settings.fetch().maxResponseBytes()))
				.build();
		}
		catch (MalformedURLException ex) {
			throw new IllegalArgumentException("CDS client " + client.issuer() + ": jwks-url is not a URL", ex);
		}
	}

	private static OAuth2TokenValidator<Jwt> validator(String issuer, CdsHooksSettings.Token rules, Clock clock) {
		Duration skew = rules.clockSkew();
		JwtTimestampValidator timestamps = new JwtTimestampValidator(skew);
		timestamps.setClock(clock);
		return new DelegatingOAuth2TokenValidator<>(timestamps, new JwtIssuerValidator(issuer),
				new JwtClaimValidator<Instant>(JwtClaimNames.EXP,
						(exp) -> exp != null && !exp.isAfter(clock.instant().plus(rules.maxLifetime()).plus(skew))),
				new JwtClaimValidator<Instant>(JwtClaimNames.IAT,
						(iat) -> iat != null && !iat.isAfter(clock.instant().plus(skew))),
				new JwtClaimValidator<String>(JwtClaimNames.JTI,
						(jti) -> jti != null && !jti.isBlank() && jti.length() <= MAX_JTI_LENGTH),
				new JwtClaimValidator<String>(JwtClaimNames.SUB, (sub) -> sub != null && !sub.isBlank()));
	}

}
