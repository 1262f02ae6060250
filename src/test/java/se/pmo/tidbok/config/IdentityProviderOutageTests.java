package se.pmo.tidbok.config;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

import se.pmo.tidbok.support.JwtTestKeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Bearer tokens against an identity provider on loopback (a stub HTTP server): its keys
 * are discovered and kept; a token that is not one, or is another issuer's, never causes
 * a request to it; and when it does not answer, bearer requests are answered 503 within
 * the timeouts, it is not asked again for each request, and the outage is logged once.
 */
class IdentityProviderOutageTests {

	/**
	 * Generous, for a machine under load; the read timeout is what a silent provider
	 * costs.
	 */
	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

	private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

	private final CountDownLatch released = new CountDownLatch(1);

	private HttpServer server;

	private String issuer;

	@AfterEach
	void stop() {
		this.released.countDown();
		if (this.server != null) {
			this.server.stop(0);
		}
	}

	@Test
	void keysComeFromTheDiscoveredJwkSetAndAreFetchedOnce() throws Exception {
		JwtDecoder decoder = decoder(identityProvider(true), Duration.ofSeconds(5));
		for (int i = 0; i < 5; i++) {
			assertThat(decoder.decode(token(this.issuer)).getSubject()).isEqualTo("anna");
		}
		assertThat(this.requests).containsOnlyKeys("/realms/test/.well-known/openid-configuration",
				"/realms/test/certs");
		assertThat(this.requests.values()).allSatisfy((count) -> assertThat(count).hasValue(1));
	}

	@Test
	void aMalformedTokenOrAnotherIssuersIsRefusedWithoutAnyRequestToTheIdentityProvider() throws Exception {
		JwtDecoder decoder = decoder(identityProvider(true), Duration.ofSeconds(5));
		for (String token : List.of("x", "a.b.c", "not a token at all", token("https://login.other.example"),
				JwtTestKeys.forgedToken("mallory", List.of("CATALOG_ADMIN")))) {
			assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> decoder.decode(token));
		}
		assertThat(this.requests).isEmpty();
	}

	@Test
	void anIdentityProviderThatNeverAnswersIs503WithinTheTimeoutsAskedOnceAndLoggedOnce() throws Exception {
		JwtDecoder decoder = decoder(identityProvider(false), Duration.ofMillis(500));
		ListAppender<ILoggingEvent> log = logOf(IdentityProviderKeys.class);
		ProviderManager authentication = new ProviderManager(new JwtAuthenticationProvider(decoder));
		long started = System.nanoTime();
		for (int i = 0; i < 20; i++) {
			// Not an AuthenticationServiceException, which Spring Security turns into
			// 500.
			assertThatExceptionOfType(IdentityProviderUnavailableException.class)
				.isThrownBy(() -> authentication.authenticate(new BearerTokenAuthenticationToken(token(this.issuer))))
				.satisfies((ex) -> assertThat(ex.retryAfterSeconds()).isEqualTo(10));
		}
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
		assertThat(this.requests.values().stream().mapToInt(AtomicInteger::get).sum()).isOne();
		assertThat(log.list).singleElement().satisfies((event) -> {
			assertThat(event.getLevel()).isEqualTo(Level.WARN);
			assertThat(event.getFormattedMessage()).contains("cannot be reached").contains(this.issuer);
			assertThat(event.getThrowableProxy()).isNull();
		});
		// A malformed token is still a 401, not a 503.
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> decoder.decode("x"));
	}

	@Test
	void anUnavailableIdentityProviderIsAnswered503WithRetryAfter() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		new ProblemSecurityHandlers(false, true).commence(new MockHttpServletRequest("POST", "/api/v1/admin/audit"),
				response, new IdentityProviderUnavailableException(10));
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("10");
		assertThat(response.getContentAsString(StandardCharsets.UTF_8))
			.contains("urn:problem-type:tidbok:identity-provider-unavailable");
	}

	@Test
	void aPublicKeyIsUsedWheneverItIsConfiguredAndTheIssuerUriIsNeverFetched() throws Exception {
		OAuth2ResourceServerProperties resourceServer = identityProvider(false);
		resourceServer.getJwt()
			.setPublicKeyLocation(new org.springframework.core.io.ClassPathResource("jwt/test-issuer.pub"));
		JwtDecoder decoder = decoder(resourceServer, Duration.ofMillis(500));
		assertThat(decoder.decode(token(this.issuer)).getSubject()).isEqualTo("anna");
		assertThatExceptionOfType(BadJwtException.class)
			.isThrownBy(() -> decoder.decode(token("https://login.other.example")));
		assertThat(this.requests).isEmpty();
	}

	/** An identity provider at {@link #issuer} that answers, or never does. */
	private OAuth2ResourceServerProperties identityProvider(boolean answers) throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.setExecutor(Executors.newCachedThreadPool());
		this.issuer = "http://127.0.0.1:" + this.server.getAddress().getPort() + "/realms/test";
		String discovery = "{\"issuer\": \"" + this.issuer + "\", \"jwks_uri\": \"" + this.issuer + "/certs\"}";
		String keys = new JWKSet(new RSAKey.Builder(publicKey()).build()).toString();
		this.server.createContext("/", (exchange) -> {
			this.requests.computeIfAbsent(exchange.getRequestURI().getPath(), (path) -> new AtomicInteger())
				.incrementAndGet();
			if (!answers) {
				await();
			}
			String path = exchange.getRequestURI().getPath();
			answer(exchange,
					path.endsWith("/openid-configuration") ? discovery : path.endsWith("/certs") ? keys : null);
		});
		this.server.start();
		OAuth2ResourceServerProperties resourceServer = resourceServer();
		resourceServer.getJwt().setIssuerUri(this.issuer);
		return resourceServer;
	}

	private void await() {
		try {
			this.released.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void answer(HttpExchange exchange, String body) throws IOException {
		byte[] bytes = (body != null) ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders((body != null) ? 200 : 404, (bytes.length > 0) ? bytes.length : -1);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	private static OAuth2ResourceServerProperties resourceServer() {
		OAuth2ResourceServerProperties resourceServer = new OAuth2ResourceServerProperties();
		resourceServer.getJwt().setAudiences(List.of(JwtTestKeys.AUDIENCE));
		return resourceServer;
	}

	private static JwtDecoder decoder(OAuth2ResourceServerProperties resourceServer, Duration readTimeout) {
		SecurityProperties properties = new SecurityProperties("CATALOG_ADMIN",
				new SecurityProperties.Jwt("roles", "sub", null,
						new SecurityProperties.IdentityProvider(CONNECT_TIMEOUT, readTimeout, Duration.ofMinutes(5),
								Duration.ofSeconds(10))),
				List.of(), new SecurityProperties.LoginThrottle(10, Duration.ofMinutes(1), 10_000));
		return new BearerTokenConfiguration().jwtDecoder(resourceServer, properties,
				new SecurityConfiguration().tokenForThisService(resourceServer, properties), Clock.systemUTC());
	}

	private static String token(String issuer) {
		Map<String, Object> claims = JwtTestKeys.claims("anna", List.of("CATALOG_ADMIN"));
		claims.put("iss", issuer);
		return JwtTestKeys.token(claims);
	}

	private static RSAPublicKey publicKey() throws IOException {
		try (InputStream in = IdentityProviderOutageTests.class.getResourceAsStream("/jwt/test-issuer.pub")) {
			return RsaKeyConverters.x509().convert(in);
		}
	}

	private static ListAppender<ILoggingEvent> logOf(Class<?> type) {
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		((Logger) LoggerFactory.getLogger(type)).addAppender(appender);
		return appender;
	}

}
