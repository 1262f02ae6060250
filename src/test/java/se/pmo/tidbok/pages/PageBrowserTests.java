package se.pmo.tidbok.pages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.pmo.tidbok.support.Api;
import se.pmo.tidbok.support.Browser;
import se.pmo.tidbok.support.CatalogReset;
import se.pmo.tidbok.support.IntegrationTest;
import se.pmo.tidbok.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages in a real browser (Debian's Chromium): the public table against the API, the
 * date control, an administrator scheduling, seeing and withdrawing a change, importing a
 * revised table, a form without its CSRF token, a stale form, keyboard use, and axe-core
 * over every page. Screenshots go to {@code target/screenshots}. The clock stands at
 * {@link IntegrationTest#NOW}, Friday 20 March 2026.
 */
@IntegrationTest
class PageBrowserTests {

	static final String[] ADMIN = Api.basic("admin", "local-admin-password");

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	@Autowired
	CatalogReset catalogReset;

	@BeforeEach
	void startBrowser() {
		if (browser == null) {
			browser = new Browser(this.port);
		}
	}

	@AfterEach
	void restore() {
		browser.driver().manage().deleteAllCookies();
		this.clock.reset();
		this.catalogReset.restoreSeed();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
	}

	@Test
	void publicTableIsTheApisListInItsOrderWithItsFlags() {
		browser.open("/");
		browser.screenshot("tabell");
		List<String> shown = new ArrayList<>();
		for (WebElement row : browser.all("table.katalog tbody tr")) {
			List<String> flags = row.findElements(org.openqa.selenium.By.cssSelector("td.flagga .dold"))
				.stream()
				.map((flag) -> flag.getAttribute("textContent"))
				.toList();
			shown.add(row.getAttribute("data-code") + " "
					+ row.findElement(org.openqa.selenium.By.cssSelector("th a")).getText() + " " + flags);
		}
		List<String> listed = new ArrayList<>();
		for (JsonNode type : this.api.get("/api/v1/appointment-types").json()) {
			listed.add(type.get("code").asString() + " " + type.get("name").asString() + " "
					+ List.of(yes(type, "visibleToPatient"), yes(type, "cancellableByPatient"),
							yes(type, "rebookableByPatient"), yes(type, "smsReminder")));
		}
		assertThat(listed).hasSize(109);
		assertThat(shown).containsExactlyElementsOf(listed);
		assertThat(browser.main()).contains("Uppdaterad 23 apr 2026").contains("109 av 109 typer");
		assertThat(browser.find("html").getAttribute("lang")).isEqualTo("sv");
	}

	@Test
	void searchAndFiltersAreTheApis() {
		browser.open("/");
		browser.find("#q").sendKeys("lakare");
		new org.openqa.selenium.support.ui.Select(browser.find("#bokasOnline")).selectByValue("ja");
		browser.clickThrough("form.filter button");
		List<String> shown = browser.all("table.katalog tbody tr")
			.stream()
			.map((row) -> row.getAttribute("data-code"))
			.toList();
		List<String> listed = new ArrayList<>();
		this.api.get("/api/v1/appointment-types?q=lakare&bookableOnline=true")
			.json()
			.forEach((type) -> listed.add(type.get("code").asString()));
		assertThat(shown).isNotEmpty().containsExactlyElementsOf(listed);
	}

	@Test
	void dateControlShowsAScheduledAndAnEarlierState() {
		scheduleSexologNotRebookable("2026-04-01T00:00");
		browser.open("/");
		assertThat(row("sexolog-1177").getText()).contains("ändras 1 apr 2026");
		assertThat(flags("sexolog-1177")).containsExactly("Ja", "Ja", "Ja", "Ja");
		showDay("2026-04-01");
		assertThat(browser.main()).contains("Visar katalogen som den gäller 1 apr 2026 kl. 00:00");
		assertThat(flags("sexolog-1177")).containsExactly("Ja", "Ja", "Nej", "Ja");
		// Once the change is in force, an earlier day shows the type as it was.
		this.clock.set(Instant.parse("2026-04-02T10:00:00Z"));
		browser.open("/");
		assertThat(flags("sexolog-1177")).containsExactly("Ja", "Ja", "Nej", "Ja");
		showDay("2026-03-25");
		assertThat(flags("sexolog-1177")).containsExactly("Ja", "Ja", "Ja", "Ja");
		browser.screenshot("tabell-datum");
	}

	@Test
	void typePageSaysThePatientCannotCancelAnInterpretersTimeAndWhy() {
		browser.open("/");
		browser.find("#q").sendKeys("tolk", Keys.ENTER);
		browser.awaitPath("/?q=tolk&bokasOnline=&synlig=&avbokningsbar=&ombokningsbar=&sms=&datum=");
		browser.clickThrough("tr[data-code='mottagningstid-med-tolk'] th a");
		assertThat(browser.path()).isEqualTo("/typer/mottagningstid-med-tolk");
		assertThat(browser.main()).contains("Avbokningsbar\nNej")
			.contains("Den här tiden kan inte avbokas via 1177")
			.contains("avbokas bara av mottagningen, eftersom tolken måste avbokas av mottagningen")
			.contains("Bokningsbar online\nNej: namnet slutar inte på \"1177\".");
		browser.screenshot("typ");
	}

	@Test
	void anAdministratorSchedulesAChangeSeesItPendingAndWithdrawsIt() {
		signInWithTheKeyboard();
		browser.open("/konsol/typer/sexolog-1177");
		browser.find("#rebookableByPatient").sendKeys(Keys.SPACE);
		browser.find("#andring-fran").sendKeys(Keys.SPACE);
		date("#andring-datum", "2026-04-01");
		browser.find("#andring-tid").sendKeys("0000");
		submit("form[action$='/konsol/typer/sexolog-1177'] button[type=submit]");
		assertThat(browser.find(".meddelande").getText()).isEqualTo("Ändringen är sparad, från 1 apr 2026 kl. 00:00.");

		browser.open("/konsol/andringar");
		assertThat(squashed(browser.main())).contains("1 apr 2026 kl. 00:00: Sexolog 1177")
			.contains("planerad av basic:admin")
			.contains("Ombokningsbar: Ja → blir Nej");
		browser.screenshot("konsol-andringar");

		browser.open("/");
		row("sexolog-1177").findElement(org.openqa.selenium.By.cssSelector("a.andras")).click();
		assertThat(browser.path()).isEqualTo("/typer/sexolog-1177#planerad");
		assertThat(browser.find("#planerad").getText()).contains("Från 1 apr 2026 kl. 00:00 (version 1)");
		assertThat(this.api.get("/api/v1/appointment-types/sexolog-1177?asOf=2026-04-01T00:00")
			.json()
			.get("rebookableByPatient")
			.asBoolean()).isFalse();

		browser.open("/konsol/andringar");
		submit("li.planerad[data-code='sexolog-1177'] button");
		assertThat(browser.find(".meddelande").getText()).contains("är återkallad");
		assertThat(browser.main()).contains("Ingen ändring är planerad.");
		browser.open("/");
		assertThat(row("sexolog-1177").getText()).doesNotContain("ändras");
		assertThat(this.api.get("/api/v1/admin/scheduled-changes", ADMIN).json()).isEmpty();
	}

	@Test
	void refusalsAreShownInSwedishNextToTheirFieldsAndKeepTheInput() {
		signIn();
		browser.open("/konsol/typer/sexolog-1177");
		browser.find("#andring-fran").click();
		date("#andring-datum", "2026-03-29");
		time("#andring-tid", "02:30");
		browser.find("#description").sendKeys("Endast remiss.");
		submit("form[action$='/konsol/typer/sexolog-1177'] button[type=submit]");
		assertThat(browser.find("#andring-datum-fel").getText())
			.contains("Klockslaget finns inte den dagen i svensk tid");
		assertThat(browser.find("#andring-datum").getAttribute("aria-describedby")).isEqualTo("andring-datum-fel");
		assertThat(browser.find("#description").getAttribute("value")).isEqualTo("Endast remiss.");

		date("#andring-datum", "2026-10-25");
		submit("form[action$='/konsol/typer/sexolog-1177'] button[type=submit]");
		assertThat(browser.find("#andring-datum-fel").getText()).contains("inträffar två gånger");
		browser.find("#andring-offset-1").click();
		submit("form[action$='/konsol/typer/sexolog-1177'] button[type=submit]");
		assertThat(browser.find(".meddelande").getText())
			.isEqualTo("Ändringen är sparad, från 25 okt 2026 kl. 02:30 (+01:00).");
		assertThat(this.api.get("/api/v1/appointment-types/sexolog-1177/history")
			.json()
			.get("versions")
			.get(1)
			.get("effectiveFrom")
			.asString()).isEqualTo("2026-10-25T02:30:00+01:00");

		browser.open("/konsol/typer/vaccination-1177");
		browser.find("#smsReminder").click();
		browser.find("#andring-fran").click();
		date("#andring-datum", "2026-03-19");
		submit("form[action$='/konsol/typer/vaccination-1177'] button[type=submit]");
		assertThat(browser.find("#andring-datum-fel").getText()).contains("har redan passerat");
		browser.find("#visibleToPatient").click();
		browser.find("#andring-nu").click();
		submit("form[action$='/konsol/typer/vaccination-1177'] button[type=submit]");
		assertThat(browser.find("#cancellableByPatient-fel").getText())
			.contains("patienten kan inte avboka en tid den inte ser");
		browser.find("#visibleToPatient").click();
		browser.find("#name").clear();
		browser.find("#name").sendKeys("Sexolog 1177");
		submit("form[action$='/konsol/typer/vaccination-1177'] button[type=submit]");
		assertThat(browser.find("#name-fel").getText()).contains("En annan typ har redan det här namnet");
		browser.screenshot("konsol-fel");
	}

	@Test
	void aStaleFormNeverOverwritesAndSaysWhoChangedWhat() {
		signIn();
		browser.open("/konsol/typer/sexolog-1177");
		browser.find("#description").sendKeys("Min text");
		// Someone else changes the type meanwhile.
		Api.Response other = this.api.send("PUT", "/api/v1/admin/appointment-types/sexolog-1177", """
				{"name": "Sexolog 1177", "description": null, "visibleToPatient": true,
				 "cancellableByPatient": true, "rebookableByPatient": false, "smsReminder": true}""",
				Api.with(Api.with(ADMIN, "Content-Type", "application/json"), "If-Match", "\"0\""));
		assertThat(other.status()).isEqualTo(200);
		submit("form[action$='/konsol/typer/sexolog-1177'] button[type=submit]");
		assertThat(browser.find("#inaktuell").getText()).isEqualTo("Typen har ändrats sedan du öppnade formuläret");
		assertThat(squashed(browser.main())).contains("basic:admin gjorde ändring")
			.contains("Ombokningsbar: Ja → blir Nej")
			.contains("Så här ser typen ut nu (version 1)");
		assertThat(browser.find("#description").getAttribute("value")).isEqualTo("Min text");
		JsonNode type = this.api.get("/api/v1/appointment-types/sexolog-1177").json();
		assertThat(type.get("description").isNull()).isTrue();
		assertThat(type.get("rebookableByPatient").asBoolean()).isFalse();
		browser.screenshot("konsol-inaktuell");
	}

	@Test
	void aFormPostedWithoutItsCsrfTokenIsRefused() {
		signIn();
		browser.open("/konsol/typer/sexolog-1177");
		browser.script("document.querySelectorAll('input[name=_csrf]').forEach((e) => e.remove());");
		browser.find("#smsReminder").click();
		submit("form[action$='/konsol/typer/sexolog-1177'] button[type=submit]");
		assertThat(browser.find("h1").getText()).isEqualTo("Formuläret kunde inte skickas");
		assertThat(browser.main()).contains("Felkod 403");
		assertThat(this.api.get("/api/v1/appointment-types/sexolog-1177").json().get("smsReminder").asBoolean())
			.isTrue();
	}

	@Test
	void anAdministratorImportsARevisedTablePreviewsAppliesAndWithdrawsIt() throws IOException {
		String table = this.api.get("/api/v1/catalog-table", "Accept", "text/tab-separated-values").text();
		List<String> rows = new ArrayList<>(table.lines().toList());
		rows.replaceAll((row) -> row.startsWith("Akuttid\t") ? "Akuttid\t-\t✓\tX\tX\t✓" : row);
		rows.removeIf((row) -> row.startsWith("Vaccination 1177\t"));
		rows.add(1, "Fotterapeut Nybesök 1177\t-\t✓\t✓\t✓\t✓");
		Path file = Files.createTempFile("pmo-tabell-", ".tsv");
		Files.writeString(file, String.join("\n", rows), StandardCharsets.UTF_8);

		signIn();
		browser.open("/konsol/import");
		browser.find("#fil").sendKeys(file.toAbsolutePath().toString());
		browser.find("#source").sendKeys("PMO Tidbokstyp på 1177, uppdaterad 2026-03-18");
		browser.find("#import-fran").click();
		date("#import-datum", "2026-04-01");
		submit("form[action$='/konsol/import'] button[type=submit]");
		assertThat(browser.find("h1").getText()).isEqualTo("Förhandsvisning");
		assertThat(browser.main()).contains("Så här ändras katalogen från 1 apr 2026 kl. 00:00")
			.contains("Nya typer (1)")
			.contains("Fotterapeut Nybesök 1177")
			.contains("Ändrade typer (1)")
			.contains("Typer som avvecklas (saknas i tabellen) (1)")
			.contains("akuttid: patienten kan inte längre avboka tiden.")
			.contains("vaccination-1177: patienter kan inte längre boka typen online.")
			.contains("107 rader lämnar sin typ oförändrad.");
		browser.screenshot("konsol-import-forhandsvisning");
		assertThat(this.api.get("/api/v1/admin/changesets", ADMIN).json()).isEmpty();

		submit("form[action$='/konsol/import/tillampning'] button[type=submit]");
		assertThat(browser.path()).isEqualTo("/konsol/andringspaket");
		assertThat(browser.find(".meddelande").getText()).contains("3 typer ändras från 1 apr 2026 kl. 00:00");
		assertThat(browser.main()).contains("Planerat från 1 apr 2026 kl. 00:00").contains("källa: PMO Tidbokstyp");
		browser.open("/konsol/andringar");
		assertThat(browser.all("li.planerad")).hasSize(3);
		browser.open("/");
		assertThat(row("akuttid").getText()).contains("ändras 1 apr 2026");

		browser.open("/konsol/andringspaket");
		submit("article.paket button");
		assertThat(browser.find(".meddelande").getText()).contains("är återkallat");
		assertThat(browser.main()).contains("Återkallat från").contains("Återkallat av basic:admin");
		assertThat(this.api.get("/api/v1/admin/scheduled-changes", ADMIN).json()).isEmpty();
		Files.delete(file);
	}

	@Test
	void aTableWithABadFlagIsRefusedNamingItsLine() {
		signIn();
		browser.open("/konsol/import");
		browser.script("arguments[0].value = arguments[1];", browser.find("#table"),
				"PMO Tidbokstyp\tFörtydligande beskrivning\tSynlig för patienten\tAvbokningsbar\tOmbokningsbar\tSms-påminnelse\n"
						+ "Akuttid\t-\t✓\tkanske\tX\t✓\n");
		submit("form[action$='/konsol/import'] button[type=submit]");
		assertThat(browser.find("#table-fel").getText()).contains("rad 2", "kolumnen \"Avbokningsbar\"",
				"värdet \"kanske\"");
	}

	@Test
	void aNameWithMarkupIsShownAsText() {
		Api.Response created = this.api.postJson("/api/v1/admin/appointment-types", """
				{"name": "<script>alert(1)</script> Prov 1177", "description": "<b>fet</b>", "visibleToPatient": true,
				 "cancellableByPatient": true, "rebookableByPatient": true, "smsReminder": true}""", ADMIN);
		assertThat(created.status()).isEqualTo(201);
		browser.open("/?q=prov&datum=%3Cscript%3E");
		assertThat(browser.find("tbody th a").getText()).isEqualTo("<script>alert(1)</script> Prov 1177");
		assertThat(browser.all("tbody td").get(0).getText()).isEqualTo("<b>fet</b>");
		assertThat(browser.find("#datum-fel").getText()).contains("Datumet kan inte läsas");
		assertThat(browser.all("main script")).isEmpty();
		assertThat(browser.all("main b")).isEmpty();
	}

	@Test
	void focusIsVisibleAndTheSkipLinkComesFirst() {
		browser.open("/");
		new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
		WebElement focused = browser.driver().switchTo().activeElement();
		assertThat(focused.getText()).isEqualTo("Hoppa till innehållet");
		assertThat(browser.script("return getComputedStyle(document.activeElement).outlineStyle;")).isEqualTo("solid");
		new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
		assertThat(browser.script("return getComputedStyle(document.activeElement).outlineWidth;")).isEqualTo("3px");
	}

	@Test
	void axeCoreFindsNoViolationOnAnyPage() {
		scheduleSexologNotRebookable("2026-04-01T00:00");
		List<String> pages = List.of("/", "/?q=zzz&bokasOnline=nej", "/?datum=2026-04-01",
				"/typer/mottagningstid-med-tolk", "/typer/sexolog-1177", "/typer/finns-inte", "/konsol/logga-in",
				"/konsol/logga-in?fel");
		List<String> console = List.of("/konsol", "/konsol/typer/sexolog-1177", "/konsol/typer/ny", "/konsol/andringar",
				"/konsol/logg", "/konsol/logg?typ=sexolog-1177", "/konsol/import", "/konsol/andringspaket");
		List<String> violations = new ArrayList<>();
		pages.forEach((page) -> violations.addAll(check(page)));
		signIn();
		console.forEach((page) -> violations.addAll(check(page)));
		// A form with refusals next to its fields, and an import preview.
		browser.open("/konsol/typer/vaccination-1177");
		browser.find("#visibleToPatient").click();
		browser.find("#andring-fran").click();
		date("#andring-datum", "2026-10-25");
		time("#andring-tid", "02:30");
		submit("form[action$='/konsol/typer/vaccination-1177'] button[type=submit]");
		violations.addAll(checkHere("the refused form"));
		browser.open("/konsol/import");
		browser.script("arguments[0].value = arguments[1];", browser.find("#table"),
				this.api.get("/api/v1/catalog-table", "Accept", "text/tab-separated-values")
					.text()
					.replace("Akuttid\t-\t✓\t✓\tX\t✓", "Akuttid\t-\t✓\tX\tX\t✓"));
		submit("form[action$='/konsol/import'] button[type=submit]");
		violations.addAll(checkHere("the import preview"));
		assertThat(browser.axeVersion()).startsWith("4.");
		assertThat(violations).isEmpty();
	}

	private List<String> check(String page) {
		browser.open(page);
		return checkHere(page);
	}

	private List<String> checkHere(String page) {
		return browser.accessibilityViolations().stream().map((violation) -> page + ": " + violation).toList();
	}

	private void scheduleSexologNotRebookable(String effectiveFrom) {
		Api.Response scheduled = this.api.send("PUT",
				"/api/v1/admin/appointment-types/sexolog-1177?effectiveFrom=" + effectiveFrom, """
						{"name": "Sexolog 1177", "description": null, "visibleToPatient": true,
						 "cancellableByPatient": true, "rebookableByPatient": false, "smsReminder": true}""",
				Api.with(Api.with(ADMIN, "Content-Type", "application/json"), "If-Match", "\"0\""));
		assertThat(scheduled.status()).isEqualTo(200);
	}

	private static void signInWithTheKeyboard() {
		browser.open("/konsol");
		assertThat(browser.path()).isEqualTo("/konsol/logga-in");
		browser.find("#anvandarnamn").click();
		new Actions(browser.driver()).sendKeys("admin", Keys.TAB, "local-admin-password", Keys.ENTER).perform();
		browser.awaitPath("/konsol");
		assertThat(browser.find(".utloggning").getText()).contains("Inloggad som admin");
	}

	private static void signIn() {
		browser.open("/konsol/logga-in");
		browser.find("#anvandarnamn").sendKeys("admin");
		browser.find("#losenord").sendKeys("local-admin-password", Keys.ENTER);
		browser.awaitPath("/konsol");
	}

	private static void showDay(String day) {
		date("#datum", day);
		browser.clickThrough("form.filter button");
	}

	private static void date(String css, String value) {
		browser.script("arguments[0].value = arguments[1];", browser.find(css), value);
	}

	private static void time(String css, String value) {
		browser.script("arguments[0].value = arguments[1];", browser.find(css), value);
	}

	private static void submit(String button) {
		browser.clickThrough(button);
	}

	private static WebElement row(String code) {
		return browser.find("tr[data-code='" + code + "']");
	}

	private static List<String> flags(String code) {
		return row(code).findElements(org.openqa.selenium.By.cssSelector("td.flagga .dold"))
			.stream()
			.map((flag) -> flag.getAttribute("textContent"))
			.toList();
	}

	private static String squashed(String text) {
		return text.replaceAll("\\s+", " ");
	}

	private static String yes(JsonNode type, String field) {
		return type.get(field).asBoolean() ? "Ja" : "Nej";
	}

}
