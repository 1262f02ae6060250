package se.pmo.tidbok.resilience;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import se.pmo.tidbok.support.Api;
import se.pmo.tidbok.support.IntegrationTest;
import se.pmo.tidbok.web.SecurityHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of generated malformed requests across every endpoint: each answer is a 2xx
 * or a 4xx problem detail, never a 5xx, never internals; and the catalog is unchanged
 * afterwards.
 */
@IntegrationTest
class HostileInputTests {

	private static final String[] ADMIN = Api.basic("admin", "local-admin-password");

	private static final List<String> VALUES = List.of("", " ", "maybe", "TRUE", "-1", "1e309", "9".repeat(400), "null",
			"[]", "{}", "<script>alert(1)</script>", "' OR '1'='1", "'; DROP TABLE appointment_type;--",
			"../../etc/passwd", "\u0000", "\u001f\u007f", "\uFFFF", "\uD83D\uDE00", "a".repeat(5000),
			"+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "2026-03-29T02:30", "2026-10-25T02:30",
			"0000-00-00T00:00:00Z", "2026-02-29T10:00:00Z", "9999-12-31T23:59:59.999999999Z", "1970-01-01T00:00:00Z",
			"2026-03-29T10:00:00+18:00", "2026-03-29T10:00:00-18:01", "P56D", "2026-03-29T10:00:00Z",
			"2026-03-29T10:00:00.123456789123Z", "${jndi:ldap://x/a}", "%s%s%n", "äöå ÄÖÅ", "\r\nX-Injected: 1");

	private static final List<String> CODES = List.of("vaccination-1177", "finns-inte", "", "%2e%2e", "a".repeat(300),
			"%00", "%C3%A4", "lakare-besok-ej-akut-1177;x", "mottagningstid-med-tolk%20", "*", "%25");

