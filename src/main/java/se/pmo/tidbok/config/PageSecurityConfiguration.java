package se.pmo.tidbok.config;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

import se.pmo.tidbok.web.HtmlErrorPages;
import se.pmo.tidbok.web.PagePaths;
import se.pmo.tidbok.web.SecurityHeaders;

/**
 * The pages for people ({@link PagePaths}): the public catalog is open; the console needs
 * the admin role, signed in with a form as one of the configured users (the same user
 * names, passwords and {@link LoginThrottle} as HTTP Basic on the API), kept in a session
 * that expires ({@code server.servlet.session.timeout}), with a CSRF token on every form.
 * The API's chains are unchanged and stateless: this chain matches page paths only, by a
 * prefix comparison, and answers nothing else.
 */
@Configuration(proxyBeanMethods = false)
class PageSecurityConfiguration {

	@Bean
	@Order(0)
	SecurityFilterChain pageSecurity(HttpSecurity http, SecurityProperties properties,
			SecurityConfiguration.PasswordSignIn passwordSignIn) {
		http.securityMatcher(PagePaths::isPage)
			.authenticationManager(new ProviderManager(passwordSignIn.provider()))
			.authorizeHttpRequests((requests) -> requests.requestMatchers(PagePaths.SIGN_IN)
				.permitAll()
				.requestMatchers(PagePaths.CONSOLE, PagePaths.CONSOLE + "/**")
				.hasRole(properties.adminRole())
				.anyRequest()
				.permitAll())
			.formLogin((form) -> form.loginPage(PagePaths.SIGN_IN)
				.usernameParameter("anvandarnamn")
				.passwordParameter("losenord")
				.defaultSuccessUrl(PagePaths.CONSOLE, false)
				.failureHandler(PageSecurityConfiguration::signInFailed))
			.logout((logout) -> logout.logoutUrl(PagePaths.SIGN_OUT)
				.logoutSuccessUrl(PagePaths.SIGN_IN + "?utloggad")
				.invalidateHttpSession(true)
				.deleteCookies("JSESSIONID"))
			.requestCache((cache) -> cache.requestCache(requestCache()))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(PageSecurityConfiguration::denied))
			.headers((headers) -> headers.contentTypeOptions(Customizer.withDefaults())
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
				.contentSecurityPolicy((csp) -> csp.policyDirectives(SecurityHeaders.PAGE_CONTENT_SECURITY_POLICY)));
		return http.build();
	}

	/**
	 * After signing in, back to the console page that was asked for, at its own address
	 * (without the {@code ?continue} marker Spring Security adds by default).
	 */
	private static HttpSessionRequestCache requestCache() {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setMatchingRequestParameterName(null);
		return cache;
	}

	/** Back to the form, saying why: a wrong password, or too many failures for now. */
	private static void signInFailed(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException {
		String why = (failure instanceof ThrottledAuthenticationProvider.TooManyFailuresException tooMany)
				? "vanta=" + tooMany.retryAfterSeconds() : "fel";
		response.sendRedirect(request.getContextPath() + PagePaths.SIGN_IN + "?" + why);
	}

	/** 403 as an HTML error page, which says when the form's CSRF token was refused. */
	private static void denied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		if (denied instanceof CsrfException) {
			request.setAttribute(HtmlErrorPages.CSRF_REFUSED, Boolean.TRUE);
		}
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}

}
