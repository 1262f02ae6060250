package se.pmo.tidbok.web;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * Request limits and error rendering at the edges of the application.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	@Bean
	FilterRegistrationBean<RequestGuardFilter> requestGuardFilter(WebLimits limits,
			List<SingleValuedParameters> singleValued, List<RequestBodyLimit> bodyLimits) {
		Set<String> names = singleValued.stream()
			.flatMap((parameters) -> parameters.names().stream())
			.collect(Collectors.toSet());
		FilterRegistrationBean<RequestGuardFilter> registration = new FilterRegistrationBean<>(new RequestGuardFilter(
				names, limits.maxRequestBody().toBytes(), bodyLimits, limits.requestBodyTimeout()));
		// After the observation filter, so refused requests still show in the metrics.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcatCustomizer(WebLimits limits) {
		return (factory) -> {
			// Request line and headers have a deadline too, which only the connector can
			// keep.
			factory.setProtocol(HeaderDeadlineProtocol.class.getName());
			factory.addConnectorCustomizers((connector) -> connector.setProperty("headerTimeout",
					Long.toString(limits.requestHeaderTimeout().toMillis())));
			// The whole catalog (about 24 KB) leaves in one socket write instead of
			// three.
			factory.addConnectorCustomizers((connector) -> connector.setProperty("socket.appWriteBufSize", "32768"));
			factory.addContextCustomizers((context) -> {
				Host host = (Host) context.getParent();
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve) {
						host.getPipeline().removeValve(valve);
					}
				}
				((StandardHost) host).setErrorReportValveClass(ProblemErrorReportValve.class.getName());
			});
		};
	}

	/**
	 * @param maxRequestBody the largest request body accepted; a batch of 1000
	 * appointments is about 150 KB
	 * @param requestBodyTimeout the longest a request body may take to arrive, from its
	 * first byte read; a slower one is refused with 408 and its connection closed
	 * @param requestHeaderTimeout the longest a request line and headers may take to
	 * arrive, from their first byte; the connection of a slower one is closed
	 */
	@ConfigurationProperties("tidbok.http")
	record WebLimits(@DefaultValue("512KB") DataSize maxRequestBody, @DefaultValue("10s") Duration requestBodyTimeout,
			@DefaultValue("10s") Duration requestHeaderTimeout) {
	}

}
