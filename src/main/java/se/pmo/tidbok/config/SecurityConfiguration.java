package se.pmo.tidbok.config;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Reads are open to everyone; changing the catalog needs the admin role. Production
 * authenticates with OAuth2 bearer JWTs (enabled when an issuer URI, JWK set URI or
 * public key is configured: {@link BearerTokenConfiguration} then makes the service's own
 * fail-closed decoder), accepting only tokens issued for this service
 * ({@link BearerTokenRules}); HTTP Basic is enabled only when
 * {@code tidbok.security.users} lists users, as local runs and tests do, with failed
 * sign-ins limited by {@link LoginThrottle}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * Catalog administration: an authenticated administrator, by bearer JWT or (locally)
	 * HTTP Basic.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain adminSecurity(HttpSecurity http, SecurityProperties properties,
			ObjectProvider<JwtDecoder> jwtDecoder,
			ObjectProvider<OAuth2ResourceServerProperties> resourceServerProperties, PasswordSignIn passwordSignIn) {
		boolean basic = !properties.users().isEmpty();
		JwtDecoder decoder = jwtDecoder.getIfAvailable();
		boolean bearer = decoder != null;
		if (bearer) {
			// Also for a decoder that is not Spring Boot's, which the validator below
			// does not reach.
			BearerTokenRules.requiredIssuer(resourceServerProperties.getObject().getJwt(), properties.jwt());
		}
		ProblemSecurityHandlers problems = new ProblemSecurityHandlers(basic, bearer);
		http.securityMatcher("/api/v1/admin/**")
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasRole(properties.adminRole()))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.headers(SecurityConfiguration::securityHeaders);
		if (basic) {
			http.authenticationManager(new ProviderManager(passwordSignIn.provider()));
			http.httpBasic((httpBasic) -> httpBasic.authenticationEntryPoint(problems));
		}
		if (bearer) {
			JwtAuthenticationProvider checkToken = new JwtAuthenticationProvider(decoder);
			checkToken.setJwtAuthenticationConverter(jwtAuthenticationConverter(properties.jwt()));
			http.oauth2ResourceServer((resourceServer) -> resourceServer.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems)
				.jwt((jwt) -> jwt.authenticationManager(new ProviderManager(checkToken))));
		}
		return http.build();
	}

	/**
	 * The checks of {@link BearerTokenRules} beyond signature, expiry and audience, which
	 * Spring Boot adds to the JWT decoder it builds. When bearer tokens are enabled, it
	 * stops start-up if the issuer or the audience is missing; otherwise there is no
	 * decoder to use it, and it accepts nothing in particular.
	 */
	@Bean
	OAuth2TokenValidator<Jwt> tokenForThisService(OAuth2ResourceServerProperties resourceServer,
			SecurityProperties properties) {
		if (!BearerTokenRules.enabled(resourceServer.getJwt())) {
			return (token) -> OAuth2TokenValidatorResult.success();
		}
		String issuer = BearerTokenRules.requiredIssuer(resourceServer.getJwt(), properties.jwt());
		return BearerTokenRules.validator(issuer, properties.jwt().principalClaim());
	}

	/**
	 * Everything else is open to everyone (the catalog, the rules, OpenAPI, Swagger UI,
	 * health): there is nobody to authenticate, so this chain only writes the security
	 * headers. Leaving the authentication machinery off these paths more than doubles the
	 * throughput of the policy endpoint (bench/RESULTS.md). Spring Security's request
	 * firewall still applies.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain openSecurity(HttpSecurity http) {
		http.csrf((csrf) -> csrf.disable())
			.anonymous((anonymous) -> anonymous.disable())
			.requestCache((cache) -> cache.disable())
			.securityContext((context) -> context.disable())
			.sessionManagement((session) -> session.disable())
			.servletApi((servletApi) -> servletApi.disable())
			.logout((logout) -> logout.disable())
			.exceptionHandling((exceptions) -> exceptions.disable())
			.headers(SecurityConfiguration::securityHeaders);
		return http.build();
	}

	/**
	 * The security headers of every response; {@code CatalogFastPath} writes the same.
	 */
	private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentTypeOptions(Customizer.withDefaults())
			.frameOptions((frame) -> frame.deny())
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER));
	}

	static JwtAuthenticationConverter jwtAuthenticationConverter(SecurityProperties.Jwt jwt) {
		JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
		authorities.setAuthoritiesClaimName(jwt.rolesClaim());
		authorities.setAuthorityPrefix("ROLE_");
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(authorities);
		converter.setPrincipalClaimName(jwt.principalClaim());
		return converter;
	}

	/**
	 * The password check of the configured users, limited by one {@link LoginThrottle}:
	 * HTTP Basic on the API and the console's sign-in form count their failures together.
	 */
	@Bean
	PasswordSignIn passwordSignIn(SecurityProperties properties, UserDetailsService users, PasswordEncoder passwords,
			Clock clock) {
		DaoAuthenticationProvider checkPassword = new DaoAuthenticationProvider(users);
		checkPassword.setPasswordEncoder(passwords);
		SecurityProperties.LoginThrottle throttle = properties.loginThrottle();
		return new PasswordSignIn(new ThrottledAuthenticationProvider(checkPassword,
				new LoginThrottle(throttle.maxFailures(), throttle.period(), throttle.maxTracked()), clock));
	}

	/**
	 * The password check, held rather than published as an authentication provider bean,
	 * which Spring Security would make the global default of every chain.
	 *
	 * @param provider the throttled check
	 */
	record PasswordSignIn(ThrottledAuthenticationProvider provider) {
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * The configured HTTP Basic users; empty unless configured, so no default user with a
	 * generated password ever exists.
	 */
	@Bean
	UserDetailsService userDetailsService(SecurityProperties properties) {
		List<UserDetails> users = properties.users()
			.stream()
			.map((user) -> User.withUsername(user.name())
				.password(user.passwordHash())
				.roles(user.roles().toArray(String[]::new))
				.build())
			.toList();
		return new InMemoryUserDetailsManager(users);
	}

}
