package se.pmo.tidbok.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Selenium through Debian's chromedriver: both
 * paths are given, so Selenium Manager never looks for (or downloads) a browser or a
 * driver. Each browser starts with a fresh profile and without the background traffic
 * that would try to reach hosts this machine cannot reach. The build installs both
 * packages (.ci/install-chromium).
 */
public final class Browser implements AutoCloseable {

	public static final String CHROMIUM = "/usr/bin/chromium";

	public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	/** Where screenshots go. */
	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final String AXE = axeSource();

	private final ChromeDriver driver;

	private final String base;

	private final Path profile;

	public Browser(int port) {
		this.base = "http://127.0.0.1:" + port;
		try {
			this.profile = Files.createTempDirectory("tidbok-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
				"--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=sv-SE",
				"--user-data-dir=" + this.profile.toAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		// A page that follows a form or a key press may still be loading on a busy
		// machine.
		this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
	}

	public ChromeDriver driver() {
		return this.driver;
	}

	/** Opens a path of the application. */
	public Browser open(String path) {
		this.driver.get(this.base + path);
		return this;
	}

	public WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	/**
	 * Clicks a link or a form's submit button and waits (at most ten seconds) until the
	 * browser has left the page it was on, so that what is read next is the answer's
	 * page, never the one before it. A form the browser itself does not send leaves the
	 * page as it was.
	 */
	public void clickThrough(String css) {
		WebElement page = find("html");
		find(css).click();
		try {
			new WebDriverWait(this.driver, Duration.ofSeconds(10)).until((driver) -> left(page));
		}
		catch (TimeoutException ex) {
			// Not sent (e.g. a required field left empty): the page stays, as the test
			// expects.
		}
	}

	/**
	 * Whether the browser has left the page this element belongs to. Chromium answers a
	 * question about an element of a document it is replacing either as a stale reference
	 * or, caught mid-way, as a node that "does not belong to the document": both mean the
	 * page is gone.
	 */
	private static boolean left(WebElement page) {
		try {
			page.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	public List<WebElement> all(String css) {
		return this.driver.findElements(By.cssSelector(css));
	}

	/** The text of the page's main content. */
	public String main() {
		return find("main").getText();
	}

	/** Waits until the browser shows this path (and query), at most ten seconds. */
	public Browser awaitPath(String path) {
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until((driver) -> path().equals(path));
		return this;
	}

	public String path() {
		return this.driver.getCurrentUrl().substring(this.base.length());
	}

	public Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	/** Saves a screenshot of the page as {@code target/screenshots/<name>.png}. */
	public Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			File shot = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.FILE);
			Path target = SCREENSHOTS.resolve(name + ".png");
			Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The WCAG 2.0 and 2.1 A and AA violations axe-core finds on the page, each as its
	 * rule id, what it means and the elements concerned; empty when there are none.
	 */
	@SuppressWarnings("unchecked")
	public List<String> accessibilityViolations() {
		script(AXE);
		Object result = ((JavascriptExecutor) this.driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
				  .then((r) => done(r.violations.map((v) => v.id + ': ' + v.help + ' at '
				      + v.nodes.map((n) => n.target.join(' ')).join(', '))))
				  .catch((e) => done(['axe failed: ' + e]));""");
		return (List<String>) result;
	}

	/** The axe-core version that checks the pages. */
	public String axeVersion() {
		script(AXE);
		return String.valueOf(script("return axe.version;"));
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			deleteProfile();
		}
	}

	private void deleteProfile() {
		try (var paths = Files.walk(this.profile)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// A profile left in the temporary directory harms nothing.
		}
	}

	private static String axeSource() {
		try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
