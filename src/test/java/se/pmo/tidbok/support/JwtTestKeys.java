package se.pmo.tidbok.support;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Stands in for the identity provider: a JWT decoder with a test key pair, and signed
 * tokens such as the provider would issue. In production the decoder comes from the
 * configured issuer.
 */
@TestConfiguration(proxyBeanMethods = false)
public class JwtTestKeys {

	private static final KeyPair KEYS = generate();

	@Bean
	JwtDecoder jwtDecoder() {
		return NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build();
	}

	/**
	 * A signed access token for this subject with these roles, valid for five minutes.
	 */
	public static String token(String subject, List<String> roles) {
		return sign(subject, roles, new RSASSASigner(KEYS.getPrivate()));
	}

	/** A token signed with a key the service does not trust. */
	public static String forgedToken(String subject, List<String> roles) {
		return sign(subject, roles, new RSASSASigner(generate().getPrivate()));
	}

	private static String sign(String subject, List<String> roles, RSASSASigner signer) {
		// The decoder checks expiry against the real time, so the token is dated from it.
		Instant issued = Instant.now();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject)
			.claim("roles", roles)
			.issueTime(Date.from(issued))
			.expirationTime(Date.from(issued.plusSeconds(300)))
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
		try {
			jwt.sign(signer);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	private static KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
