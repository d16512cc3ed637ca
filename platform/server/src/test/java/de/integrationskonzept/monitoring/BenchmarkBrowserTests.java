package de.integrationskonzept.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.IndicatorCatalogue;
import de.integrationskonzept.monitoring.BenchmarkTestData.TestTenant;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.testing.HeadlessChromium;
import de.integrationskonzept.testing.TestAccounts;

/**
 * The benchmarking staff pages as a municipality's administration uses them, in Debian's headless
 * Chromium: the opt-in page, a refused opt-in with its error summary, and the comparison with box
 * plots pass axe-core's WCAG 2.1 A/AA rules without a serious or critical violation. Skipped only on
 * a developer machine without {@code /usr/bin/chromium}, like the other browser tests.
 */
// The same context as the other browser test classes, so they share one server.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ik.tenants.import-on-startup=true", "ik.demo.concepts-import=true" })
class BenchmarkBrowserTests {

	private static final String PASSWORD = "Lange-Passphrase-2026";

	@RegisterExtension
	static final HeadlessChromium chromium = new HeadlessChromium();
	private static ChromeDriver browser;

	@LocalServerPort int port;
	@Autowired JdbcTemplate jdbc;
	@Autowired TransactionTemplate transactions;
	@Autowired TenantScope tenantScope;
	@Autowired PasswordEncoder passwords;
	@Autowired ConceptEditions editions;
	@Autowired IndicatorCatalogue catalogue;
	@Autowired Measurements measurements;
	@Autowired Benchmarks benchmarks;
	private BenchmarkTestData data;

	@BeforeAll
	static void useTheBrowser() {
		browser = chromium.driver();
	}

	@BeforeEach
	void testData() {
		data = new BenchmarkTestData(jdbc, tenantScope, editions, catalogue, measurements, benchmarks);
		chromium.open(port, "/anmelden");
		browser.manage().deleteAllCookies();
	}

	@AfterEach
	void suspendTestTenants() {
		data.close();
	}

	@Test
	void theAdministrationSharesAnIndicatorAndComparesItsValueWithoutAccessibilityViolations() {
		String code = data.catalogueCode("%");
		List<TestTenant> sharing = data.tenants(5, 20_000);
		for (int i = 1; i < sharing.size(); i++) {
			data.record(sharing.get(i), code, 2024, String.valueOf(i * 10));
			data.optIn(sharing.get(i), code, true, i == 1);
		}
		TestTenant town = sharing.getFirst();
		data.record(town, code, 2024, "25");
		signIn(administrator(town));

		chromium.open(port, "/" + town.slug() + "/verwaltung/benchmarking");
		chromium.assertNoSeriousViolations();
		choose("freigabe-" + code + "-anonym");
		submit("#freigabe-" + code + " button[type=submit]");
		WebElement message = browser.findElement(By.cssSelector("main .alert.success"));
		assertThat(message.getDomAttribute("role")).isEqualTo("status");
		assertThat(message.getText()).contains("jetzt anonym");
		chromium.assertNoSeriousViolations();

		chromium.open(port, "/" + town.slug() + "/verwaltung/benchmarking/" + code + "?jahr=2024");
		assertThat(browser.findElements(By.cssSelector("svg.box-plot[role=img]"))).hasSize(4);
		assertThat(chromium.mainText()).contains("Ihr Wert liegt höher als bei 50 % der vergleichbaren Kommunen");
		chromium.assertNoSeriousViolations();
	}

	@Test
	void aRefusedOptInLeadsTheKeyboardFromTheErrorSummaryToTheChoice() {
		String code = data.catalogueCode("je 1.000 Einwohner");
		TestTenant unknown = data.tenant(null);
		data.record(unknown, code, 2024, "50");
		signIn(administrator(unknown));

		chromium.open(port, "/" + unknown.slug() + "/verwaltung/benchmarking");
		choose("freigabe-" + code + "-namentlich");
		submit("#freigabe-" + code + " button[type=submit]");
		WebElement summary = browser.findElement(By.cssSelector("main .alert.error"));
		assertThat(summary.getDomAttribute("role")).isEqualTo("alert");
		assertThat(summary.getText()).contains("Einwohnerzahl");
		summary.findElement(By.cssSelector("a[href='#freigabe-" + code + "-namentlich']")).click();
		assertThat(browser.executeScript("return document.activeElement.id;")).isEqualTo("freigabe-" + code + "-namentlich");
		chromium.assertNoSeriousViolations();
	}

	private String administrator(TestTenant tenant) {
		String email = TestAccounts.newMember(jdbc, transactions, tenantScope, tenant.id(), "benchmark-admin", TenantRole.TENANT_ADMIN);
		jdbc.update("update platform.user_account set password_hash = ?, email_verified_at = now() where email = ?", passwords.encode(PASSWORD), email);
		return email;
	}

	private void signIn(String email) {
		chromium.open(port, "/anmelden");
		browser.findElement(By.id("email")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		submit("form[action$='/anmelden'] button[type=submit]");
		assertThat(browser.getCurrentUrl()).as("signed in as " + email).doesNotContain("/anmelden");
	}

	private static void submit(String buttonSelector) {
		chromium.clickAndAwaitNextPage(browser.findElement(By.cssSelector(buttonSelector)));
	}

	private static void choose(String id) {
		browser.findElement(By.cssSelector("label[for='" + id + "']")).click();
		assertThat(browser.findElement(By.id(id)).isSelected()).as(id + " chosen").isTrue();
	}
}
