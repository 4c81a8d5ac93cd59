package org.baclofen.reference.cdshooks;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * JWTs as a CDS client signs them (CDS Hooks 2.0 "Trusting CDS Clients"), with the test
 * keys of {@link EhrStubs}; each builder method changes one thing, so a test can break
 * exactly one rule.
 */
final class ClientTokens {

	static final String SERVICE_URL = "https://reference.test/cds-services/baclofen-order-check";

	private String issuer = EhrStubs.EHR_ISSUER;

	private String audience = SERVICE_URL;

	private Instant expires = Instant.now().plusSeconds(240);

	private Instant issued = Instant.now();

	private String jti = UUID.randomUUID().toString();

	private boolean sandbox;

	private boolean otherKey;

	static ClientTokens ehr() {
		return new ClientTokens();
	}

	static ClientTokens sandbox() {
		ClientTokens tokens = new ClientTokens();
		tokens.sandbox = true;
		tokens.issuer = EhrStubs.SANDBOX_ISSUER;
		return tokens;
	}

	ClientTokens issuer(String issuer) {
		this.issuer = issuer;
		return this;
	}

	ClientTokens audience(String audience) {
		this.audience = audience;
		return this;
	}

	ClientTokens expires(Instant expires) {
		this.expires = expires;
		return this;
	}

	ClientTokens jti(String jti) {
		this.jti = jti;
		return this;
	}

	/** Signed by a key the issuer never published. */
	ClientTokens signedByAnotherKey() {
		this.otherKey = true;
		return this;
	}

	String sign() {
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(this.issuer)
			.subject("test-client")
			.audience(this.audience)
			.expirationTime(Date.from(this.expires))
			.issueTime(Date.from(this.issued));
		if (this.jti != null) {
			claims.jwtID(this.jti);
		}
		try {
			if (this.sandbox) {
				SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES384).type(JOSEObjectType.JWT)
					.keyID(EhrStubs.get().sandboxKey().getKeyID())
					.build(), claims.build());
				jwt.sign(new ECDSASigner(EhrStubs.get().sandboxKey()));
				return jwt.serialize();
			}
			var key = this.otherKey
					? new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048).keyID(EhrStubs.get().ehrKey().getKeyID())
						.generate()
					: EhrStubs.get().ehrKey();
			SignedJWT jwt = new SignedJWT(
					new JWSHeader.Builder(JWSAlgorithm.RS384).type(JOSEObjectType.JWT).keyID(key.getKeyID()).build(),
					claims.build());
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
