package se.pmo.tidbok.config;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.JSONObjectUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The identity provider's signing keys, fetched from its JWK set (found through its
 * discovery document when only the issuer is configured), with bounded connect and read
 * timeouts. Keys are kept for {@code keysMaxAge} and, while the provider does not answer,
 * for as long as it does not. A failed fetch is not retried for
 * {@code retryAfterFailure}: meanwhile a request that needs keys the service does not
 * have is refused at once. Each outage is logged once, when it starts, and once when it
 * ends.
 */
final class IdentityProviderKeys implements JWKSource<SecurityContext> {

	private static final Logger log = LoggerFactory.getLogger(IdentityProviderKeys.class);

	/** An unknown key id fetches the keys again, at most this often. */
	private static final long UNKNOWN_KEY_REFETCH_SECONDS = 30;

	private final URI issuer;

	private final SecurityProperties.IdentityProvider settings;

	private final HttpClient http;

	private final Clock clock;

	private final ReentrantLock fetching = new ReentrantLock();

	private volatile URI jwkSetUri;

	private volatile JWKSet keys;

	private volatile Instant fetchedAt;

	private volatile Instant failedUntil;

	/**
	 * @param issuer the issuer whose discovery document names the JWK set; only when
	 * {@code jwkSetUri} is {@code null}
	 * @param jwkSetUri the JWK set, or {@code null} to discover it
	 */
	IdentityProviderKeys(URI issuer, URI jwkSetUri, SecurityProperties.IdentityProvider settings, Clock clock) {
		this.issuer = issuer;
		this.jwkSetUri = jwkSetUri;
		this.settings = settings;
		this.clock = clock;
		this.http = HttpClient.newBuilder()
			.connectTimeout(settings.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * The keys, fetched when there are none yet or they are older than their maximum age.
	 * @throws IdentityProviderUnavailableException when there are none and the provider
	 * does not answer
	 */
	JWKSet keys() {
		Instant now = this.clock.instant();
		JWKSet known = this.keys;
		if (known != null && now.isBefore(this.fetchedAt.plus(this.settings.keysMaxAge()))) {
			return known;
		}
		return fetch(now, known);
	}

	@Override
	public List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
		List<JWK> selected = selector.select(keys());
		Instant now = this.clock.instant();
		if (selected.isEmpty() && now.isAfter(this.fetchedAt.plusSeconds(UNKNOWN_KEY_REFETCH_SECONDS))) {
			// The provider may have rotated its keys: look once more.
			selected = selector.select(fetch(now, this.keys));
		}
		return selected;
	}

	private JWKSet fetch(Instant now, JWKSet known) {
		if (this.failedUntil != null && now.isBefore(this.failedUntil)) {
			return orUnavailable(known);
		}
		this.fetching.lock();
		try {
			if (this.keys != known) {
				// Another request fetched them meanwhile.
				return this.keys;
			}
			if (this.failedUntil != null && now.isBefore(this.failedUntil)) {
				return orUnavailable(known);
			}
			try {
				JWKSet fetched = JWKSet.parse(get(jwkSetUri()));
				this.keys = fetched;
				this.fetchedAt = this.clock.instant();
				if (this.failedUntil != null) {
					log.info("The identity provider answers again: bearer tokens are checked with its keys");
				}
				this.failedUntil = null;
				return fetched;
			}
			catch (IOException | ParseException | RuntimeException ex) {
				if (this.failedUntil == null) {
					log.warn(
							"The identity provider cannot be reached ({}): {}; bearer tokens it signed are answered "
									+ "503 until it answers (tried again at most every {})",
							target(), reason(ex), this.settings.retryAfterFailure());
				}
				this.failedUntil = this.clock.instant().plus(this.settings.retryAfterFailure());
				return orUnavailable(known);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return orUnavailable(known);
			}
		}
		finally {
			this.fetching.unlock();
		}
	}

	/** Keys kept from before the outage, or the refusal. */
	private JWKSet orUnavailable(JWKSet known) {
		if (known != null) {
			return known;
		}
		throw new IdentityProviderUnavailableException(this.settings.retryAfterFailure().toSeconds());
	}

	private URI jwkSetUri() throws IOException, InterruptedException, ParseException {
		if (this.jwkSetUri == null) {
			String base = this.issuer.toString().replaceAll("/+$", "");
			Map<String, Object> discovery = JSONObjectUtils
				.parse(get(URI.create(base + "/.well-known/openid-configuration")));
			if (!this.issuer.toString().equals(discovery.get("issuer"))) {
				throw new IOException("its discovery document names the issuer '" + discovery.get("issuer")
						+ "', not the configured " + this.issuer);
			}
			this.jwkSetUri = URI.create(JSONObjectUtils.getString(discovery, "jwks_uri"));
		}
		return this.jwkSetUri;
	}

	private String get(URI uri) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri)
			.timeout(this.settings.readTimeout())
			.header("Accept", "application/json")
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IOException(uri + " answered " + response.statusCode());
		}
		return response.body();
	}

	private String target() {
		return (this.jwkSetUri != null) ? this.jwkSetUri.toString() : this.issuer.toString();
	}

	private static String reason(Exception ex) {
		String message = ex.getMessage();
		return ex.getClass().getSimpleName() + ((message != null) ? ": " + message : "");
	}

}
