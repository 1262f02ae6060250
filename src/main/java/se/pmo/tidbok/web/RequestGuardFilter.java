package se.pmo.tidbok.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before any other work, what no endpoint can use: a query string that is not
 * valid percent-encoded UTF-8, a parameter given twice where one value is expected, a
 * body larger than the configured limit, or than a larger one a module declares for its
 * paths ({@link RequestBodyLimit}) (by its Content-Length, or while a chunked body is
 * read), and a body still arriving when its time is up. Tomcat's connection timeout
 * bounds each wait for the next bytes; the body timeout bounds the whole body, so a
 * client that trickles its body a byte at a time cannot hold a request open for long.
 */
class RequestGuardFilter extends OncePerRequestFilter {

	/** Parameters the modules' endpoints take at most once. */
	private final Set<String> singleValued;

	private final long maxBodyBytes;

	/** Larger limits for the paths under some prefixes. */
	private final List<RequestBodyLimit> bodyLimits;

	private final Duration bodyTimeout;

	/** One platform thread that only raises the flags of bodies whose time is up. */
	private final ScheduledThreadPoolExecutor timer;

	RequestGuardFilter(Set<String> singleValued, long maxBodyBytes, List<RequestBodyLimit> bodyLimits,
			Duration bodyTimeout) {
		this.singleValued = Set.copyOf(singleValued);
		this.maxBodyBytes = maxBodyBytes;
		this.bodyLimits = bodyLimits.stream()
			.sorted(Comparator.comparingInt((RequestBodyLimit limit) -> limit.pathPrefix().length()).reversed())
			.toList();
		this.bodyTimeout = bodyTimeout;
		this.timer = new ScheduledThreadPoolExecutor(1,
				Thread.ofPlatform().daemon(true).name("request-body-timer").factory());
		this.timer.setRemoveOnCancelPolicy(true);
	}

	@Override
	public void destroy() {
		this.timer.shutdownNow();
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
			Problems.write(response, ProblemType.INVALID_PARAMETER,
					"The query string is not valid percent-encoded UTF-8.");
			return;
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (parameter.getValue().length > 1 && this.singleValued.contains(parameter.getKey())) {
				Problems.write(response, ProblemType.INVALID_PARAMETER, "Parameter '" + parameter.getKey()
						+ "' is given " + parameter.getValue().length + " times; give it once.");
				return;
			}
		}
		long maxBody = maxBody(request.getRequestURI());
		if (request.getContentLengthLong() > maxBody) {
			response.setHeader("Connection", "close");
			Problems.write(response, ProblemType.PAYLOAD_TOO_LARGE,
					"The request body is larger than " + maxBody + " bytes, the most this service accepts.");
			return;
		}
		LimitedBodyRequest limited = new LimitedBodyRequest(request, this, maxBody);
		try {
			chain.doFilter(limited, response);
		}
		finally {
			limited.done();
		}
	}

	/**
	 * The body limit of a path: that of its longest declared prefix, else the usual one.
	 */
	private long maxBody(String path) {
		for (RequestBodyLimit limit : this.bodyLimits) {
			if (path != null && path.startsWith(limit.pathPrefix())) {
				return limit.maxBody().toBytes();
			}
		}
		return this.maxBodyBytes;
	}

	/** Thrown while reading a body that turns out larger than the limit. */
	static final class BodyTooLargeException extends IOException {

		BodyTooLargeException(long limit) {
			super("The request body is larger than " + limit + " bytes, the most this service accepts.");
		}

	}

	/** Thrown while reading a body that is still arriving when its time is up. */
	static final class BodyTooSlowException extends IOException {

		BodyTooSlowException(Duration timeout) {
			super("The request body did not arrive within " + timeout + ".");
		}

	}

	private static final class LimitedBodyRequest extends HttpServletRequestWrapper {

		private final RequestGuardFilter guard;

		private final long maxBody;

		private LimitedInputStream limited;

		LimitedBodyRequest(HttpServletRequest request, RequestGuardFilter guard, long maxBody) {
			super(request);
			this.guard = guard;
			this.maxBody = maxBody;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.limited == null) {
				this.limited = new LimitedInputStream(super.getInputStream(), this.guard, this.maxBody);
			}
			return this.limited;
		}

		void done() {
			if (this.limited != null) {
				this.limited.stopClock();
			}
		}

	}

	/**
	 * Counts the bytes of a body against the size limit, and gives up on it once its time
	 * is up: the timer starts at the first read and only raises a flag, which the next
	 * read to return sees (each read waits at most Tomcat's connection timeout).
	 */
	private static final class LimitedInputStream extends ServletInputStream {

		private final ServletInputStream in;

		private final RequestGuardFilter guard;

		private final long maxBody;

		private long read;

		private volatile boolean timeIsUp;

		private ScheduledFuture<?> deadline;

		LimitedInputStream(ServletInputStream in, RequestGuardFilter guard, long maxBody) {
			this.in = in;
			this.guard = guard;
			this.maxBody = maxBody;
		}

		@Override
		public int read() throws IOException {
			startClock();
			int b = this.in.read();
			count((b >= 0) ? 1 : 0);
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			startClock();
			int n = this.in.read(buffer, offset, length);
			count(Math.max(n, 0));
			return n;
		}

		private void startClock() {
			if (this.deadline == null) {
				this.deadline = this.guard.timer.schedule(() -> this.timeIsUp = true, this.guard.bodyTimeout.toMillis(),
						TimeUnit.MILLISECONDS);
			}
		}

		void stopClock() {
			if (this.deadline != null) {
				this.deadline.cancel(false);
			}
		}

		private void count(int n) throws IOException {
			this.read += n;
			if (this.read > this.maxBody) {
				throw new BodyTooLargeException(this.maxBody);
			}
			if (this.timeIsUp && !this.in.isFinished()) {
				throw new BodyTooSlowException(this.guard.bodyTimeout);
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
