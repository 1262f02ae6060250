package se.pmo.tidbok.catalog.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import se.pmo.tidbok.support.Api;
import se.pmo.tidbok.support.CatalogReset;
import se.pmo.tidbok.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast path answers exactly as the controller would: same bytes, same headers.
 */
@IntegrationTest
class CatalogFastPathTests {

	/** Headers that differ between any two responses, or are hop-by-hop. */
	private static final Set<String> INCIDENTAL = Set.of("date", "content-length", "transfer-encoding", "connection",
			"keep-alive");

	@Autowired
	Api api;

	@Autowired
	Api managementApi;

	@Autowired
	CatalogReset catalogReset;

	@Autowired
	FilterRegistrationBean<CatalogFastPath> catalogFastPath;

	@ParameterizedTest
	@CsvSource({ "/api/v1/appointment-types, /api/v1/appointment-types?q=, identity",
			"/api/v1/appointment-types, /api/v1/appointment-types?q=, gzip",
			"/api/v1/appointment-types/psykolog-nybesok-1177, /api/v1/appointment-types/psykolog-nybesok-1177?unused=1, identity",
			"/api/v1/appointment-types/psykolog-nybesok-1177, /api/v1/appointment-types/psykolog-nybesok-1177?unused=1, gzip" })
	void fastPathAnswersWithTheControllersBytesAndHeaders(String fast, String viaController, String encoding) {
		Api.Response fastAnswer = this.api.get(fast, "Accept-Encoding", encoding);
		Api.Response controllerAnswer = this.api.get(viaController, "Accept-Encoding", encoding);
		assertThat(fastAnswer.status()).isEqualTo(200);
		assertThat(controllerAnswer.status()).isEqualTo(200);
		assertThat(fastAnswer.body()).isEqualTo(controllerAnswer.body());
		assertThat(headers(fastAnswer)).isEqualTo(headers(controllerAnswer));
		assertThat(headers(fastAnswer)).containsKeys("x-content-type-options", "x-frame-options", "referrer-policy",
				"etag", "cache-control", "catalog-revision");
	}

	/**
	 * Answers as of an instant: inside the snapshot in force now (Friday) and after a
	 * change scheduled for Wednesday, which the snapshot does not cover. With a second
	 * parameter the same request goes to the controller.
	 */
	@Test
	void answersAsOfAnInstantWithTheControllersBytesAndHeaders() {
		Api.Response scheduled = this.api.send("PUT",
				"/api/v1/admin/appointment-types/sexolog-1177?effectiveFrom=2026-03-25T00:00:00%2B01:00", """
						{"name": "Sexolog 1177", "description": null, "visibleToPatient": true,
						 "cancellableByPatient": true, "rebookableByPatient": false, "smsReminder": false}""",
				Api.with(Api.with(Api.basic("admin", "local-admin-password"), "Content-Type", "application/json"),
						"If-Match", "\"0\""));
		assertThat(scheduled.status()).as(scheduled.text()).isEqualTo(200);
		try {
			for (String path : new String[] { "/api/v1/appointment-types", "/api/v1/appointment-types/sexolog-1177" }) {
				for (String asOf : new String[] { "2026-03-21", "2026-03-26T10:00:00Z", "2026-03-26T11:00:00%2B01:00",
						"2030-01-01" }) {
					for (String encoding : new String[] { "identity", "gzip" }) {
						String fast = path + "?asOf=" + asOf;
						Api.Response fastAnswer = this.api.get(fast, "Accept-Encoding", encoding);
						Api.Response controllerAnswer = this.api.get(fast + "&unused=1", "Accept-Encoding", encoding);
						assertThat(fastAnswer.status()).as(fast).isEqualTo(200);
						assertThat(controllerAnswer.status()).as(fast).isEqualTo(200);
						assertThat(fastAnswer.body()).as(fast).isEqualTo(controllerAnswer.body());
						assertThat(headers(fastAnswer)).as(fast).isEqualTo(headers(controllerAnswer));
					}
				}
			}
			// After Wednesday the type has lost its reminder; on Saturday it still had
			// it.
			assertThat(this.api.get("/api/v1/appointment-types/sexolog-1177?asOf=2026-03-26")
				.json()
				.get("smsReminder")
				.asBoolean()).isFalse();
			assertThat(this.api.get("/api/v1/appointment-types/sexolog-1177?asOf=2026-03-21")
				.json()
				.get("smsReminder")
				.asBoolean()).isTrue();
		}
		finally {
			this.catalogReset.restoreSeed();
		}
	}

