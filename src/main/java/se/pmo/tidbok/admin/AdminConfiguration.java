package se.pmo.tidbok.admin;

import java.util.List;

import org.springframework.beans.factory.BeanRegistrar;
import org.springframework.beans.factory.BeanRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import se.pmo.tidbok.catalog.CatalogSeed;
import se.pmo.tidbok.web.SingleValuedParameters;

/**
 * Wiring of the administration's HTTP edge, and of the seed reset on the management port.
 */
@Configuration(proxyBeanMethods = false)
@Import(AdminConfiguration.SeedReset.class)
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
	 * set-up, never production). A registrar, asked where the service runs, like the
	 * clock's endpoint: a condition would be decided at build time when the bean
	 * definitions are generated then (Spring AOT).
	 */
	static class SeedReset implements BeanRegistrar {

		@Override
		public void register(BeanRegistry registry, Environment environment) {
			if (environment.getProperty("tidbok.clock.adjustable", Boolean.class, false)) {
				registry.registerBean("catalogResetEndpoint", CatalogResetEndpoint.class,
						(endpoint) -> endpoint
							.supplier((context) -> new CatalogResetEndpoint(context.bean(CatalogSeed.class),
									context.bean(AuditTrail.class), context.bean(TransactionTemplate.class))));
			}
		}

	}

}
