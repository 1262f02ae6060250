package se.pmo.tidbok.admin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.pmo.tidbok.web.SingleValuedParameters;

/**
 * Wiring of the administration's HTTP edge.
 */
@Configuration(proxyBeanMethods = false)
class AdminConfiguration {

	@Bean
	SingleValuedParameters adminParameters() {
		return new SingleValuedParameters("code", "page", "size", "asOf", "effectiveFrom");
	}

}
