package se.pmo.tidbok.admin;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import se.pmo.tidbok.catalog.CatalogSeed;
import se.pmo.tidbok.web.SingleValuedParameters;

/**
 * Wiring of the administration's HTTP edge, and of the seed reset on the management port.
 */
@Configuration(proxyBeanMethods = false)
class AdminConfiguration implements WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new IfMatchArgumentResolver());
	}

	@Bean
	SingleValuedParameters adminParameters() {
		return new SingleValuedParameters("code", "page", "size", "asOf", "effectiveFrom");
	}

	/**
	 * The seed reset for integration tests, only while the clock is adjustable (a test
	 * set-up, never production).
	 */
	@Bean
	@ConditionalOnBooleanProperty("tidbok.clock.adjustable")
	CatalogResetEndpoint catalogResetEndpoint(CatalogSeed seed, AuditTrail audit, TransactionTemplate transaction) {
		return new CatalogResetEndpoint(seed, audit, transaction);
	}

}
