package se.pmo.tidbok.config;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who may change the catalog.
 *
 * @param adminRole the role an administrator must have (without the ROLE_ prefix)
 * @param jwt how roles and names are read from a bearer token
 * @param users HTTP Basic users, for local runs and tests; none by default
 */
@Validated
@ConfigurationProperties("tidbok.security")
public record SecurityProperties(@NotBlank @DefaultValue("CATALOG_ADMIN") String adminRole,
		@Valid @NotNull @DefaultValue Jwt jwt, @Valid @NotNull @DefaultValue List<User> users) {

	/**
	 * @param rolesClaim the claim that lists the token holder's roles
	 * @param principalClaim the claim that names the token holder in the audit trail
	 */
	public record Jwt(@NotBlank @DefaultValue("roles") String rolesClaim,
			@NotBlank @DefaultValue("sub") String principalClaim) {
	}

	/**
	 * @param name the user name
	 * @param passwordHash the password hash with its encoder prefix, e.g.
	 * {@code {bcrypt}$2a$...}
	 * @param roles the user's roles
	 */
	public record User(@NotBlank String name, @NotBlank String passwordHash,
			@NotNull @DefaultValue List<String> roles) {
	}

}
