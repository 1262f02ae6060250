package se.pmo.tidbok.resilience;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import se.pmo.tidbok.support.Api;
import se.pmo.tidbok.support.CatalogReset;
import se.pmo.tidbok.support.IntegrationTest;
import se.pmo.tidbok.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL goes away under a running application and comes back: reads keep being
 * answered from memory, writes fail fast with 503, health tells the truth while readiness
 * stays up, and the service recovers by itself.
 */
@IntegrationTest
class DatabaseOutageTests {

	@Autowired
	CatalogReset catalogReset;

	@AfterEach
	void restoreTheSeededCatalog() {
		this.catalogReset.restoreSeed();
	}

	private static final String[] ADMIN = Api.basic("admin", "local-admin-password");

	@Autowired
	Api api;

	@Autowired
	Api managementApi;

	@Autowired
	TestDatabase database;

	enum Outage {

		/** PostgreSQL is down: connections are refused. */
		STOPPED,
		/**
		 * PostgreSQL stops answering without closing anything, as in a network partition.
		 */
		FROZEN

	}

	@ParameterizedTest
	@EnumSource(Outage.class)
	void readsSurviveAnOutageWritesFailFastAndTheServiceRecoversByItself(Outage outage) {
		assertThat(
				this.managementApi.get("/actuator/health").json().get("components").get("db").get("status").asString())
			.isEqualTo("UP");
		byte[] catalogBefore = this.api.get("/api/v1/appointment-types").body();

		begin(outage);
		try {
			Api.Response list = this.api.get("/api/v1/appointment-types");
			assertThat(list.status()).isEqualTo(200);
			assertThat(list.body()).isEqualTo(catalogBefore);
			assertThat(this.api.get("/api/v1/appointment-types/vaccination-1177").status()).isEqualTo(200);
			assertThat(this.api.get("/api/v1/appointment-types?q=lakare").json().size()).isEqualTo(3);
			assertThat(this.api.get("/api/v1/appointment-types/vaccination-1177/policy?start=2026-04-01T10:00:00Z")
				.status()).isEqualTo(200);
			assertThat(this.api.postJson("/api/v1/policy-evaluations",
					"{\"appointments\": [{\"appointmentTypeCode\": \"vaccination-1177\", \"start\": \"2026-04-01T10:00:00Z\"}]}")
				.status()).isEqualTo(200);
			assertThat(this.api.get("/api/v1/rules").status()).isEqualTo(200);
			assertThat(this.api.get("/api/v1/booking-window").status()).isEqualTo(200);

			long started = System.nanoTime();
			Api.Response write = this.api.postJson("/api/v1/admin/appointment-types", """
					{"name": "Under avbrott %s 1177", "visibleToPatient": true, "cancellableByPatient": true,
					 "rebookableByPatient": true, "smsReminder": true}""".formatted(outage), ADMIN);
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			assertThat(write.status()).isEqualTo(503);
			assertThat(write.contentType()).isEqualTo("application/problem+json");
			assertThat(write.json().get("type").asString()).isEqualTo("urn:problem-type:tidbok:database-unavailable");
			assertThat(write.header("Retry-After")).isNotNull();
			assertThat(write.text()).doesNotContain("jdbc", "SQL", "Exception", "localhost");
			// Bounded by the pool's connection timeout, or by the driver's socket timeout
			// (5 s) when a
			// borrowed connection stops answering.
			assertThat(took).isLessThan(Duration.ofSeconds(8));

			Api.Response health = this.managementApi.get("/actuator/health");
			assertThat(health.status()).isEqualTo(503);
			assertThat(health.json().get("components").get("db").get("status").asString()).isEqualTo("DOWN");
			assertThat(this.api.get("/readyz").status()).isEqualTo(200);
			assertThat(this.api.get("/livez").status()).isEqualTo(200);
		}
		finally {
			end(outage);
		}

		assertThat(waitForHealthy()).isTrue();
		Api.Response write = this.api.postJson("/api/v1/admin/appointment-types", """
				{"name": "Efter avbrott %s 1177", "visibleToPatient": true, "cancellableByPatient": true,
				 "rebookableByPatient": true, "smsReminder": true}""".formatted(outage), ADMIN);
		assertThat(write.status()).as(write.text()).isEqualTo(201);
		JsonNode created = this.api
			.get("/api/v1/appointment-types/efter-avbrott-" + outage.name().toLowerCase() + "-1177")
			.json();
		assertThat(created.get("name").asString()).isEqualTo("Efter avbrott " + outage + " 1177");
	}

	private void begin(Outage outage) {
		switch (outage) {
			case STOPPED -> this.database.stop();
			case FROZEN -> this.database.freeze();
		}
	}

	private void end(Outage outage) {
		switch (outage) {
			case STOPPED -> this.database.restart();
			case FROZEN -> this.database.thaw();
		}
	}

	private boolean waitForHealthy() {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			if (this.managementApi.get("/actuator/health").status() == 200) {
				return true;
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return false;
	}

}
