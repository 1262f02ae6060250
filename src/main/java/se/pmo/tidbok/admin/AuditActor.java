package se.pmo.tidbok.admin;

import java.security.Principal;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who made a change and by which means, as the audit trail records it: a bearer token's
 * holder as {@code jwt:<issuer>#<principal claim>}, a Basic user as
 * {@code basic:<user name>} (also when signed in to the console with the same user name
 * and password). The same name from different sources gives different actors. Every part
 * is bounded before it gets here (the issuer and user names by configuration, the token's
 * principal claim by the token check), so the actor always fits its column.
 */
public final class AuditActor {

	private AuditActor() {
	}

	public static String of(Principal principal) {
		if (principal instanceof JwtAuthenticationToken token) {
			return "jwt:" + token.getToken().getClaimAsString("iss") + "#" + token.getName();
		}
		if (principal instanceof UsernamePasswordAuthenticationToken) {
			return "basic:" + principal.getName();
		}
		return "other:" + principal.getName();
	}

}
