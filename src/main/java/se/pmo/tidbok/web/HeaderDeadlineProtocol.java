package se.pmo.tidbok.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.coyote.Adapter;
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
	 * Every processor this connector made, for the deadline checks: a processor reading
	 * headers is held by the thread reading them, not by its connection. Tomcat keeps and
	 * reuses processors, so there are as many as connections were ever served at once;
	 * the set holds them weakly and forgets those Tomcat drops.
	 */
	private final Set<Processor> processors = Collections.newSetFromMap(new WeakHashMap<>());

	@Override
	protected org.apache.coyote.Processor createProcessor() {
		Processor processor = new Processor(this, getAdapter());
		synchronized (this.processors) {
			this.processors.add(processor);
		}
		return processor;
	}

	/**
	 * Closes the connections whose request has been in its parse stage (request line and
	 * headers) for longer than the deadline since its first byte was read.
	 */
	void closeLateHeaders() {
		long now = System.nanoTime();
		long timeout = TimeUnit.MILLISECONDS.toNanos(this.headerTimeoutMillis);
		List<Processor> all;
		synchronized (this.processors) {
			all = new ArrayList<>(this.processors);
		}
		for (Processor processor : all) {
			Request request = processor.getRequest();
			long started = request.getStartTimeNanos();
			if (started > 0 && readingHeaders(request.getRequestProcessor().getStage()) && now - started > timeout) {
				processor.closeConnection();
			}
		}
	}

	/**
	 * Whether a processor whose request has its first byte is still reading the request
	 * line and headers: its stage is parse, or still that of the request before it (new
	 * or ended) until the request line is complete. From prepare to the end of the output
	 * the headers have all arrived.
	 */
	private static boolean readingHeaders(int stage) {
		return stage == Constants.STAGE_NEW || stage == Constants.STAGE_PARSE || stage == Constants.STAGE_ENDED;
	}

	/** Tomcat's processor, which lets the deadline check close its connection. */
	private static final class Processor extends Http11Processor {

		Processor(HeaderDeadlineProtocol protocol, Adapter adapter) {
			super(protocol, adapter);
		}

		void closeConnection() {
			SocketWrapperBase<?> connection = getSocketWrapper();
			if (connection != null) {
				connection.close();
			}
		}

	}

}
