package se.pmo.tidbok.policy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import se.pmo.tidbok.catalog.UnknownAppointmentTypeException;
import se.pmo.tidbok.time.InvalidTimeException;
import se.pmo.tidbok.time.CalendarZone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;

/**
 * The rules' web edge without a database: each domain exception and each malformed
 * request becomes the problem detail its type in the table says.
 */
@WebMvcTest(PolicyController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(PolicyRequests.class)
@EnableConfigurationProperties(CalendarZone.class)
class PolicyControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	PolicyService policies;

	@Test
	void aNonexistentLocalTimeIsA400NamingTheParameter() {
		given(this.policies.at(any())).willReturn(mock(PolicyService.Evaluation.class));
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
		PolicyService.Evaluation evaluation = mock(PolicyService.Evaluation.class);
		given(this.policies.at(any())).willReturn(evaluation);
		given(evaluation.type("finns-inte")).willThrow(new UnknownAppointmentTypeException("finns-inte"));
		assertThat(this.mvc.get().uri("/api/v1/appointment-types/finns-inte/policy?start=2026-06-01T10:00:00Z"))
			.hasStatus(404)
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.type").isEqualTo("urn:problem-type:tidbok:unknown-appointment-type");
				assertThat(json).extractingPath("$.code").isEqualTo("finns-inte");
			});
	}

	@Test
	void theServiceIsGivenInstantsReadInStockholmAndNoBookedAtWhenNoneIsSent() {
		PolicyService.Evaluation evaluation = mock(PolicyService.Evaluation.class);
		given(this.policies.at(Instant.parse("2026-03-28T08:00:00Z"))).willReturn(evaluation);
		assertThat(this.mvc.get()
			.uri("/api/v1/appointment-types/vaccination-1177/policy?start=2026-03-29T10:00&at=2026-03-28T09:00"))
			.hasStatus(200);
		then(evaluation).should().type("vaccination-1177");
		then(evaluation).should().evaluate(any(), eq(Instant.parse("2026-03-29T08:00:00Z")), isNull());
	}

	@Test
	void anUnknownCodeIsToldBeforeABadStartAndABadAtBeforeAnUnknownCode() {
		PolicyService.Evaluation evaluation = mock(PolicyService.Evaluation.class);
		given(this.policies.at(any())).willReturn(evaluation);
		given(evaluation.type("finns-inte")).willThrow(new UnknownAppointmentTypeException("finns-inte"));
		assertThat(this.mvc.get().uri("/api/v1/appointment-types/finns-inte/policy?start=next-tuesday")).hasStatus(404);
		assertThat(this.mvc.get().uri("/api/v1/appointment-types/finns-inte/policy?start=next-tuesday&at=igår"))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.parameter")
			.isEqualTo("at");
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
