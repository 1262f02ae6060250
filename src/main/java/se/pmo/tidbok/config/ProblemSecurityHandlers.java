package se.pmo.tidbok.config;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import se.pmo.tidbok.web.ProblemType;
import se.pmo.tidbok.web.Problems;

/**
 * Answers 401 and 403 with problem details, with the authentication challenges that
 * apply, and 429 with Retry-After for sign-ins over the {@link LoginThrottle}.
 */
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final boolean basic;

	private final boolean bearer;

	private final BearerTokenAuthenticationEntryPoint bearerChallenge = new BearerTokenAuthenticationEntryPoint();

	ProblemSecurityHandlers(boolean basic, boolean bearer) {
		this.basic = basic;
		this.bearer = bearer;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		if (authException instanceof ThrottledAuthenticationProvider.TooManyFailuresException tooMany) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds()));
			Problems.write(response, ProblemType.TOO_MANY_REQUESTS,
					"Too many failed sign-ins from this address or for this user name. Try again after "
							+ tooMany.retryAfterSeconds() + " s.");
			return;
		}
		if (authException instanceof IdentityProviderUnavailableException unavailable) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(unavailable.retryAfterSeconds()));
			Problems.write(response, ProblemType.IDENTITY_PROVIDER_UNAVAILABLE,
					"The identity provider that signs bearer tokens cannot be reached, so the token cannot be checked now. "
							+ "Try again after " + unavailable.retryAfterSeconds() + " s.");
			return;
		}
		if (this.bearer) {
			// Sets the status and a WWW-Authenticate: Bearer challenge that names a token
			// error.
			this.bearerChallenge.commence(request, response, authException);
		}
		if (this.basic) {
			response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"tidbok-catalog\", charset=\"UTF-8\"");
		}
		Problems.write(response, ProblemType.UNAUTHORIZED, refused(request) + " needs an authenticated administrator.");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		Problems.write(response, ProblemType.FORBIDDEN, refused(request) + " needs the administrator role.");
	}

	/** What the request asked for, so that the refusal names it. */
	static String refused(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return "Changing the catalog";
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/v1/admin/audit")) {
			return "Reading the audit trail";
		}
		if (path.startsWith("/api/v1/admin/scheduled-changes")) {
			return "Reading the scheduled changes";
		}
		return "Reading the administrators' view of the catalog";
	}

}
