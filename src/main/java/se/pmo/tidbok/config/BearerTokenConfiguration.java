package se.pmo.tidbok.config;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.util.Collections;
import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.beans.factory.BeanRegistrar;
import org.springframework.beans.factory.BeanRegistry;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.util.StringUtils;

/**
 * The decoder of bearer tokens, in place of Spring Boot's, so that it fails closed: a
 * configured public key is always used (an issuer URI beside it names the issuer only,
 * checked as a claim, and is never fetched); keys from a JWK set or the issuer's
 * discovery document are fetched with bounded timeouts and kept
 * ({@link IdentityProviderKeys}); a token that is not a JWT or names another issuer is
 * refused before anything is fetched ({@link FailClosedJwtDecoder}); and a configuration
 * it cannot honour stops start-up ({@link BearerTokenRules}).
 */
@Configuration(proxyBeanMethods = false)
@Import(BearerTokenConfiguration.Decoder.class)
class BearerTokenConfiguration {

	private static final String PREFIX = "spring.security.oauth2.resourceserver.jwt.";

	private static final ParameterizedTypeReference<OAuth2TokenValidator<Jwt>> TOKEN_VALIDATOR = new ParameterizedTypeReference<>() {
	};

	static JwtDecoder jwtDecoder(OAuth2ResourceServerProperties resourceServer, SecurityProperties properties,
			OAuth2TokenValidator<Jwt> tokenForThisService, Clock clock) {
		OAuth2ResourceServerProperties.Jwt jwt = resourceServer.getJwt();
		String issuer = BearerTokenRules.requiredIssuer(jwt, properties.jwt());
		BearerTokenRules.requireOneKeySource(jwt, properties.jwt());
		List<String> audiences = jwt.getAudiences();
		OAuth2TokenValidator<Jwt> validator = JwtValidators
			.createDefaultWithValidators(new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
					(aud) -> aud != null && !Collections.disjoint(aud, audiences)), tokenForThisService);
		if (jwt.getPublicKeyLocation() != null) {
			NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(publicKey(jwt.getPublicKeyLocation()))
				.signatureAlgorithm(rsaAlgorithm(jwt.getJwsAlgorithms()))
				.build();
			decoder.setJwtValidator(validator);
			return new FailClosedJwtDecoder(decoder, issuer, null);
		}
		IdentityProviderKeys keys = new IdentityProviderKeys(
				StringUtils.hasText(jwt.getIssuerUri()) ? URI.create(jwt.getIssuerUri()) : null,
				StringUtils.hasText(jwt.getJwkSetUri()) ? URI.create(jwt.getJwkSetUri()) : null,
				properties.jwt().identityProvider(), clock);
		DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
		processor.setJWSKeySelector(new JWSVerificationKeySelector<>(
				jwt.getJwsAlgorithms().stream().map(JWSAlgorithm::parse).collect(java.util.stream.Collectors.toSet()),
				keys));
		// The claims are Spring Security's to check, with the validator.
		processor.setJWTClaimsSetVerifier((claims, context) -> {
		});
		NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
		decoder.setJwtValidator(validator);
		return new FailClosedJwtDecoder(decoder, issuer, keys);
	}

	private static RSAPublicKey publicKey(Resource location) {
		try (InputStream in = location.getInputStream()) {
			return RsaKeyConverters.x509().convert(in);
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException(PREFIX + "public-key-location (" + location.getDescription()
					+ ") must be a readable PEM file holding one RSA public key (BEGIN PUBLIC KEY): "
					+ ex.getMessage());
		}
	}

	private static SignatureAlgorithm rsaAlgorithm(List<String> algorithms) {
		SignatureAlgorithm algorithm = (algorithms.size() == 1) ? SignatureAlgorithm.from(algorithms.get(0)) : null;
		if (algorithm == null || !algorithm.getName().matches("RS\\d+|PS\\d+")) {
			throw new IllegalStateException(PREFIX + "jws-algorithms must name one RSA algorithm (RS256, PS256, ...) "
					+ "with " + PREFIX + "public-key-location, not " + algorithms);
		}
		return algorithm;
	}

	/**
	 * Registers the decoder, and so enables bearer tokens, when an issuer URI, a JWK set
	 * URI or a public key is configured. A registrar rather than a condition: it is asked
	 * where the service runs, also when its bean definitions were generated at build time
	 * (Spring AOT, as the image starts it).
	 */
	static class Decoder implements BeanRegistrar {

		@Override
		public void register(BeanRegistry registry, Environment environment) {
			boolean keySource = List.of("issuer-uri", "jwk-set-uri", "public-key-location")
				.stream()
				.anyMatch((name) -> StringUtils.hasText(environment.getProperty(PREFIX + name)));
			if (keySource) {
				registry.registerBean("jwtDecoder", JwtDecoder.class,
						(decoder) -> decoder
							.supplier((context) -> jwtDecoder(context.bean(OAuth2ResourceServerProperties.class),
									context.bean(SecurityProperties.class), context.bean(TOKEN_VALIDATOR),
									context.bean(Clock.class))));
			}
		}

	}

}
