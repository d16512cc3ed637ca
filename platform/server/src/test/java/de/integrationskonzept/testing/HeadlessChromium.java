package de.integrationskonzept.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

import de.integrationskonzept.publishing.Axe;

/**
 * Debian's headless Chromium for the browser tests, one per test class, registered as
 * {@code @RegisterExtension static final HeadlessChromium chromium = new HeadlessChromium();}:
 * started with a fresh profile before the class's tests and quit after them; pages opened on the
 * test server and awaited, and each page checked with axe-core. The class is skipped only on a
 * developer machine without {@code /usr/bin/chromium}; under CI (env {@code CI} set, as
 * {@code .ci/run} does) a missing browser fails it.
 */
public final class HeadlessChromium implements BeforeAllCallback, AfterAllCallback {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
	private static final Duration WAIT = Duration.ofSeconds(15);

	private ChromeDriver driver;
	private Path profile;

	/** Starts the browser, or skips the test class (fails it under CI) when Chromium is not installed. */
	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		if (!Files.isExecutable(CHROMIUM)) {
			assumeTrue(System.getenv("CI") != null, "no /usr/bin/chromium: apt-get install chromium chromium-driver");
			fail("CI is set but /usr/bin/chromium is missing (.ci/run installs chromium and chromium-driver)");
		}
		assertThat(CHROMEDRIVER).as("Debian's chromium-driver").isExecutable();
		profile = Files.createTempDirectory("ik-chromium-");
		// An explicit driver and binary keep Selenium Manager from looking for (or downloading) either.
		var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,1024", "--user-data-dir=" + profile);
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
	}

	/** Quits the browser and deletes its profile (also when the browser did not start). */
	@Override
	public void afterAll(ExtensionContext context) throws IOException {
		try {
			if (driver != null) {
				driver.quit();
			}
		}
		finally {
			if (profile != null) {
				FileSystemUtils.deleteRecursively(profile);
			}
		}
	}

	public ChromeDriver driver() {
		return driver;
	}

	/** Opens {@code path} on the test server at {@code port} and waits until the page has loaded. */
	public void open(int port, String path) {
		driver.get("http://localhost:" + port + path);
		waitForPage();
	}

	/** A wait as long as the browser tests allow for anything the page does. */
	public WebDriverWait waiting() {
		return new WebDriverWait(driver, WAIT);
	}

	/**
	 * Clicks {@code element} and waits until the next page has replaced the current one and
	 * loaded. Marks the current page's window and waits for a window without the mark, instead of
	 * asking the old DOM whether it is stale: chromedriver may answer that question with "node does
	 * not belong to the document" rather than a stale-element error while the page is swapped.
	 */
	public void clickAndAwaitNextPage(org.openqa.selenium.WebElement element) {
		driver.executeScript("window.__leaving = true;");
		element.click();
		waiting().ignoring(org.openqa.selenium.WebDriverException.class)
			.until(browser -> Boolean.TRUE.equals(driver.executeScript("return window.__leaving === undefined && document.readyState === 'complete';")));
	}

	public void waitForPage() {
		waiting().until(browser -> "complete".equals(driver.executeScript("return document.readyState;")));
	}

	/** Fails when axe-core finds a serious or critical WCAG 2.1 A/AA violation on the current page. */
	public void assertNoSeriousViolations() {
		var blocking = Axe.violations(driver).stream().filter(Axe.Violation::blocking).toList();
		if (!blocking.isEmpty()) {
			fail("axe-core: %d serious or critical WCAG 2.1 A/AA violation(s) on %s%n%s"
				.formatted(blocking.size(), driver.getCurrentUrl(), Axe.describe(blocking)));
		}
	}

	/** The visible text of the page's {@code main} element. */
	public String mainText() {
		return driver.findElement(By.tagName("main")).getText();
	}
}
