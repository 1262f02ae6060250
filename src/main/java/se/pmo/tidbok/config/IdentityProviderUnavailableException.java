package se.pmo.tidbok.config;

import org.springframework.security.core.AuthenticationException;

/**
 * A bearer token that cannot be checked now, because the identity provider that publishes
 * its keys does not answer: answered 503 {@code identity-provider-unavailable} with
 * Retry-After, never 401 (the token may be good) nor 500.
 */
class IdentityProviderUnavailableException extends AuthenticationException {

	private final long retryAfterSeconds;

	IdentityProviderUnavailableException(long retryAfterSeconds) {
		super("The identity provider cannot be reached");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}
