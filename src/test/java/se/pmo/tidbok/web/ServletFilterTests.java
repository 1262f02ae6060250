package se.pmo.tidbok.web;

import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import se.pmo.tidbok.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The servlet filters every request passes. Tomcat builds each request's filter chain by
 * looking every filter up under one context-wide lock, so the chain holds only filters
 * the service needs: no WebSocket filter (no WebSocket endpoint), no form-content filter
 * (no form bodies). The FHIR endpoint's filter is mapped to {@code /fhir/*} only, so no
 * other request looks it up.
 */
@IntegrationTest
class ServletFilterTests {

	@Autowired
	ServletContext servletContext;

	@Test
	void onlyTheFiltersTheServiceNeedsAreRegistered() {
		assertThat(this.servletContext.getFilterRegistrations().keySet()).containsExactlyInAnyOrder(
				"webMvcObservationFilter", "requestGuardFilter", "catalogFastPath", "characterEncodingFilter",
				"requestContextFilter", "springSecurityFilterChain", "fhirRequestFilter");
		assertThat(this.servletContext.getFilterRegistration("fhirRequestFilter").getUrlPatternMappings())
			.containsExactly("/fhir/*");
	}

}
