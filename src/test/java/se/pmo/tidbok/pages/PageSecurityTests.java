package se.pmo.tidbok.pages;

import java.net.InetAddress;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.pmo.tidbok.support.Api;
import se.pmo.tidbok.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages' security over plain HTTP: their policy and headers, the console's session
 * cookie, sign-in and sign-out, HTML error pages; and the API untouched by any of it.
 */
@IntegrationTest
class PageSecurityTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	Api api;

	@Test
	void pagesCarryAPolicyWithoutInlineScriptOrStyleAndRefuseFraming() {
		for (String page : List.of("/", "/typer/mottagningstid-med-tolk", "/konsol/logga-in")) {
			Api.Response answer = this.api.get(page);
			assertThat(answer.status()).isEqualTo(200);
			assertThat(answer.contentType()).startsWith("text/html");
			String policy = answer.header("Content-Security-Policy");
			assertThat(policy)
				.contains("default-src 'none'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'",
						"form-action 'self'")
				.doesNotContain("unsafe-inline", "unsafe-eval");
			assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
			assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(answer.text()).contains("<html lang=\"sv\">").doesNotContain("<script", " style=", "<style");
			assertThat(answer.header("Content-Language")).isEqualTo("sv");
			// Whatever the browser asks for: the page is in Swedish.
			assertThat(this.api.get(page, "Accept-Language", "en-GB,en;q=0.9").header("Content-Language"))
				.isEqualTo("sv");
		}
	}

	@Test
	void theConsoleSessionCookieIsHttpOnlyAndSameSiteAndChangesAtSignIn() {
		Api.Response form = this.api.get("/konsol/logga-in");
		String cookie = form.header("Set-Cookie");
		assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
		Api.Response signedIn = signIn(this.api, session(cookie), csrf(form), "admin", "local-admin-password");
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.header("Location")).endsWith("/konsol");
		String after = session(signedIn.header("Set-Cookie"));
		assertThat(after).isNotEqualTo(session(cookie));
		assertThat(this.api.get("/konsol", "Cookie", after).status()).isEqualTo(200);
		// The session that was used before signing in does not sign anyone in.
		assertThat(this.api.get("/konsol", "Cookie", session(cookie)).status()).isEqualTo(302);
	}

	@Test
	void signingOutEndsTheSession() {
		String session = signedIn(this.api);
		Api.Response console = this.api.get("/konsol", "Cookie", session);
		Api.Response out = this.api.send("POST", "/konsol/logga-ut", "_csrf=" + encode(csrf(console)), "Cookie",
				session, "Content-Type", "application/x-www-form-urlencoded");
		assertThat(out.status()).isEqualTo(302);
		assertThat(out.header("Location")).endsWith("/konsol/logga-in?utloggad");
		Api.Response after = this.api.get("/konsol", "Cookie", session);
		assertThat(after.status()).isEqualTo(302);
		assertThat(after.header("Location")).endsWith("/konsol/logga-in");
	}

	@Test
	void aWrongPasswordGoesBackToTheFormSayingSo() throws UnknownHostException {
		// From an address of its own, so the failure counts against no other test's.
		Api other = new Api(this.port, InetAddress.getByName("127.0.0.9"));
		Api.Response form = other.get("/konsol/logga-in");
		Api.Response refused = signIn(other, session(form.header("Set-Cookie")), csrf(form), "nobody-here", "wrong");
		assertThat(refused.status()).isEqualTo(302);
		assertThat(refused.header("Location")).endsWith("/konsol/logga-in?fel");
		assertThat(other.get("/konsol/logga-in?fel").text()).contains("Fel användarnamn eller lösenord.");
	}

	@Test
	void theConsoleNeedsTheAdminRoleAndSaysSoInHtml() {
		Api.Response anonymous = this.api.get("/konsol/andringar");
		assertThat(anonymous.status()).isEqualTo(302);
		assertThat(anonymous.header("Location")).endsWith("/konsol/logga-in");
		Api.Response form = this.api.get("/konsol/logga-in");
		Api.Response reader = signIn(this.api, session(form.header("Set-Cookie")), csrf(form), "clinic-reader",
				"local-admin-password");
		Api.Response denied = this.api.get("/konsol", "Cookie", session(reader.header("Set-Cookie")), "Accept",
				"text/html");
		assertThat(denied.status()).isEqualTo(403);
		assertThat(denied.contentType()).startsWith("text/html");
		assertThat(denied.text()).contains("Ingen behörighet").doesNotContain("Exception", "at se.pmo");
		assertThat(denied.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
	}

	@Test
	void unknownPagesGetHtmlAndTheApiKeepsItsProblems() {
		Api.Response page = this.api.get("/typer/finns-inte", "Accept", "text/html");
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.text()).contains("Typen finns inte");
		Api.Response deeper = this.api.get("/typer/a/b/c", "Accept", "text/html");
		assertThat(deeper.status()).isEqualTo(404);
		assertThat(deeper.contentType()).startsWith("text/html");
		assertThat(List.of(page.header("Content-Language"), deeper.header("Content-Language"))).containsOnly("sv");
		// Refused by the request firewall, before any controller.
		Api.Response firewall = this.api.get("/konsol/../typer/a", "Accept", "text/html");
		assertThat(firewall.status()).isEqualTo(400);
		assertThat(firewall.contentType()).startsWith("text/html");
		assertThat(firewall.text()).contains("Förfrågan kunde inte tas emot").doesNotContain("Exception");
		Api.Response apiAnswer = this.api.get("/api/v1/appointment-types/finns-inte", "Accept",
				"text/html,application/json;q=0.9,*/*;q=0.8");
		assertThat(apiAnswer.status()).isEqualTo(404);
		assertThat(apiAnswer.contentType()).isEqualTo("application/problem+json");
	}

	@Test
	void theApiStaysStatelessAndWithoutThePagesHeaders() {
		Api.Response list = this.api.get("/api/v1/appointment-types?q=lakare");
		assertThat(list.header("Set-Cookie")).isNull();
		assertThat(list.header("Content-Security-Policy")).isNull();
		Api.Response admin = this.api.get("/api/v1/admin/appointment-types/sexolog-1177",
				Api.basic("admin", "local-admin-password"));
		assertThat(admin.status()).isEqualTo(200);
		assertThat(admin.header("Set-Cookie")).isNull();
		// A console session is no credential for the API.
		String session = signedIn(this.api);
		assertThat(this.api.get("/api/v1/admin/appointment-types/sexolog-1177", "Cookie", session).status())
			.isEqualTo(401);
	}

	private static String signedIn(Api api) {
		Api.Response form = api.get("/konsol/logga-in");
		Api.Response signedIn = signIn(api, session(form.header("Set-Cookie")), csrf(form), "admin",
				"local-admin-password");
		assertThat(signedIn.status()).isEqualTo(302);
		return session(signedIn.header("Set-Cookie"));
	}

	private static Api.Response signIn(Api api, String session, String csrf, String user, String password) {
		return api.send("POST", "/konsol/logga-in",
				"anvandarnamn=" + encode(user) + "&losenord=" + encode(password) + "&_csrf=" + encode(csrf), "Cookie",
				session, "Content-Type", "application/x-www-form-urlencoded");
	}

	private static String csrf(Api.Response page) {
		Matcher token = CSRF.matcher(page.text());
		assertThat(token.find()).as("a CSRF token on the page").isTrue();
		return token.group(1);
	}

	/** The session cookie of a Set-Cookie header, as a Cookie header sends it back. */
	private static String session(String setCookie) {
		assertThat(setCookie).startsWith("JSESSIONID=");
		return setCookie.substring(0, setCookie.indexOf(';'));
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
