package se.pmo.tidbok.config;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who may change the catalog.
 *
 * @param adminRole the role an administrator must have (without the ROLE_ prefix)
 * @param jwt how bearer tokens are checked and read
 * @param users HTTP Basic users, for local runs and tests; none by default
 * @param loginThrottle how many failed Basic sign-ins a client address or user name may
 * have before it is refused for a while
 */
@Validated
@ConfigurationProperties("tidbok.security")
public record SecurityProperties(@NotBlank @DefaultValue("CATALOG_ADMIN") String adminRole,
		@Valid @NotNull @DefaultValue Jwt jwt, @Valid @NotNull @DefaultValue List<User> users,
		@Valid @NotNull @DefaultValue LoginThrottle loginThrottle) {

	/**
	 * @param rolesClaim the claim that lists the token holder's roles
	 * @param principalClaim the claim that names the token holder in the audit trail
	 * @param issuer the {@code iss} a token must carry; by default
	 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}. Required, one way or
	 * the other, whenever bearer tokens are enabled.
	 */
	public record Jwt(@NotBlank @DefaultValue("roles") String rolesClaim,
			@NotBlank @DefaultValue("sub") String principalClaim,
			@Size(max = BearerTokenRules.MAX_ISSUER_LENGTH) String issuer,
			@Valid @NotNull @DefaultValue IdentityProvider identityProvider) {
	}

	/**
	 * How the identity provider's discovery document and keys are fetched, for an issuer
	 * URI or a JWK set URI.
	 *
	 * @param connectTimeout the longest a connection to it may take
	 * @param readTimeout the longest an answer may take once connected
	 * @param keysMaxAge how long fetched keys are used before they are fetched again
	 * (kept, and used, for as long as it does not answer)
	 * @param retryAfterFailure how long after a failed fetch bearer requests are answered
	 * 503 at once, without trying again
	 */
	public record IdentityProvider(@NotNull @DefaultValue("2s") Duration connectTimeout,
			@NotNull @DefaultValue("3s") Duration readTimeout, @NotNull @DefaultValue("5m") Duration keysMaxAge,
			@NotNull @DefaultValue("10s") Duration retryAfterFailure) {
	}

	/**
	 * @param name the user name
	 * @param passwordHash the password hash with its encoder prefix, e.g.
	 * {@code {bcrypt}$2a$...}
	 * @param roles the user's roles
	 */
	public record User(@NotBlank @Size(max = 100) String name, @NotBlank String passwordHash,
			@NotNull @DefaultValue List<String> roles) {
	}

	/**
	 * @param maxFailures failed sign-ins a client address, or a user name, may have
	 * within the period before further attempts are refused with 429
	 * @param period the period in which those failures age out, one at a time
	 * @param maxTracked how many addresses and names are remembered at most (the least
	 * recently seen is forgotten first), which bounds the memory the counters take
	 */
	public record LoginThrottle(@Min(1) @Max(1000) @DefaultValue("10") int maxFailures,
			@NotNull @DefaultValue("1m") Duration period, @Min(100) @DefaultValue("10000") int maxTracked) {
	}

}
