package se.pmo.tidbok.policy;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import se.pmo.tidbok.catalog.UnknownAppointmentTypeException;
import se.pmo.tidbok.time.InvalidTimeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

/**
 * The rules' web edge without a database: each domain exception and each malformed
 * request becomes the problem detail its type in the table says.
 */
@WebMvcTest(PolicyController.class)
@AutoConfigureMockMvc(addFilters = false)
class PolicyControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	PolicyService policies;

	@Test
	void aNonexistentLocalTimeIsA400NamingTheParameter() {
		given(this.policies.evaluate(any(), any(), any(), any())).willThrow(new InvalidTimeException(
				InvalidTimeException.Reason.NONEXISTENT, "start", "2026-03-29T02:30", "'start' does not exist."));
		assertThat(this.mvc.get().uri("/api/v1/appointment-types/vaccination-1177/policy?start=2026-03-29T02:30"))
			.hasStatus(400)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.type").isEqualTo("urn:problem-type:tidbok:nonexistent-local-time");
				assertThat(json).extractingPath("$.title").isEqualTo("Nonexistent local time");
				assertThat(json).extractingPath("$.status").isEqualTo(400);
				assertThat(json).extractingPath("$.parameter").isEqualTo("start");
				assertThat(json).extractingPath("$.value").isEqualTo("2026-03-29T02:30");
			});
	}

	@Test
	void anUnknownCodeIsA404NamingTheCode() {
		given(this.policies.evaluate(any(), any(), any(), any()))
			.willThrow(new UnknownAppointmentTypeException("finns-inte"));
		assertThat(this.mvc.get().uri("/api/v1/appointment-types/finns-inte/policy?start=2026-06-01T10:00:00Z"))
			.hasStatus(404)
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.type").isEqualTo("urn:problem-type:tidbok:unknown-appointment-type");
				assertThat(json).extractingPath("$.code").isEqualTo("finns-inte");
			});
	}

	@Test
	void aBatchOverTheLimitIsRefusedWithTheLimitBeforeAnyEvaluation() {
		String body = "{\"appointments\": [" + "{},".repeat(PolicyService.BATCH_LIMIT) + "{}]}";
		assertThat(
				this.mvc.post().uri("/api/v1/policy-evaluations").contentType(MediaType.APPLICATION_JSON).content(body))
			.hasStatus(400)
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.type").isEqualTo("urn:problem-type:tidbok:batch-too-large");
				assertThat(json).extractingPath("$.limit").isEqualTo(PolicyService.BATCH_LIMIT);
				assertThat(json).extractingPath("$.size").isEqualTo(PolicyService.BATCH_LIMIT + 1);
			});
		org.mockito.Mockito.verifyNoInteractions(this.policies);
	}

	@Test
	void aBatchWithoutAppointmentsIsAnInvalidBodyNamingTheField() {
		assertThat(
				this.mvc.post().uri("/api/v1/policy-evaluations").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.hasStatus(400)
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.type").isEqualTo("urn:problem-type:tidbok:invalid-body");
				assertThat(json).extractingPath("$.errors[0].field").isEqualTo("appointments");
			});
	}

	@Test
	void malformedJsonIsAnInvalidBodyWithoutParserInternals() {
		assertThat(this.mvc.post()
			.uri("/api/v1/policy-evaluations")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"appointments\": [{\"appointmentTypeCode\": {}}]}")).hasStatus(400)
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.type").isEqualTo("urn:problem-type:tidbok:invalid-body");
				assertThat(json).extractingPath("$.field").isEqualTo("appointments[0].appointmentTypeCode");
			});
	}

}
