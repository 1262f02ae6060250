package se.pmo.tidbok.catalog;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;

/**
 * Wiring of the catalog's HTTP answers.
 */
@Configuration(proxyBeanMethods = false)
class CatalogWebConfiguration {

	@Bean
	CacheControl catalogCacheControl(CatalogProperties properties) {
		return CacheControl.maxAge(properties.maxAge()).cachePublic();
	}

	@Bean
	FilterRegistrationBean<CatalogFastPath> catalogFastPath(Catalog catalog, CacheControl catalogCacheControl) {
		FilterRegistrationBean<CatalogFastPath> registration = new FilterRegistrationBean<>(
				new CatalogFastPath(catalog, catalogCacheControl));
		// After the observation filter (metrics) and the request guard, before security.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

}
