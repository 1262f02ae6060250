package se.pmo.tidbok.pages;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import se.pmo.tidbok.web.PagePaths;

/**
 * Wiring of the pages.
 */
@Configuration(proxyBeanMethods = false)
class PageConfiguration {

	private static final Locale SWEDISH = Locale.forLanguageTag("sv");

	/**
	 * Thymeleaf's auto-configuration would register a filter that rewrites resource URLs
	 * on every request, the API's included; the pages link their one stylesheet directly,
	 * so it is registered disabled: the pages add no servlet filter.
	 */
	/**
	 * The pages are in Swedish and say so in {@code Content-Language} too, which Spring
	 * MVC sets from this resolver when it renders a view, whatever language the browser
	 * asks for. Every other request keeps the locale of its {@code Accept-Language}, as
	 * Spring Boot's default resolver gives it.
	 */
	@Bean
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver others = new AcceptHeaderLocaleResolver();
		return new LocaleResolver() {

			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				return PagePaths.isPage(request) ? SWEDISH : others.resolveLocale(request);
			}

			@Override
			public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
				others.setLocale(request, response, locale);
			}

		};
	}

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

}
