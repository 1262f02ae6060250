package se.pmo.tidbok.config;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.util.StringUtils;

/**
 * Which bearer tokens this service accepts. A token must be issued by the configured
 * issuer ({@code iss}), for this service ({@code aud} holds one of the configured
 * audiences; Spring Boot checks it from
 * {@code spring.security.oauth2.resourceserver.jwt.audiences}), and name its holder: the
 * principal claim is a text of 1 to {@value #MAX_PRINCIPAL_LENGTH} characters without
 * control characters. Any other token is refused with 401. Bearer tokens are enabled
 * exactly when an issuer URI, JWK set URI or public key is configured, and then the
 * service does not start without an audience and an issuer.
 */
final class BearerTokenRules {

	/** The longest principal claim a token may carry. */
	static final int MAX_PRINCIPAL_LENGTH = 200;

	/** The longest issuer that may be configured. */
	static final int MAX_ISSUER_LENGTH = 500;

	private BearerTokenRules() {
	}

	/** Whether a key source is configured, so that Spring Boot builds a JWT decoder. */
	static boolean enabled(OAuth2ResourceServerProperties.Jwt resourceServer) {
		return StringUtils.hasText(resourceServer.getIssuerUri()) || StringUtils.hasText(resourceServer.getJwkSetUri())
				|| resourceServer.getPublicKeyLocation() != null;
	}

	/**
	 * The issuer tokens must carry, checked to be configured together with an audience.
	 * @throws IllegalStateException naming what to configure, when either is missing
	 */
	static String requiredIssuer(OAuth2ResourceServerProperties.Jwt resourceServer, SecurityProperties.Jwt jwt) {
		String keySource = StringUtils.hasText(resourceServer.getIssuerUri()) ? "issuer-uri"
				: StringUtils.hasText(resourceServer.getJwkSetUri()) ? "jwk-set-uri" : "public-key-location";
		List<String> missing = new ArrayList<>();
		if (resourceServer.getAudiences() == null
				|| resourceServer.getAudiences().stream().noneMatch(StringUtils::hasText)) {
			missing.add("an audience: set spring.security.oauth2.resourceserver.jwt.audiences to the 'aud' value "
					+ "the identity provider puts in tokens meant for this service");
		}
		String issuer = StringUtils.hasText(jwt.issuer()) ? jwt.issuer() : resourceServer.getIssuerUri();
		if (!StringUtils.hasText(issuer)) {
			missing.add(
					"an issuer: set spring.security.oauth2.resourceserver.jwt.issuer-uri, or tidbok.security.jwt.issuer "
							+ "to the 'iss' value of the identity provider's tokens");
		}
		else if (issuer.length() > MAX_ISSUER_LENGTH) {
			missing.add("an issuer of at most " + MAX_ISSUER_LENGTH + " characters");
		}
		if (!missing.isEmpty()) {
			throw new IllegalStateException(
					"Bearer tokens are enabled (spring.security.oauth2.resourceserver.jwt." + keySource
							+ " is set), so that only tokens issued for this service are accepted the service needs "
							+ String.join(", and ", missing) + ".");
		}
		return issuer;
	}

	/**
	 * Checks that the key sources configured can be honoured together: a JWK set and a
	 * public key are two answers to one question, and an issuer configured twice must be
	 * one issuer. (An issuer URI beside a JWK set or public key names the issuer.)
	 * @throws IllegalStateException naming the properties, when they cannot
	 */
	static void requireOneKeySource(OAuth2ResourceServerProperties.Jwt resourceServer, SecurityProperties.Jwt jwt) {
		String prefix = "spring.security.oauth2.resourceserver.jwt.";
		if (StringUtils.hasText(resourceServer.getJwkSetUri()) && resourceServer.getPublicKeyLocation() != null) {
			throw new IllegalStateException("Both " + prefix + "jwk-set-uri and " + prefix
					+ "public-key-location are set: set only one, the source of the keys that sign the tokens.");
		}
		if (StringUtils.hasText(jwt.issuer()) && StringUtils.hasText(resourceServer.getIssuerUri())
				&& !jwt.issuer().equals(resourceServer.getIssuerUri())) {
			throw new IllegalStateException("tidbok.security.jwt.issuer (" + jwt.issuer() + ") and " + prefix
					+ "issuer-uri (" + resourceServer.getIssuerUri()
					+ ") name different issuers: set only one, or the same in both.");
		}
	}

	/** Checks a token's issuer and principal claim. */
	static OAuth2TokenValidator<Jwt> validator(String issuer, String principalClaim) {
		return new DelegatingOAuth2TokenValidator<>(new JwtIssuerValidator(issuer), (token) -> {
			Object principal = token.getClaims().get(principalClaim);
			if (principal instanceof String name && !name.isBlank() && name.length() <= MAX_PRINCIPAL_LENGTH
					&& name.codePoints().noneMatch(Character::isISOControl)) {
				return OAuth2TokenValidatorResult.success();
			}
			return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "The token's '" + principalClaim
					+ "' claim must name its holder in 1 to " + MAX_PRINCIPAL_LENGTH + " characters", null));
		});
	}

}
