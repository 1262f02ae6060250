package se.pmo.tidbok.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A failure the client can act on, carried to the client as a problem detail. Feature
 * packages extend it; one advice turns it into the response.
 */
public class ProblemException extends RuntimeException {

	private final HttpStatus status;

	private final String type;

	private final String title;

	private final Map<String, Object> properties = new LinkedHashMap<>();

	public ProblemException(HttpStatus status, String type, String title, String detail) {
		super(detail);
		this.status = status;
		this.type = type;
		this.title = title;
	}

	/** Adds a fact the client can use, such as the parameter that was wrong. */
	public ProblemException with(String name, Object value) {
		this.properties.put(name, value);
		return this;
	}

	public HttpStatus status() {
		return this.status;
	}

	public ProblemDetail toProblemDetail() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(this.status, getMessage());
		problem.setType(URI.create(this.type));
		problem.setTitle(this.title);
		this.properties.forEach(problem::setProperty);
		return problem;
	}

}