	/**
	 * The fast path itself answers a read with asOf alone, so that cycling instants costs
	 * what a plain read costs; with another parameter, or a time it cannot read, it
	 * passes the request on.
	 */
	@Test
	void theFastPathAnswersAsOfAloneAndPassesOnWhatItDoesNotServe() throws Exception {
		assertThat(passedOn("asOf=2026-03-21")).isFalse();
		assertThat(passedOn("asOf=2026-03-21T10%3A00%3A00%2B01%3A00")).isFalse();
		assertThat(passedOn(null)).isFalse();
		assertThat(passedOn("asOf=2026-03-21&q=sexolog")).isTrue();
		assertThat(passedOn("asOf=ig%C3%A5r")).isTrue();
		assertThat(passedOn("asOf=2026-03-21&asOf=2026-03-22")).isTrue();
	}

	private boolean passedOn(String query) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/appointment-types/sexolog-1177");
		if (query != null) {
			request.setQueryString(query);
			for (String pair : query.split("&")) {
				String[] parts = pair.split("=", 2);
				request.addParameter(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
			}
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		AtomicBoolean passedOn = new AtomicBoolean();
		this.catalogFastPath.getFilter().doFilter(request, response, (req, res) -> passedOn.set(true));
		if (!passedOn.get()) {
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentAsString()).contains("\"code\":\"sexolog-1177\"");
		}
		return passedOn.get();
	}

	@Test
	void asOfTheFastPathCannotReadGoesToTheController() {
		Api.Response invalid = this.api.get("/api/v1/appointment-types?asOf=igår");
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.json().get("type").asString()).isEqualTo("urn:problem-type:tidbok:invalid-time");
		Api.Response twice = this.api.get("/api/v1/appointment-types?asOf=2026-03-21&asOf=2026-03-22");
		assertThat(twice.status()).isEqualTo(400);
		assertThat(twice.contentType()).isEqualTo("application/problem+json");
		Api.Response unknown = this.api.get("/api/v1/appointment-types/finns-inte?asOf=2026-03-21");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("type").asString()).isEqualTo("urn:problem-type:tidbok:unknown-appointment-type");
	}

	@Test
	void headAnswersHeadersWithoutABody() {
		Api.Response head = this.api.send("HEAD", "/api/v1/appointment-types", null);
		assertThat(head.status()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		assertThat(head.header("ETag")).isEqualTo(this.api.get("/api/v1/appointment-types").header("ETag"));
	}

	@Test
	void weakIfNoneMatchAndStarAnswer304() {
		String etag = this.api.get("/api/v1/appointment-types/vaccination-1177").header("ETag");
		for (String tag : new String[] { etag, "W/" + etag, "\"other\", " + etag, "*" }) {
			Api.Response response = this.api.get("/api/v1/appointment-types/vaccination-1177", "If-None-Match", tag);
			assertThat(response.status()).as(tag).isEqualTo(304);
			assertThat(response.header("ETag")).isEqualTo(etag);
		}
		assertThat(this.api.get("/api/v1/appointment-types/vaccination-1177", "If-None-Match", "\"other\"").status())
			.isEqualTo(200);
	}

	@Test
	void whatTheFastPathDoesNotServeGoesToTheController() {
		assertThat(this.api.get("/api/v1/appointment-types/finns-inte").json().get("type").asString())
			.isEqualTo("urn:problem-type:tidbok:unknown-appointment-type");
		Api.Response html = this.api.get("/api/v1/appointment-types", "Accept", "text/html");
		assertThat(html.status()).isEqualTo(406);
		assertThat(html.contentType()).isEqualTo("application/problem+json");
	}

	@Test
	void fastPathRequestsAreMeasuredUnderTheirEndpoint() {
		this.api.get("/api/v1/appointment-types/vaccination-1177");
		String metrics = this.managementApi.get("/actuator/prometheus").text();
		assertThat(metrics).contains("http_server_requests_seconds_bucket")
			.contains("uri=\"/api/v1/appointment-types/{code}\"")
			.contains("uri=\"/api/v1/appointment-types\"");
	}

	private static Map<String, String> headers(Api.Response response) {
		Map<String, String> headers = new TreeMap<>();
		response.headers().map().forEach((name, values) -> {
			if (!INCIDENTAL.contains(name.toLowerCase())) {
				headers.put(name.toLowerCase(), String.join(", ", values));
			}
		});
		return headers;
	}

}
