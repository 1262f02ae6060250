package se.pmo.tidbok.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for the running application, as the 1177 backend or an
 * administrator would call it. Every answer to a path of the API is checked against the
 * served OpenAPI document ({@link Contract}): an answer the document does not describe
 * fails the test that received it.
 */
public final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Map<Integer, Contract> CONTRACTS = new ConcurrentHashMap<>();

	/** Instances that serve the same document share its validator. */
	private static final Map<String, Contract> DOCUMENTS = new ConcurrentHashMap<>();

	private final HttpClient client;

	private final int port;

	private final String base;

	private final boolean undocumentedOperations;

	/** Checks of answers not made yet, or null when each answer is checked at once. */
	private final List<Runnable> checkLater;

	public Api(int port) {
		this(port, null);
	}

	/**
	 * A client whose connections come from this local address, e.g. 127.0.0.2, as from
	 * another host; the service then sees that as the client's address.
	 */
	public Api(int port, InetAddress localAddress) {
		this(port, client(localAddress), false, null);
	}

	private Api(int port, HttpClient client, boolean undocumentedOperations, List<Runnable> checkLater) {
		this.port = port;
		this.base = "http://127.0.0.1:" + port;
		this.client = client;
		this.undocumentedOperations = undocumentedOperations;
		this.checkLater = checkLater;
	}

	private static HttpClient client(InetAddress localAddress) {
		HttpClient.Builder client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5));
		if (localAddress != null) {
			client.localAddress(localAddress);
		}
		return client.build();
	}

	/**
	 * This client for tests that time the server: answers are checked against the
	 * document only at {@link #checkNow()}, outside the timed requests.
	 */
	public Api checkingLater() {
		contract();
		return new Api(this.port, this.client, this.undocumentedOperations,
				Collections.synchronizedList(new ArrayList<>()));
	}

	/** Checks the answers received so far by a client from {@link #checkingLater()}. */
	public void checkNow() {
		if (this.checkLater != null) {
			List<Runnable> checks;
			synchronized (this.checkLater) {
				checks = new ArrayList<>(this.checkLater);
				this.checkLater.clear();
			}
			checks.forEach(Runnable::run);
		}
	}

	/**
	 * This client for requests with methods the document does not have on purpose
	 * (OPTIONS, HEAD, BREW, ...): their answers are not checked, while the answers of
	 * documented operations and the reusable answers still are.
	 */
	public Api withUndocumentedOperations() {
		return new Api(this.port, this.client, true, this.checkLater);
	}

	/** The served OpenAPI document that answers are checked against. */
	public Contract contract() {
		return CONTRACTS.computeIfAbsent(this.port, (port) -> {
			HttpResponse<byte[]> document = exchange(HttpRequest.newBuilder(URI.create(this.base + "/v3/api-docs"))
				.timeout(Duration.ofSeconds(30))
				.build());
			if (document.statusCode() != 200) {
				throw new IllegalStateException("The OpenAPI document is not served: " + document.statusCode());
			}
			return DOCUMENTS.computeIfAbsent(new String(document.body(), StandardCharsets.UTF_8), Contract::new);
		});
	}

	/** The port the application listens on, for clients that speak raw HTTP. */
	public int port() {
		return this.port;
	}

	public Response get(String path, String... headers) {
		return send("GET", path, null, headers);
	}

	public Response postJson(String path, String body, String... headers) {
		return send("POST", path, body, with(headers, "Content-Type", "application/json"));
	}

	public Response send(String method, String path, String body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)
					: HttpRequest.BodyPublishers.noBody());
		if (headers.length > 0) {
			request.headers(headers);
		}
		HttpResponse<byte[]> response = exchange(request.build());
		if (!Contract.describes(path)) {
			return new Response(response.statusCode(), response.headers(), response.body());
		}
		Runnable check = () -> contract().check(method, path, response.statusCode(), response.headers(),
				response.body(), this.undocumentedOperations);
		if (this.checkLater != null) {
			this.checkLater.add(check);
		}
		else {
			check.run();
		}
		return new Response(response.statusCode(), response.headers(), response.body());
	}

	private HttpResponse<byte[]> exchange(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The headers plus one more name and value. */
	public static String[] with(String[] headers, String name, String value) {
		String[] all = java.util.Arrays.copyOf(headers, headers.length + 2);
		all[headers.length] = name;
		all[headers.length + 1] = value;
		return all;
	}

	/** An Authorization header for HTTP Basic. */
	public static String[] basic(String user, String password) {
		return new String[] { "Authorization", "Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)) };
	}

	public record Response(int status, HttpHeaders headers, byte[] body) {

		public String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		public String header(String name) {
			return this.headers.firstValue(name).orElse(null);
		}

		public String contentType() {
			return header("Content-Type");
		}

		@Override
		public String toString() {
			return this.status + " " + text();
		}

	}

}
