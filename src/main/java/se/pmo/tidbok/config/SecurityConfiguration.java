package se.pmo.tidbok.config;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Reads are open to everyone; changing the catalog needs the admin role. Production
 * authenticates with OAuth2 bearer JWTs (enabled when Spring Boot has a JWT decoder, i.e.
 * an issuer URI, JWK set URI or public key is configured); HTTP Basic is enabled only
 * when {@code tidbok.security.users} lists users, as local runs and tests do.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, SecurityProperties properties,
			ObjectProvider<JwtDecoder> jwtDecoder) {
		boolean basic = !properties.users().isEmpty();
		boolean bearer = jwtDecoder.getIfAvailable() != null;
		ProblemSecurityHandlers problems = new ProblemSecurityHandlers(basic, bearer);
		http.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/api/v1/admin/**")
				.hasRole(properties.adminRole())
				.requestMatchers(HttpMethod.POST, "/api/v1/policy-evaluations")
				.permitAll()
				.anyRequest()
				.permitAll())
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.headers((headers) -> headers.contentTypeOptions(Customizer.withDefaults())
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
		if (basic) {
			http.httpBasic((httpBasic) -> httpBasic.authenticationEntryPoint(problems));
		}
		if (bearer) {
			http.oauth2ResourceServer((resourceServer) -> resourceServer.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems)
				.jwt((jwt) -> jwt.jwtAuthenticationConverter(jwtAuthenticationConverter(properties.jwt()))));
		}
		return http.build();
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
