package se.pmo.tidbok.catalog.web;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import se.pmo.tidbok.time.CalendarZone;
import se.pmo.tidbok.catalog.Catalog;
import se.pmo.tidbok.catalog.CatalogProperties;
import se.pmo.tidbok.web.SingleValuedParameters;

/**
 * Wiring of the catalog: how it is kept current and how it answers over HTTP.
 */
@Configuration(proxyBeanMethods = false)
class CatalogWebConfiguration implements SchedulingConfigurer {

	private final Catalog catalog;

	private final CatalogProperties properties;

	CatalogWebConfiguration(Catalog catalog, CatalogProperties properties) {
		this.catalog = catalog;
		this.properties = properties;
	}

	/** Every instance checks the catalog revision in PostgreSQL at this interval. */
	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		tasks.addFixedDelayTask(new FixedDelayTask(this.catalog::refresh, this.properties.refreshInterval(),
				this.properties.refreshInterval()));
	}

	@Bean
	SingleValuedParameters catalogParameters() {
		return new SingleValuedParameters("q", "visibleToPatient", "cancellableByPatient", "rebookableByPatient",
				"smsReminder", "bookableOnline", "asOf");
	}

	@Bean
	CatalogHttp.Caching catalogCaching(CatalogProperties properties) {
		return new CatalogHttp.Caching(properties.maxAge());
	}

	@Bean
	FilterRegistrationBean<CatalogFastPath> catalogFastPath(Catalog catalog, CatalogHttp.Caching catalogCaching,
			Clock clock, CalendarZone calendarZone) {
		FilterRegistrationBean<CatalogFastPath> registration = new FilterRegistrationBean<>(
				new CatalogFastPath(catalog, catalogCaching, clock, calendarZone.zone()));
		// After the observation filter (metrics) and the request guard, before security.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

}