	private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "BREW",
			"HEAD");

	private static final List<String> CONTENT_TYPES = List.of("application/json", "text/plain", "application/xml",
			"application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
			"application/json; charset=ISO-8859-1", "application/*", "garbage");

	private static final List<String> FORBIDDEN_IN_ANSWERS = List.of("Exception", "\tat ", "java.",
			"org.springframework", "org.hibernate", "org.postgresql", "tools.jackson", "SQL", "jdbc:");

	@Autowired
	Api api;

	@Autowired
	JdbcTemplate jdbc;

	private final Random random = new Random(1177);

	private int sent;

	@Test
	void everyMalformedRequestGetsA4xxProblemAndChangesNothing() {
		byte[] catalogBefore = this.api.get("/api/v1/appointment-types").body();
		Long auditBefore = this.jdbc.queryForObject("SELECT count(*) FROM audit_event", Long.class);

		for (int i = 0; i < 700; i++) {
			check(this.api.get("/api/v1/appointment-types?" + query("visibleToPatient", "cancellableByPatient",
					"rebookableByPatient", "smsReminder", "bookableOnline", "q")), "catalog list");
			check(this.api.get("/api/v1/appointment-types/" + pick(CODES) + "?" + query("q")), "catalog item");
			check(this.api
				.get("/api/v1/appointment-types/" + pick(CODES) + "/policy?" + query("start", "at", "bookedAt")),
					"policy");
			check(this.api.get("/api/v1/booking-window?" + query("at")), "booking window");
			check(this.api.send("POST", "/api/v1/policy-evaluations", batchBody(), "Content-Type", pick(CONTENT_TYPES)),
					"batch");
		}
		Api anyMethod = this.api.withUndocumentedOperations();
		for (int i = 0; i < 300; i++) {
			String path = pick(List.of("/api/v1/appointment-types", "/api/v1/appointment-types/vaccination-1177",
					"/api/v1/appointment-types/vaccination-1177/policy", "/api/v1/policy-evaluations",
					"/api/v1/booking-window", "/api/v1/rules", "/api/v1/admin/appointment-types",
					"/api/v1/admin/appointment-types/vaccination-1177", "/api/v1/admin/audit", "/v3/api-docs",
					"/actuator/health", "/actuator/env", "/actuator/heapdump", "/nothing/here"));
			String method = pick(METHODS);
			check(anyMethod.send(method, path, this.random.nextBoolean() ? adminBody() : null, "Content-Type",
					pick(CONTENT_TYPES), "Accept", pick(List.of("application/json", "text/html", "application/xml",
							"*/*", "garbage/", "application/problem+json"))),
					method + " " + path);
		}
		// Fewer of these: each authenticated request verifies a BCrypt hash, as
		// production does.
		for (int i = 0; i < 100; i++) {
			String code = pick(List.of("vaccination-1177", "finns-inte", "videomote"));
			String[] headers = Api.with(
					Api.with(this.random.nextInt(4) == 0 ? new String[0] : ADMIN, "Content-Type", "application/json"),
					"If-Match", pick(List.of("\"999\"", "W/\"0\"", "garbage", "\"-1\"")));
			check(this.api.send("PUT", "/api/v1/admin/appointment-types/" + code, adminBody(), headers),
					"admin update");
			check(this.api.send("POST", "/api/v1/admin/appointment-types", adminBody(), headers), "admin create");
			check(this.api.send("POST", "/api/v1/admin/appointment-types/" + code + "/retirement", null, headers),
					"admin retire");
			check(this.api.get("/api/v1/admin/audit?" + query("code", "page", "size"), ADMIN), "audit");
		}
		for (int i = 0; i < 150; i++) {
			checkRaw(rawRequest());
		}
		checkRaw(("POST /api/v1/policy-evaluations HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
				+ "Content-Length: 200001\r\nConnection: close\r\n\r\n" + "[".repeat(100000) + "]".repeat(100001))
			.getBytes(StandardCharsets.UTF_8));

		assertThat(this.sent).isGreaterThanOrEqualTo(4000);
		assertThat(this.api.get("/api/v1/appointment-types").body()).isEqualTo(catalogBefore);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM audit_event", Long.class)).isEqualTo(auditBefore);
	}

	private void check(Api.Response response, String what) {
		this.sent++;
		assertThat(response.status()).as("%s: %s", what, response).isLessThan(500);
		if (response.status() >= 400) {
			assertThat(response.contentType()).as("%s: %s", what, response).startsWith("application/problem+json");
			if (!what.startsWith("HEAD ")) {
				assertThat(response.text()).as(what).contains("\"status\":" + response.status());
			}
		}
		assertThat(response.text()).as(what).doesNotContain(FORBIDDEN_IN_ANSWERS);
		SecurityHeaders.VALUES.forEach((name, value) -> assertThat(response.header(name))
			.as("%s: %s in %s %s", what, name, response, response.headers().map())
			.isEqualTo(value));
	}

	private void checkRaw(byte[] request) {
		this.sent++;
		String answer = send(request);
		String statusLine = answer.lines().findFirst().orElse("");
		// A request line without a version is HTTP/0.9, whose answer is a bare body with
		// no status line.
		assertThat(statusLine).as(new String(request, 0, Math.min(request.length, 120), StandardCharsets.ISO_8859_1))
			.matches("(?s)(HTTP/1\\.1 [1-4]\\d\\d.*|[^H].*)");
		if (statusLine.matches("HTTP/1\\.1 4\\d\\d.*")) {
			assertThat(answer.toLowerCase(Locale.ROOT)).contains("content-type: application/problem+json");
		}
		if (statusLine.startsWith("HTTP/")) {
			SecurityHeaders.VALUES.forEach((name, value) -> assertThat(answer.toLowerCase(Locale.ROOT))
				.contains((name + ": " + value).toLowerCase(Locale.ROOT)));
		}
		assertThat(answer).doesNotContain(FORBIDDEN_IN_ANSWERS);
	}

	private byte[] rawRequest() {
		String target = pick(List.of("/api/v1/appointment-types", "/api/v1/appointment-types/", "/api/v1/rules",
				"/api/v1/booking-window", "/api/v1/appointment-types/vaccination-1177/policy"));
		byte[] junk = pick(List.of(new byte[] { (byte) 0xC3, 0x28 }, new byte[] { (byte) 0xFF }, new byte[] { 0x01 },
				new byte[] { 0x7F }, "%C3%28".getBytes(StandardCharsets.US_ASCII),
				"%E0%80%80".getBytes(StandardCharsets.US_ASCII), "%ZZ".getBytes(StandardCharsets.US_ASCII),
				"{}|\\^`".getBytes(StandardCharsets.US_ASCII), "%2F..%2F".getBytes(StandardCharsets.US_ASCII),
				";jsessionid=1".getBytes(StandardCharsets.US_ASCII), " ".getBytes(StandardCharsets.US_ASCII)));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(pick(List.of("GET ", "POST ", "GET  ", "G\u00C9T ")).getBytes(StandardCharsets.ISO_8859_1));
		out.writeBytes(target.getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(
				pick(List.of("?q=", "?start=", "?at=", "", "?visibleToPatient=")).getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(junk);
		out.writeBytes(pick(List.of(" HTTP/1.1\r\n", " HTTP/1.1\r\n", " HTTP/9.9\r\n", "\r\n"))
			.getBytes(StandardCharsets.US_ASCII));
		out.writeBytes("Host: localhost\r\nConnection: close\r\n".getBytes(StandardCharsets.US_ASCII));
		if (this.random.nextInt(5) == 0) {
			out.writeBytes(("X-Long: " + "x".repeat(20000) + "\r\n").getBytes(StandardCharsets.US_ASCII));
		}
		if (this.random.nextInt(5) == 0) {
			out.writeBytes(new byte[] { 'X', '-', 'B', 'a', 'd', ':', ' ', (byte) 0xC3, 0x28, 0x00, '\r', '\n' });
		}
		out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
		return out.toByteArray();
	}

	private String send(byte[] request) {
		try (Socket socket = new Socket("localhost", this.api.port())) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request);
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String query(String... names) {
		List<String> parts = new ArrayList<>();
		for (String name : names) {
			if (this.random.nextInt(3) > 0) {
				parts.add(name + "=" + URLEncoder.encode(pick(VALUES), StandardCharsets.UTF_8));
			}
		}
		if (this.random.nextInt(6) == 0) {
			parts.add(pick(List.of("q=%C3%28", "at=%FF", "start=%E0%80%80", "unknown=1", "q=a&q=b")));
		}
		return String.join("&", parts);
	}

	private String batchBody() {
		return switch (this.random.nextInt(12)) {
			case 0 -> "";
			case 1 -> "not json";
			case 2 -> "[".repeat(5000) + "]".repeat(5000);
			case 3 -> "{\"appointments\": " + "[".repeat(2000) + "]".repeat(2000) + "}";
			case 4 -> "{\"appointments\": [" + "{},".repeat(1000) + "{}]}";
			case 5 -> "{\"appointments\": \"" + "x".repeat(100_000) + "\"}";
			case 6 -> "{\"appointments\": [{\"appointmentTypeCode\": 1, \"start\": {\"a\": []}}], \"at\": []}";
			case 7 -> "{\"appointments\": [null, 1, \"x\", []]}";
			case 8 -> "{\"appointments\": [], \"appointments\": {}}";
			case 9 -> "\uFEFF{\"appointments\": []}";
			case 10 -> "{\"appointments\": [{\"appointmentTypeCode\": \"" + json(pick(CODES)) + "\", \"start\": \""
					+ json(pick(VALUES)) + "\", \"bookedAt\": \"" + json(pick(VALUES)) + "\"}], \"at\": \""
					+ json(pick(VALUES)) + "\"}";
			default -> "{\"appointments\": [{\"appointmentTypeCode\": \"vaccination-1177\", \"start\": \""
					+ json(pick(VALUES)) + "\"}]} trailing";
		};
	}

	/** An admin body that is always invalid, so nothing is ever written. */
	private String adminBody() {
		String name = pick(List.of("", " ", "x".repeat(201), "\u0000Nul", "Rad\nbrytning", "–/–", "Vaccination",
				"VACCINATION 1177"));
		return switch (this.random.nextInt(6)) {
			case 0 -> "{\"name\": \"" + json(name) + "\", \"visibleToPatient\": true, \"cancellableByPatient\": true, "
					+ "\"rebookableByPatient\": true, \"smsReminder\": true}";
			case 1 -> "{\"name\": \"Hemlig 1177\", \"visibleToPatient\": false, \"cancellableByPatient\": true, "
					+ "\"rebookableByPatient\": false, \"smsReminder\": true}";
			case 2 -> "{\"name\": \"Ny typ\", \"visibleToPatient\": \"" + json(pick(VALUES)) + "\"}";
			case 3 -> "{\"name\": [\"Ny typ\"], \"visibleToPatient\": true}";
			case 4 -> "{\"name\": \"Ny typ\", \"description\": \"" + "d".repeat(1001)
					+ "\", \"visibleToPatient\": true, \"cancellableByPatient\": true, \"rebookableByPatient\": true, \"smsReminder\": true}";
			default -> "{" + "\"a\": {".repeat(3000) + "}".repeat(3001);
		};
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	private static String json(String value) {
		StringBuilder escaped = new StringBuilder();
		for (char c : value.toCharArray()) {
			if (c == '"' || c == '\\') {
				escaped.append('\\').append(c);
			}
			else if (c < 0x20) {
				escaped.append(String.format("\\u%04x", (int) c));
			}
			else {
				escaped.append(c);
			}
		}
		return escaped.toString();
	}

}
