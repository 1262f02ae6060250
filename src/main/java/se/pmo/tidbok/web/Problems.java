package se.pmo.tidbok.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem detail straight to a servlet response, for the places that answer
 * before Spring MVC does: filters, the security entry points and the servlet container
 * itself.
 */
public final class Problems {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Problems() {
	}

	public static byte[] body(int status, String type, String title, String detail) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", type);
		problem.put("title", title);
		problem.put("status", status);
		problem.put("detail", detail);
		return JSON.writeValueAsBytes(problem);
	}

	public static void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
			throws IOException {
		byte[] body = body(status.value(), type, title, detail);
		response.setStatus(status.value());
		SecurityHeaders.apply(response);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}
