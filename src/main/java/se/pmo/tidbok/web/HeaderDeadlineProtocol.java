package se.pmo.tidbok.web;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;

import org.apache.coyote.Constants;
import org.apache.coyote.Request;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.coyote.http11.Http11Processor;
import org.apache.tomcat.util.net.NioEndpoint.NioSocketWrapper;
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
 * connection whose request is still being parsed. Like the body deadline it reads no
 * clock itself: a request seen still parsing its headers in more checks than the deadline
 * holds periods has had them for longer than the deadline, since the checks are at least
 * a period apart.
 * <p>
 * Empty lines before a request line are skipped by Tomcat one read at a time, and between
 * two of them the connection keeps no request: its start mark is gone with it. A
 * connection with no request that has read bytes since its last answer, check after check
 * for longer than the deadline, is closed too. A client that only waits between two
 * requests reads nothing meanwhile, and one whose request follows its empty lines answers
 * before the deadline or has a request being parsed.
 */
public class HeaderDeadlineProtocol extends Http11NioProtocol {

	private static final Logger logger = LoggerFactory.getLogger(HeaderDeadlineProtocol.class);

	/** Tomcat's mark of a request whose first byte has not been read yet. */
	private static final long NOT_STARTED = -1;

	private volatile long headerTimeoutMillis = 10_000;

	private ScheduledExecutorService deadlines;

	/**
	 * The connections seen parsing headers at the last check, with their request's start
	 * mark and how many checks in a row have seen it; read and written by the checking
	 * thread only.
	 */
	private Map<SocketWrapperBase<?>, Sighting> parsing = new HashMap<>();

	/**
	 * The connections with no request seen at the last check, with what they had read and
	 * written then; read and written by the checking thread only.
	 */
	private Map<SocketWrapperBase<?>, Between> between = new HashMap<>();

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
		long period = period();
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

	private long period() {
		return Math.max(10, Math.min(500, this.headerTimeoutMillis / 10));
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
	 * Closes the connections whose request has been seen in its parse stage (request line
	 * and headers) since before the deadline: in more checks in a row than the deadline
	 * holds periods. The first check that sees a request comes up to a period after its
	 * first byte, so it is closed up to a period after the deadline, never before.
	 * <p>
	 * A connection waiting for the rest of its headers keeps the processor of its
	 * unfinished request. It is looked at only while no thread processes it: under its
	 * lock, which Tomcat holds for as long as it processes the connection (as Tomcat's
	 * own pause does, through the connection's current processor). A connection being
	 * processed is looked at again on the next check: closing it meanwhile would recycle
	 * its processor and buffers while they are in use.
	 */
	void closeLateHeaders() {
		long checksAllowed = (this.headerTimeoutMillis + period() - 1) / period();
		Map<SocketWrapperBase<?>, Sighting> seen = new HashMap<>();
		Map<SocketWrapperBase<?>, Between> idle = new HashMap<>();
		for (SocketWrapperBase<?> connection : getEndpoint().getConnections()) {
			Lock lock = connection.getLock();
			if (!lock.tryLock()) {
				Sighting before = this.parsing.get(connection);
				if (before != null) {
					// Being processed: it may be a byte of the same headers.
					seen.put(connection, before);
				}
				Between waiting = this.between.get(connection);
				if (waiting != null) {
					// Or an empty line.
					idle.put(connection, waiting);
				}
				continue;
			}
			try {
				if (connection.getCurrentProcessor() == null && !connection.isClosed()
						&& connection instanceof NioSocketWrapper nio) {
					Between now = Between.seen(this.between.get(connection), nio.getLastRead(), nio.getLastWrite());
					if (now.checks() > checksAllowed) {
						connection.close();
					}
					else {
						idle.put(connection, now);
					}
					continue;
				}
				long started = parsingSince(connection);
				if (started == NOT_STARTED) {
					continue;
				}
				Sighting before = this.parsing.get(connection);
				Sighting now = (before != null && before.started() == started) ? before.again()
						: new Sighting(started, 1);
				if (now.checks() > checksAllowed) {
					connection.close();
				}
				else {
					seen.put(connection, now);
				}
			}
			finally {
				lock.unlock();
			}
		}
		this.parsing = seen;
		this.between = idle;
	}

	/**
	 * Tomcat's start mark of the request a connection is still reading the request line
	 * and headers of, or {@link #NOT_STARTED}: its processor's stage is parse, or still
	 * that of the request before it (new or ended) until the request line is complete.
	 * From prepare to the end of the output the headers have all arrived; an asynchronous
	 * request, which also ends its stage while still in progress, is left out.
	 */
	private static long parsingSince(SocketWrapperBase<?> connection) {
		if (connection.isClosed() || !(connection.getCurrentProcessor() instanceof Http11Processor processor)
				|| processor.isAsync()) {
			return NOT_STARTED;
		}
		Request request = processor.getRequest();
		int stage = request.getRequestProcessor().getStage();
		boolean parsing = stage == Constants.STAGE_NEW || stage == Constants.STAGE_PARSE
				|| stage == Constants.STAGE_ENDED;
		return parsing ? request.getStartTimeNanos() : NOT_STARTED;
	}

	/**
	 * A request seen parsing its headers.
	 *
	 * @param started Tomcat's start mark of the request, which tells it from the next one
	 * on the same connection
	 * @param checks how many checks in a row have seen it
	 */
	private record Sighting(long started, long checks) {

		Sighting again() {
			return new Sighting(this.started, this.checks + 1);
		}

	}

	/**
	 * A connection seen with no request, between two or before its first.
	 *
	 * @param lastRead when it last read, in ms
	 * @param lastWrite when it last wrote (its last answer), which tells one wait between
	 * requests from the next
	 * @param checks how many checks in a row have seen it since it read bytes after its
	 * last answer, 0 while it has read none
	 */
	private record Between(long lastRead, long lastWrite, long checks) {

		/**
		 * The connection as seen now: counted from the first check that finds it has read
		 * again since the one before, with no answer in between. After an answer Tomcat
		 * reads once more to find the next request, so the first sighting after an answer
		 * counts nothing.
		 */
		static Between seen(Between before, long lastRead, long lastWrite) {
			if (before == null || before.lastWrite() != lastWrite) {
				return new Between(lastRead, lastWrite, 0);
			}
			boolean reading = before.checks() > 0 || before.lastRead() != lastRead;
			return new Between(lastRead, lastWrite, reading ? before.checks() + 1 : 0);
		}

	}

}
