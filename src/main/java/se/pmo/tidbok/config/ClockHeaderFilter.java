package se.pmo.tidbok.config;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes {@value #HEADER} (e.g. {@code fixed 2026-12-10T09:00:00+01:00}) on every answer
 * of the service port while the clock is not the system's, so that nobody mistakes a test
 * set-up for production. Registered only then.
 */
class ClockHeaderFilter extends OncePerRequestFilter {

	static final String HEADER = "Tidbok-Clock";

	private final ServiceClock.Mode mode;

	private final Clock clock;

	private final ZoneId zone;

	ClockHeaderFilter(ServiceClock.Mode mode, Clock clock, ZoneId zone) {
		this.mode = mode;
		this.clock = clock;
		this.zone = zone;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader(HEADER, this.mode.label() + " " + ServiceClock.local(this.clock.instant(), this.zone));
		chain.doFilter(request, response);
	}

}
