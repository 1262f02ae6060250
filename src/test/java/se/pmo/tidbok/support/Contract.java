package se.pmo.tidbok.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The served OpenAPI document as a judge of answers: every answer to a path of the API
 * must be one the document describes for that operation, with that status, content type,
 * headers and body schema; an error must carry one of the problem types the document
 * lists for that status. Answers given before any operation is chosen (an unknown path, a
 * request the server cannot parse) must be one of the document's reusable responses.
 */
public final class Contract {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Paths outside the API itself: actuator, the document, Swagger UI. */
	private static final String API = "/api/";

	private final OpenApiInteractionValidator validator;

	private final JsonNode document;

	private final StrictSchemas strict;

	private final List<Template> templates = new ArrayList<>();

	private record Template(String path, Pattern pattern) {
	}

	Contract(String document) {
		this.document = JSON.readTree(document);
		this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document).build();
		this.strict = new StrictSchemas(document);
		this.document.get("paths")
			.propertyNames()
			.forEach((path) -> this.templates.add(new Template(path,
					Pattern.compile(Pattern.quote(path).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q")))));
	}

	/**
	 * Whether the document describes answers to this request target: the API's paths, not
	 * actuator, the document itself or Swagger UI.
	 */
	static boolean describes(String target) {
		return target.startsWith(API);
	}

	/** The served document. */
	public JsonNode document() {
		return this.document;
	}

	/** The document's schemas as a strict JSON-Schema validator reads them. */
	public StrictSchemas strict() {
		return this.strict;
	}

	/**
	 * Fails when the document does not describe this answer.
	 * @param undocumentedOperations whether a method the document does not have for a
	 * path may be answered anything (for tests that send such requests on purpose)
	 */
	void check(String method, String target, int status, HttpHeaders headers, byte[] body,
			boolean undocumentedOperations) {
		String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
		if (!path.startsWith(API)) {
			return;
		}
		String what = method + " " + target + " -> " + status;
		String contentType = headers.firstValue("Content-Type").orElse(null);
		byte[] content = decoded(headers, body);
		if (method.equalsIgnoreCase("HEAD") && operation("GET", path) != null) {
			// HEAD is GET without the body (RFC 9110 9.3.2): the status must be one GET
			// has.
			assertDocumentedStatus(what, operation("GET", path), status);
			return;
		}
		if (isReusableResponse(status, contentType, content)) {
			// Refused before any operation was chosen: a path, header or request line
			// that
			// the server or its firewall cannot take.
			return;
		}
		JsonNode operation = operation(method, path);
		if (operation == null) {
			if (undocumentedOperations) {
				return;
			}
			throw new AssertionError(what + ": the document has no operation " + method + " " + path
					+ " and no reusable response for this answer: " + text(content));
		}
		SimpleResponse.Builder response = new SimpleResponse.Builder(status);
		headers.map().forEach(response::withHeader);
		if (content.length > 0) {
			response.withBody(content);
		}
		ValidationReport report = this.validator.validateResponse(path,
				Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), response.build());
		if (report.hasErrors()) {
			throw new AssertionError(what + " is not what the document describes:\n"
					+ report.getMessages()
						.stream()
						.filter((message) -> message.getLevel() == ValidationReport.Level.ERROR)
						.map((message) -> "  " + message.getKey() + ": " + message.getMessage())
						.collect(Collectors.joining("\n"))
					+ "\nAnswer: " + text(content));
		}
		checkStrictly(what, method, path, status, contentType, content);
		if (status >= 400) {
			JsonNode documented = operation.get("responses").get(String.valueOf(status));
			String type = JSON.readTree(content).path("type").asString("");
			List<String> types = documented.path("x-problem-types").valueStream().map(JsonNode::asString).toList();
			if (!types.contains(type)) {
				throw new AssertionError(what + ": problem type '" + type + "' is not one the document lists for "
						+ status + " " + types + ". Answer: " + text(content));
			}
		}
	}

	/**
	 * Fails when the document does not describe this problem answer of an operation, as
	 * for an answer the service gave.
	 */
	public void checkExample(String method, String path, int status, String problem) {
		check(method.toUpperCase(Locale.ROOT), path, status,
				HttpHeaders.of(Map.of("Content-Type", List.of("application/problem+json")), (name, value) -> true),
				problem.getBytes(StandardCharsets.UTF_8), false);
	}

	/**
	 * Fails when a strict JSON-Schema validator does not accept the body against the
	 * schema the document gives for this operation, status and content type.
	 */
	private void checkStrictly(String what, String method, String path, int status, String contentType,
			byte[] content) {
		if (content.length == 0 || contentType == null) {
			return;
		}
		String mediaType = contentType.split(";")[0].strip();
		if (!mediaType.equals("application/json") && !mediaType.endsWith("+json")) {
			// A table (TSV, CSV) is text: the Atlassian validator checks it as the string
			// it is.
			return;
		}
		String template = template(method, path);
		JsonNode media = this.document.get("paths")
			.get(template)
			.get(method.toLowerCase(Locale.ROOT))
			.get("responses")
			.path(String.valueOf(status))
			.path("content")
			.path(mediaType);
		if (!media.has("schema")) {
			return;
		}
		String pointer = "/paths/" + StrictSchemas.escape(template) + "/" + method.toLowerCase(Locale.ROOT)
				+ "/responses/" + status + "/content/" + StrictSchemas.escape(mediaType) + "/schema";
		List<com.networknt.schema.Error> errors = this.strict.validate(pointer,
				new String(content, StandardCharsets.UTF_8));
		if (!errors.isEmpty()) {
			throw new AssertionError(what + " is not what a strict JSON-Schema validator accepts:\n"
					+ errors.stream().map((error) -> "  " + error).collect(Collectors.joining("\n")) + "\nAnswer: "
					+ text(content));
		}
	}

	/** The path template of the operation for this method and concrete path. */
	private String template(String method, String path) {
		for (Template template : this.templates) {
			if (template.pattern().matcher(path).matches()
					&& this.document.get("paths").get(template.path()).has(method.toLowerCase(Locale.ROOT))) {
				return template.path();
			}
		}
		throw new IllegalStateException("No operation " + method + " " + path);
	}

	private static void assertDocumentedStatus(String what, JsonNode operation, int status) {
		if (!operation.get("responses").has(String.valueOf(status))) {
			throw new AssertionError(what + ": the document has no such status for " + operation.get("operationId"));
		}
	}

	/** The operation for this method and concrete path, or null. */
	JsonNode operation(String method, String path) {
		for (Template template : this.templates) {
			if (template.pattern().matcher(path).matches()) {
				JsonNode operation = this.document.get("paths")
					.get(template.path())
					.get(method.toLowerCase(Locale.ROOT));
				if (operation != null) {
					return operation;
				}
			}
		}
		return null;
	}

	/**
	 * Whether the answer is one of the document's reusable responses, given before an
	 * operation is chosen: a problem of that status and type.
	 */
	private boolean isReusableResponse(int status, String contentType, byte[] content) {
		JsonNode responses = this.document.path("components").path("responses");
		if (contentType == null || !contentType.startsWith("application/problem+json") || content.length == 0) {
			return false;
		}
		String type = JSON.readTree(content).path("type").asString("");
		for (Map.Entry<String, JsonNode> response : responses.properties()) {
			JsonNode example = response.getValue().findValue("value");
			if (example != null && example.path("status").asInt() == status
					&& example.path("type").asString().equals(type)) {
				return true;
			}
		}
		return false;
	}

	private static byte[] decoded(HttpHeaders headers, byte[] body) {
		if (body.length == 0 || !headers.firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip")) {
			return body;
		}
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String text(byte[] content) {
		String text = new String(content, StandardCharsets.UTF_8);
		return (text.length() > 600) ? text.substring(0, 600) + "..." : text;
	}

}
