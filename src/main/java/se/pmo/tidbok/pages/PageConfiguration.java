package se.pmo.tidbok.pages;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Wiring of the pages.
 */
@Configuration(proxyBeanMethods = false)
class PageConfiguration {

	/**
	 * Thymeleaf's auto-configuration would register a filter that rewrites resource URLs
	 * on every request, the API's included; the pages link their one stylesheet directly,
	 * so it is registered disabled: the pages add no servlet filter.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

}
