package se.pmo.tidbok.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks user name and password only for a client address and a user name that are not
 * over the {@link LoginThrottle}; counts each failure against both. A refused attempt
 * costs no password hash computation. The checks that are made run one at a time on a
 * platform thread of their own: a password hash takes tens of milliseconds of CPU, and on
 * the virtual threads that serve requests it would hold a carrier thread (one per core)
 * that long, so that a few concurrent sign-ins stall every other request.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	/** The longest part of a user name that is remembered; user names are shorter. */
	private static final int MAX_KEY_LENGTH = 100;

	/** Sign-ins waiting for their password check beyond this many are refused. */
	private static final int MAX_WAITING = 64;

	private final ExecutorService checks = passwordCheckThread();

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final Clock clock;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle, Clock clock) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		Instant now = Instant.now(this.clock);
		String address = "address:" + address(authentication);
		String user = "user:" + user(authentication);
		Duration wait = max(this.throttle.waitFor(address, now), this.throttle.waitFor(user, now));
		if (!wait.isZero()) {
			throw new TooManyFailuresException(wait);
		}
		try {
			return check(authentication);
		}
		catch (BadCredentialsException ex) {
			this.throttle.failed(address, now);
			this.throttle.failed(user, now);
			throw ex;
		}
	}

	private Authentication check(Authentication authentication) {
		Future<Authentication> checked;
		try {
			checked = this.checks.submit(() -> this.passwords.authenticate(authentication));
		}
		catch (RejectedExecutionException ex) {
			throw new TooManyFailuresException(Duration.ofSeconds(1));
		}
		try {
			return checked.get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof AuthenticationException failed) {
				throw failed;
			}
			throw new AuthenticationServiceException("The password check failed", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			checked.cancel(true);
			throw new AuthenticationServiceException("Interrupted while checking the password", ex);
		}
	}

	/** One thread, present only while there are checks to make. */
	private static ExecutorService passwordCheckThread() {
		ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS,
				new ArrayBlockingQueue<>(MAX_WAITING),
				Thread.ofPlatform().daemon(true).name("password-check").factory());
		executor.allowCoreThreadTimeOut(true);
		return executor;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.passwords.supports(authentication);
	}

	private static String address(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: "unknown";
	}

	private static String user(Authentication authentication) {
		String name = authentication.getName().toLowerCase(Locale.ROOT);
		return (name.length() > MAX_KEY_LENGTH) ? name.substring(0, MAX_KEY_LENGTH) : name;
	}

	private static Duration max(Duration a, Duration b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

	/** Too many failed sign-ins from this address or for this user name. */
	static final class TooManyFailuresException extends AuthenticationException {

		private final Duration retryAfter;

		TooManyFailuresException(Duration retryAfter) {
			super("Too many failed sign-ins");
			this.retryAfter = retryAfter;
		}

		/** Whole seconds until an attempt is allowed again, at least 1. */
		long retryAfterSeconds() {
			long seconds = this.retryAfter.toSeconds() + ((this.retryAfter.toNanosPart() > 0) ? 1 : 0);
			return Math.max(1, seconds);
		}

	}

}
