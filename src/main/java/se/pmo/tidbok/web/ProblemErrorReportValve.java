package se.pmo.tidbok.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import org.springframework.http.HttpStatus;

/**
 * Answers the errors Tomcat raises before the application sees the request (an
 * unparseable request line, an undecodable path, oversized headers) with a problem detail
 * instead of Tomcat's HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(true);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		if (status == HttpStatus.HTTP_VERSION_NOT_SUPPORTED.value()) {
			// The client's mistake, not the service's: answered as one, so it does not
			// count as a server error.
			status = HttpStatus.BAD_REQUEST.value();
			response.setStatus(status);
		}
		String detail = (status == HttpStatus.NOT_IMPLEMENTED
			.value()) ? ProblemType.NOT_IMPLEMENTED.meaning() : (status >= 500)
					? "The service could not answer this request."
					: "The request could not be parsed: check the request line (HTTP/1.1), the path, the query string and the headers.";
		try {
			SecurityHeaders.apply(response);
			response.setContentType("application/problem+json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(new String(Problems.body(ProblemType.forStatus(status), status, detail),
						StandardCharsets.UTF_8));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The connection is gone or the response is already committed: nothing more
			// to say.
		}
	}

}
