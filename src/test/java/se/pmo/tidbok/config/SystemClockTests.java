package se.pmo.tidbok.config;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import se.pmo.tidbok.support.Api;
import se.pmo.tidbok.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without {@code tidbok.clock.*}, as every shipped configuration runs, the clock and the
 * seed reset do not exist and no answer names the clock.
 */
@IntegrationTest
class SystemClockTests {

	@Autowired
	Api api;

	@Autowired
	Api managementApi;

	@Test
	void theClockAndResetEndpointsDoNotExistOnEitherPort() {
		for (Api port : new Api[] { this.api, this.managementApi }) {
			assertThat(port.get("/actuator/clock").status()).isEqualTo(404);
			assertThat(port.postJson("/actuator/clock", "{\"advance\": \"PT2H\"}").status()).isEqualTo(404);
			assertThat(port.postJson("/actuator/catalogreset", "").status()).isEqualTo(404);
		}
		JsonNode links = this.managementApi.get("/actuator").json().get("_links");
		assertThat(links.has("health")).isTrue();
		assertThat(links.has("clock")).isFalse();
		assertThat(links.has("catalogreset")).isFalse();
	}

	@Test
	void answersDoNotNameTheClockAndTheRulesAndHealthSayItIsTheSystems() {
		Api.Response rules = this.api.get("/api/v1/rules");
		assertThat(rules.header("Tidbok-Clock")).isNull();
		assertThat(this.api.get("/api/v1/appointment-types").header("Tidbok-Clock")).isNull();
		assertThat(rules.json().get("clock").get("mode").asString()).isEqualTo("system");
		// The tests' own clock, which the application reads as it reads the system's.
		assertThat(rules.json().get("clock").get("instant").asString()).isEqualTo("2026-03-20T09:30:00+01:00");
		JsonNode clock = this.managementApi.get("/actuator/health").json().get("components").get("clock");
		assertThat(clock.get("details").get("mode").asString()).isEqualTo("system");
	}

}
