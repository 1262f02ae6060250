package se.pmo.tidbok.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Stands in for the identity provider: signs tokens such as it would issue, with the test
 * key whose public half the integration tests configure as
 * {@code spring.security.oauth2.resourceserver.jwt.public-key-location}, so tokens go
 * through the same decoder and checks (signature, expiry, audience, issuer, principal) as
 * in production.
 */
public final class JwtTestKeys {

	/** The issuer the integration tests trust. */
	public static final String ISSUER = "https://login.test.example/realms/tidbok";

	/** The audience of this service in the integration tests. */
	public static final String AUDIENCE = "tidbok-catalog";

	private static final PrivateKey KEY = readKey("/jwt/test-issuer.key");

	private JwtTestKeys() {
	}

	/**
	 * A signed access token for this service, from the trusted issuer, for this subject
	 * with these roles, valid for five minutes.
	 */
	public static String token(String subject, List<String> roles) {
		return token(claims(subject, roles));
	}

	/** The claims of {@link #token(String, List)}, to change before signing. */
	public static Map<String, Object> claims(String subject, List<String> roles) {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("iss", ISSUER);
		claims.put("aud", List.of(AUDIENCE));
		claims.put("sub", subject);
		claims.put("roles", roles);
		return claims;
	}

	/**
	 * A token with exactly these claims (null values left out), signed by the trusted
	 * key.
	 */
	public static String token(Map<String, Object> claims) {
		return sign(claims, KEY);
	}

	/** A token signed with a key the service does not trust. */
	public static String forgedToken(String subject, List<String> roles) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return sign(claims(subject, roles), generator.generateKeyPair().getPrivate());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String sign(Map<String, Object> values, PrivateKey key) {
		// The decoder checks expiry against the real time, so the token is dated from it.
		Instant issued = Instant.now();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issueTime(Date.from(issued))
			.expirationTime(Date.from(issued.plusSeconds(300)));
		values.forEach((name, value) -> {
			if (value != null) {
				claims.claim(name, value);
			}
		});
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
		try {
			jwt.sign(new RSASSASigner(key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	private static PrivateKey readKey(String resource) {
		try (InputStream in = JwtTestKeys.class.getResourceAsStream(resource)) {
			String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
				.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "");
			return KeyFactory.getInstance("RSA")
				.generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(pem)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
