package se.pmo.tidbok.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem detail straight to a servlet response, for the places that answer
 * before Spring MVC does: filters, the security entry points and the servlet container
 * itself. The body is the same {@link ProblemDetail} Spring MVC would write.
 */
public final class Problems {

	private static final JsonMapper JSON = JsonMapper.builder()
		.addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
		.build();

	private Problems() {
	}

	/** The JSON of a problem of this type with this detail, at this status. */
	public static byte[] body(ProblemType type, int status, String detail) {
		ProblemDetail problem = type.detail(detail);
		problem.setStatus(status);
		return JSON.writeValueAsBytes(problem);
	}

	public static void write(HttpServletResponse response, ProblemType type, String detail) throws IOException {
		byte[] body = body(type, type.status().value(), detail);
		response.setStatus(type.status().value());
		SecurityHeaders.apply(response);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}
