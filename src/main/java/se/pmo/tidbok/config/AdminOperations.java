package se.pmo.tidbok.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

/**
 * What every administrator operation documents alike: its sign-in schemes and the answers
 * of a request that is not signed in, lacks the role, or is throttled.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
@SecurityRequirement(name = OpenApiConfiguration.BASIC)
@ApiResponse(responseCode = "401", description = "Not signed in")
@ApiResponse(responseCode = "403", description = "Signed in without the administrator role")
@ApiResponse(responseCode = "429",
		description = "Too many failed Basic sign-ins from this address or for this user name; retry after Retry-After seconds")
public @interface AdminOperations {

}
