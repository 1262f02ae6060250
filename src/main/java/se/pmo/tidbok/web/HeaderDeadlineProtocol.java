package se.pmo.tidbok.web;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;

import org.apache.coyote.Constants;
import org.apache.coyote.Request;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.coyote.http11.Http11Processor;
import org.apache.tomcat.util.net.SocketWrapperBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tomcat's HTTP/1.1 connector with a deadline for the request line and headers: a
 * connection whose request has not all its headers within the deadline of its first byte
 * is closed. Tomcat's own connection timeout bounds only each wait for the next byte, so
 * a client sending a header byte a second would otherwise hold its connection for ever.
 * The headers arrive before any servlet or filter sees the request, so this lives in the
 * connector: every half second (at most a tenth of the deadline) it looks at each open
 * connection whose request is still being parsed.
 */
public class HeaderDeadlineProtocol extends Http11NioProtocol {

	private static final Logger logger = LoggerFactory.getLogger(HeaderDeadlineProtocol.class);

	/** Tomcat's mark of a request whose first byte has not been read yet. */
	private static final long NOT_STARTED = -1;

	private volatile long headerTimeoutMillis = 10_000;

	private ScheduledExecutorService deadlines;

	/** The longest a request line and headers may take, from their first byte, in ms. */
	public long getHeaderTimeout() {
		return this.headerTimeoutMillis;
	}

	public void setHeaderTimeout(long millis) {
		this.headerTimeoutMillis = millis;
	}

	@Override
	public void start() throws Exception {
		super.start();
		long period = Math.max(10, Math.min(500, this.headerTimeoutMillis / 10));
		this.deadlines = Executors.newSingleThreadScheduledExecutor(
				Thread.ofPlatform().daemon().name("header-deadline-" + getPort()).factory());
		this.deadlines.scheduleWithFixedDelay(this::checkDeadlines, period, period, TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() throws Exception {
		if (this.deadlines != null) {
			this.deadlines.shutdownNow();
		}
		super.stop();
	}

	/** One check; a failure is logged, and the next check runs as usual. */
	private void checkDeadlines() {
		try {
			closeLateHeaders();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not check the header deadlines of the open connections", ex);
		}
	}

	/**
	 * Closes the connections whose request has been in its parse stage (request line and
	 * headers) for longer than the deadline since its first byte was read.
	 * <p>
	 * A connection waiting for the rest of its headers keeps the processor of its
	 * unfinished request. It is looked at only while no thread processes it: under its
	 * lock, which Tomcat holds for as long as it processes the connection (as Tomcat's
	 * own pause does, through the connection's current processor). A connection being
	 * processed is looked at again on the next check: closing it meanwhile would recycle
	 * its processor and buffers while they are in use.
	 */
	void closeLateHeaders() {
		long timeout = TimeUnit.MILLISECONDS.toNanos(this.headerTimeoutMillis);
		for (SocketWrapperBase<?> connection : getEndpoint().getConnections()) {
			Lock lock = connection.getLock();
			if (!lock.tryLock()) {
				continue;
			}
			try {
				if (!connection.isClosed() && connection.getCurrentProcessor() instanceof Http11Processor processor
						&& !processor.isAsync() && readingHeadersFor(processor.getRequest(), timeout)) {
					connection.close();
				}
			}
			finally {
				lock.unlock();
			}
		}
	}

	/**
	 * Whether a request had its first byte longer ago than the timeout and is still
	 * reading the request line and headers: its stage is parse, or still that of the
	 * request before it (new or ended) until the request line is complete. From prepare
	 * to the end of the output the headers have all arrived; an asynchronous request,
	 * which also ends its stage while still in progress, is left out before this.
	 */
	private static boolean readingHeadersFor(Request request, long timeoutNanos) {
		long started = request.getStartTimeNanos();
		int stage = request.getRequestProcessor().getStage();
		boolean parsing = stage == Constants.STAGE_NEW || stage == Constants.STAGE_PARSE
				|| stage == Constants.STAGE_ENDED;
		return started != NOT_STARTED && parsing && System.nanoTime() - started > timeoutNanos;
	}

}
