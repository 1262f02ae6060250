package se.pmo.tidbok.config;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;

import se.pmo.tidbok.support.JwtTestKeys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service does not start with bearer tokens enabled but no audience or issuer to
 * check them against, whatever the key source.
 */
class BearerTokenSettingsTests {

	private static final String PREFIX = "spring.security.oauth2.resourceserver.jwt.";

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OAuth2ResourceServerAutoConfiguration.class))
		.withUserConfiguration(TokenRulesOnly.class, BearerTokenConfiguration.class);

	@Test
	void withoutAnAudienceStartUpFailsSayingWhatToSet() {
		this.runner
			.withPropertyValues(PREFIX + "public-key-location=classpath:jwt/test-issuer.pub",
					"tidbok.security.jwt.issuer=" + JwtTestKeys.ISSUER)
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.hasMessageContaining("Bearer tokens are enabled")
					.hasMessageContaining(PREFIX + "audiences")
					.hasMessageNotContaining("issuer-uri, or");
			});
	}

	@Test
	void withoutAnIssuerStartUpFailsForAPublicKeyAndForAJwkSet() {
		for (String keySource : List.of(PREFIX + "public-key-location=classpath:jwt/test-issuer.pub",
				PREFIX + "jwk-set-uri=https://login.test.example/certs")) {
			this.runner.withPropertyValues(keySource, PREFIX + "audiences=" + JwtTestKeys.AUDIENCE).run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.hasMessageContaining("an issuer")
					.hasMessageContaining("tidbok.security.jwt.issuer");
			});
		}
	}

	@Test
	void withAnAudienceAndAnIssuerTheDecoderChecksBoth() {
		this.runner
			.withPropertyValues(PREFIX + "public-key-location=classpath:jwt/test-issuer.pub",
					PREFIX + "audiences=" + JwtTestKeys.AUDIENCE, "tidbok.security.jwt.issuer=" + JwtTestKeys.ISSUER)
			.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(JwtDecoder.class);
				JwtDecoder decoder = context.getBean(JwtDecoder.class);
				assertThat(decoder.decode(JwtTestKeys.token("anna", List.of()))).isNotNull();
				Map<String, Object> foreign = JwtTestKeys.claims("anna", List.of());
				foreign.put("iss", "https://login.other.example");
				org.assertj.core.api.Assertions.assertThatException()
					.isThrownBy(() -> decoder.decode(JwtTestKeys.token(foreign)))
					.withMessageContaining("iss");
			});
	}

	@Test
	void aConfigurationThatCannotBeHonouredStopsStartUpNamingTheProperties() {
		this.runner
			.withPropertyValues(PREFIX + "public-key-location=classpath:jwt/test-issuer.pub",
					PREFIX + "jwk-set-uri=https://login.test.example/certs",
					PREFIX + "audiences=" + JwtTestKeys.AUDIENCE, "tidbok.security.jwt.issuer=" + JwtTestKeys.ISSUER)
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining(PREFIX + "jwk-set-uri")
				.hasMessageContaining(PREFIX + "public-key-location"));
		this.runner
			.withPropertyValues(PREFIX + "public-key-location=classpath:jwt/test-issuer.pub",
					PREFIX + "issuer-uri=https://login.other.example", PREFIX + "audiences=" + JwtTestKeys.AUDIENCE,
					"tidbok.security.jwt.issuer=" + JwtTestKeys.ISSUER)
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("tidbok.security.jwt.issuer")
				.hasMessageContaining(PREFIX + "issuer-uri"));
		this.runner
			.withPropertyValues(PREFIX + "public-key-location=classpath:jwt/test-issuer.key",
					PREFIX + "audiences=" + JwtTestKeys.AUDIENCE, "tidbok.security.jwt.issuer=" + JwtTestKeys.ISSUER)
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining(PREFIX + "public-key-location"));
	}

	@Test
	void aPublicKeyBesideAnIssuerUriIsUsedAndTheIssuerIsCheckedAsAClaim() {
		this.runner
			.withPropertyValues(PREFIX + "public-key-location=classpath:jwt/test-issuer.pub",
					PREFIX + "issuer-uri=" + JwtTestKeys.ISSUER, PREFIX + "audiences=" + JwtTestKeys.AUDIENCE)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				JwtDecoder decoder = context.getBean(JwtDecoder.class);
				// The issuer's host does not exist: nothing is fetched.
				assertThat(decoder.decode(JwtTestKeys.token("anna", List.of())).getSubject()).isEqualTo("anna");
			});
	}

	@Test
	void withoutAKeySourceBearerTokensAreOffAndNothingIsRequired() {
		this.runner.withPropertyValues(PREFIX + "audiences=")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(JwtDecoder.class));
	}

	/**
	 * Only the token rules of {@link SecurityConfiguration}, without the filter chains.
	 */
	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(SecurityProperties.class)
	static class TokenRulesOnly {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

		@Bean
		OAuth2TokenValidator<Jwt> tokenForThisService(OAuth2ResourceServerProperties resourceServer,
				SecurityProperties properties) {
			return new SecurityConfiguration().tokenForThisService(resourceServer, properties);
		}

		/**
		 * Keeps Spring Boot's default filter chain, which needs all of Spring Security,
		 * away.
		 */
		@Bean
		SecurityFilterChain noFilters() {
			return new DefaultSecurityFilterChain(AnyRequestMatcher.INSTANCE);
		}

	}

}
