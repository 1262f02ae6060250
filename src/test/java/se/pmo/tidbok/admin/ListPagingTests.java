package se.pmo.tidbok.admin;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import se.pmo.tidbok.support.Api;
import se.pmo.tidbok.support.CatalogReset;
import se.pmo.tidbok.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A type's history and the scheduled changes come a page at a time (20 by default), with
 * the total and links to the other pages, and answer 304 while a page is unchanged.
 * sexolog-1177 gets 25 changes scheduled a day apart from Monday 2026-03-23 on.
 */
@IntegrationTest
class ListPagingTests {

	private static final String[] ADMIN = Api.basic("admin", "local-admin-password");

	private static final String HISTORY = "/api/v1/appointment-types/sexolog-1177/history";

	private static final String SCHEDULED = "/api/v1/admin/scheduled-changes";

	private static final Instant MONDAY = Instant.parse("2026-03-22T23:00:00Z");

	@Autowired
	Api api;

	@Autowired
	CatalogReset catalogReset;

	@BeforeEach
	void schedule25Changes() {
		for (int i = 0; i < 25; i++) {
			schedule(i);
		}
	}

	@AfterEach
	void restore() {
		this.catalogReset.restoreSeed();
	}

	@Test
	void theHistoryComesAPageAtATimeWithItsTotalLinksAndEntityTag() {
		Api.Response first = this.api.get(HISTORY);
		assertThat(first.status()).isEqualTo(200);
		JsonNode body = first.json();
		assertThat(body.get("versions").size()).isEqualTo(20);
		assertThat(body.get("totalVersions").asInt()).isEqualTo(26);
		assertThat(body.get("versions").get(0).get("version").asLong()).isZero();
		// The last version on a page still says until when it is in force.
		assertThat(body.get("versions").get(19).get("effectiveUntil").isNull()).isFalse();
		assertThat(first.header("X-Total-Count")).isEqualTo("26");
		assertThat(first.header("Link")).contains("page=1&size=20>; rel=\"next\"")
			.contains("page=1&size=20>; rel=\"last\"")
			.doesNotContain("rel=\"prev\"");

		Api.Response second = this.api.get(HISTORY + "?page=1&size=20");
		assertThat(second.json().get("versions").size()).isEqualTo(6);
		assertThat(second.json().get("versions").get(5).get("version").asLong()).isEqualTo(25);
		assertThat(second.header("Link")).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
		assertThat(this.api.get(HISTORY + "?page=2").json().get("versions").size()).isZero();

		assertThat(this.api.get(HISTORY, "If-None-Match", first.header("ETag")).status()).isEqualTo(304);
		assertThat(this.api.get(HISTORY + "?size=5", "If-None-Match", first.header("ETag")).status()).isEqualTo(200);
		schedule(25);
		assertThat(this.api.get(HISTORY, "If-None-Match", first.header("ETag")).status()).isEqualTo(200);

		for (String bad : new String[] { "?size=0", "?size=101", "?page=-1", "?page=x" }) {
			Api.Response refused = this.api.get(HISTORY + bad);
			assertThat(refused.status()).as(bad).isEqualTo(400);
			assertThat(refused.json().get("type").asString()).isEqualTo("urn:problem-type:tidbok:invalid-parameter");
		}
	}

	@Test
	void scheduledChangesComeAPageAtATimeForOneTypeOrAll() {
		Api.Response first = this.api.get(SCHEDULED + "?code=sexolog-1177", ADMIN);
		assertThat(first.json().size()).isEqualTo(20);
		assertThat(first.json().get(0).get("version").asLong()).isEqualTo(1);
		assertThat(first.header("X-Total-Count")).isEqualTo("25");
		assertThat(first.header("Link")).contains("code=sexolog-1177").contains("rel=\"next\"");
		JsonNode second = this.api.get(SCHEDULED + "?code=sexolog-1177&page=2&size=10", ADMIN).json();
		assertThat(second.size()).isEqualTo(5);
		assertThat(second.get(4).get("version").asLong()).isEqualTo(25);
		assertThat(second.get(4).get("scheduledBy").asString()).isEqualTo("basic:admin");
		assertThat(this.api.get(SCHEDULED + "?code=vaccination-1177", ADMIN).header("X-Total-Count")).isEqualTo("0");
		assertThat(this.api.get(SCHEDULED, ADMIN).header("X-Total-Count")).isEqualTo("25");

		assertThat(
				this.api.get(SCHEDULED + "?code=sexolog-1177", Api.with(ADMIN, "If-None-Match", first.header("ETag")))
					.status())
			.isEqualTo(304);
		schedule(25);
		assertThat(
				this.api.get(SCHEDULED + "?code=sexolog-1177", Api.with(ADMIN, "If-None-Match", first.header("ETag")))
					.status())
			.isEqualTo(200);
		assertThat(this.api.get(SCHEDULED + "?size=0", ADMIN).status()).isEqualTo(400);
	}

	/** Schedules the type's version {@code i + 1}, {@code i} days after Monday. */
	private void schedule(int i) {
		String at = DateTimeFormatter.ISO_OFFSET_DATE_TIME
			.format(MONDAY.plusSeconds(86_400L * i).atZone(ZoneId.of("Europe/Stockholm")).toOffsetDateTime())
			.replace("+", "%2B");
		Api.Response scheduled = this.api.send("PUT",
				"/api/v1/admin/appointment-types/sexolog-1177?effectiveFrom=" + at,
				AdminApiTests.body("Sexolog 1177", true, true, i % 2 != 0, true),
				Api.with(Api.with(ADMIN, "Content-Type", "application/json"), "If-Match", "\"" + i + "\""));
		assertThat(scheduled.status()).as(scheduled.text()).isEqualTo(200);
	}

}
