package se.pmo.tidbok.web;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before any other work, what no endpoint can use: a query string that is not
 * valid percent-encoded UTF-8, a parameter given twice where one value is expected, and a
 * body larger than the configured limit (by its Content-Length, or while a chunked body
 * is read).
 */
class RequestGuardFilter extends OncePerRequestFilter {

	/** Parameters every endpoint takes at most once. */
	private static final Set<String> SINGLE_VALUED = Set.of("q", "visibleToPatient", "cancellableByPatient",
			"rebookableByPatient", "smsReminder", "bookableOnline", "start", "at", "bookedAt", "code", "page", "size");

	private final long maxBodyBytes;

	RequestGuardFilter(long maxBodyBytes) {
		this.maxBodyBytes = maxBodyBytes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (IllegalStateException ex) {
			// Tomcat reports undecodable parameters when they are first read.
			Problems.write(response, HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_PARAMETER, "Invalid parameter",
					"The query string is not valid percent-encoded UTF-8.");
			return;
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (parameter.getValue().length > 1 && SINGLE_VALUED.contains(parameter.getKey())) {
				Problems.write(response, HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_PARAMETER, "Invalid parameter",
						"Parameter '" + parameter.getKey() + "' is given " + parameter.getValue().length
								+ " times; give it once.");
				return;
			}
		}
		if (request.getContentLengthLong() > this.maxBodyBytes) {
			response.setHeader("Connection", "close");
			Problems.write(response, HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE, "Request too large",
					"The request body is larger than " + this.maxBodyBytes + " bytes, the most this service accepts.");
			return;
		}
		chain.doFilter(new LimitedBodyRequest(request, this.maxBodyBytes), response);
	}

	/** Thrown while reading a body that turns out larger than the limit. */
	static final class BodyTooLargeException extends IOException {

		BodyTooLargeException(long limit) {
			super("The request body is larger than " + limit + " bytes, the most this service accepts.");
		}

	}

	private static final class LimitedBodyRequest extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream limited;

		LimitedBodyRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.limited == null) {
				this.limited = new LimitedInputStream(super.getInputStream(), this.limit);
			}
			return this.limited;
		}

	}

	private static final class LimitedInputStream extends ServletInputStream {

		private final ServletInputStream in;

		private final long limit;

		private long read;

		LimitedInputStream(ServletInputStream in, long limit) {
			this.in = in;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = this.in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws BodyTooLargeException {
			this.read += n;
			if (this.read > this.limit) {
				throw new BodyTooLargeException(this.limit);
			}
		}

		@Override
		public boolean isFinished() {
			return this.in.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.in.setReadListener(listener);
		}

	}

}
