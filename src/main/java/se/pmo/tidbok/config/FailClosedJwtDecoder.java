package se.pmo.tidbok.config;

import java.text.ParseException;

import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Decodes a bearer token only when it can be judged: a token that is not a JWT, or names
 * another issuer, is refused (401) before any key is fetched, so that anonymous garbage
 * never reaches the identity provider; for the others the keys are made available first,
 * so that an identity provider that does not answer is a 503, not a 401 or 500.
 */
final class FailClosedJwtDecoder implements JwtDecoder {

	private final JwtDecoder delegate;

	private final String issuer;

	private final IdentityProviderKeys keys;

	/**
	 * @param keys the remote keys the delegate uses, or {@code null} for a configured
	 * public key
	 */
	FailClosedJwtDecoder(JwtDecoder delegate, String issuer, IdentityProviderKeys keys) {
		this.delegate = delegate;
		this.issuer = issuer;
		this.keys = keys;
	}

	@Override
	public Jwt decode(String token) {
		Object tokenIssuer;
		try {
			if (!(JWTParser.parse(token) instanceof SignedJWT signed)) {
				throw new BadJwtException("The token is not a signed JWT");
			}
			tokenIssuer = signed.getJWTClaimsSet().getClaim("iss");
		}
		catch (ParseException ex) {
			throw new BadJwtException("The token is not a JWT");
		}
		if (!this.issuer.equals(tokenIssuer)) {
			throw new BadJwtException("The token's 'iss' claim is not the trusted issuer");
		}
		if (this.keys != null) {
			this.keys.keys();
		}
		return this.delegate.decode(token);
	}

}
