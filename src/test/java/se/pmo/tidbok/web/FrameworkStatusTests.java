package se.pmo.tidbok.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import se.pmo.tidbok.support.Api;
import se.pmo.tidbok.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the public and the management port reveal, and the statuses the framework answers
 * by itself: each with a problem type of its own, none as an internal error.
 */
@IntegrationTest
class FrameworkStatusTests {

	@Autowired
	Api api;

	@Autowired
	Api managementApi;

	@Test
	void thePublicPortAnswersProbesWithTheStatusOnlyAndHasNoActuator() {
		for (String probe : new String[] { "/livez", "/readyz" }) {
			Api.Response response = this.api.get(probe);
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.json().get("status").asString()).isEqualTo("UP");
			assertThat(response.json().has("components")).isFalse();
		}
		for (String path : new String[] { "/actuator/prometheus", "/actuator/health", "/actuator",
				"/actuator/health/readiness", "/actuator/info" }) {
			Api.Response response = this.api.get(path);
			assertThat(response.status()).as(path).isEqualTo(404);
			assertThat(response.contentType()).isEqualTo("application/problem+json");
		}
	}

	@Test
	void theManagementPortServesPrometheusAndDetailedHealth() {
		assertThat(this.managementApi.port()).isNotEqualTo(this.api.port());
		Api.Response health = this.managementApi.get("/actuator/health");
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().get("components").get("db").get("details").get("database").asString())
			.isEqualTo("PostgreSQL");
		assertThat(this.managementApi.get("/actuator/prometheus").text()).contains("jvm_memory_used_bytes");
		assertThat(this.managementApi.get("/actuator/health/readiness").json().has("components")).isFalse();
	}

	@Test
	void anUnknownTransferCodingAndConnectAreNotImplementedNotInternalErrors() throws IOException {
		for (String request : new String[] {
				"POST /api/v1/policy-evaluations HTTP/1.1\r\nHost: localhost\r\nTE: xchunked\r\n"
						+ "Transfer-Encoding: xchunked\r\nConnection: close\r\n\r\n",
				"CONNECT localhost:443 HTTP/1.1\r\nHost: localhost:443\r\nConnection: close\r\n\r\n" }) {
			String answer = raw(request);
			assertThat(answer).as(request).startsWith("HTTP/1.1 501");
			assertThat(answer).contains("urn:problem-type:tidbok:not-implemented").doesNotContain("internal-error");
		}
	}

	@Test
	void theErrorPathIsNotAnEndpoint() {
		for (String method : new String[] { "GET", "POST", "DELETE" }) {
			Api.Response response = this.api.send(method, "/error", null);
			assertThat(response.status()).as(method).isEqualTo(404);
			assertThat(response.json().get("type").asString()).isEqualTo("urn:problem-type:tidbok:not-found");
		}
	}

	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.api.port())) {
			socket.setSoTimeout(5000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
