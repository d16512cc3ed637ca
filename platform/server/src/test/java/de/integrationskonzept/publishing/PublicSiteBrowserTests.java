package de.integrationskonzept.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.monitoring.Measurement;
import de.integrationskonzept.monitoring.Measurements;
import de.integrationskonzept.monitoring.PublishedMonitoring;
import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.TestEditions;
import de.integrationskonzept.monitoring.YearlyReports;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;
import de.integrationskonzept.publishing.internal.PublishedEdition;
import de.integrationskonzept.publishing.internal.PublishedEditions;
import de.integrationskonzept.testing.HeadlessChromium;

/**
 * The public site as a person sees it, in Debian's headless Chromium: every seed tenant's start page
 * and one of its Handlungsfeld pages pass axe-core's WCAG 2.1 A/AA rules without a serious or
 * critical violation, the language switch leads to the English page, and the print view shows the
 * content without navigation. Skipped only on a developer machine without {@code /usr/bin/chromium};
 * under CI (env {@code CI} set, as {@code .ci/run} does) a missing browser fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ik.tenants.import-on-startup=true", "ik.demo.concepts-import=true" })
class PublicSiteBrowserTests {

	@RegisterExtension
	static final HeadlessChromium chromium = new HeadlessChromium();
	private static ChromeDriver browser;

	@LocalServerPort int port;
	@Autowired Tenants tenants;
	@Autowired TenantScope tenantScope;
	@Autowired PublishedEditions publishedEditions;
	@Autowired Measurements measurements;
	@Autowired PublishedMonitoring publishedMonitoring;
	@Autowired ConceptEditions editions;
	@Autowired YearlyReports reports;

	@BeforeAll
	static void useTheBrowser() {
		browser = chromium.driver();
	}

	@BeforeEach
	void newVisitor() {
		// The chosen language is kept in the session: every test starts as a first-time visitor.
		if (browser.getCurrentUrl() != null && browser.getCurrentUrl().startsWith("http")) {
			browser.manage().deleteAllCookies();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/wiesbaden/leitlinien", "/wiesbaden/massnahmen", "/wiesbaden/fassungen",
			"/wiesbaden/fassungen/1aa46193-781a-450a-a389-0bb67d533684", "/wiesbaden/suche?q=Sprache", "/wiesbaden/open-data/",
			"/wiesbaden/aktuelles", "/wiesbaden/berichte", "/wiesbaden/kontakt", "/wiesbaden/impressum", "/wiesbaden/datenschutz",
			"/wiesbaden/barrierefreiheit", "/wiesbaden/widget/handlungsfelder/bildung-und-sprache", "/dietzenbach?lang=de-simple" })
	void everyKindOfPublicPageHasNoSeriousAccessibilityViolations(String path) {
		open(path);
		assertThat(browser.getTitle()).doesNotContain("Fehler");
		assertThat(browser.findElement(By.cssSelector("h1")).getText()).isNotBlank();
		chromium.assertNoSeriousViolations();
	}

	@Test
	void aReleasedYearlyReportHasNoSeriousAccessibilityViolations() {
		TenantId wiesbaden = tenants.findActiveBySlug("wiesbaden").orElseThrow().id();
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("redaktion@demo.invalid", null,
				List.of(TenantAuthority.of(wiesbaden, TenantRole.EDITOR))));
		try {
			tenantScope.callAs(wiesbaden, () -> {
				Edition edition = editions.importJson(TestEditions.fresh());
				UUID indicator = edition.fields().get(0).goals().get(0).indicators().get(0).id();
				for (String[] value : new String[][] { { "2013", "72" }, { "2014", "73,5" } }) {
					measurements.record(edition.id(), new Measurements.NewMeasurement(indicator, value[0], new BigDecimal(value[1].replace(',', '.')),
							"Schuleingangsuntersuchung", null, null, Measurement.EntryChannel.FORM));
				}
				reports.createFrozen(edition.id(), 2014, Map.of("summary", "Kommentar der Verwaltung zum Bericht"));
				return reports.release(edition.id(), 2014);
			});
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		open("/wiesbaden/berichte/2014");
		assertThat(browser.findElement(By.cssSelector("main h1")).getText()).contains("2014");
		assertThat(browser.findElements(By.cssSelector("main svg[role=img]"))).isNotEmpty();
		chromium.assertNoSeriousViolations();
	}

	@ParameterizedTest
	@ValueSource(strings = { "dietzenbach", "wiesbaden", "frankenthal", "duesseldorf", "landkreis-boerde" })
	void startPageHasNoSeriousAccessibilityViolations(String slug) {
		open("/" + slug);
		assertThat(documentLanguage()).isEqualTo("de");
		assertThat(browser.findElement(By.cssSelector("main h1")).getText()).isNotBlank();
		chromium.assertNoSeriousViolations();
	}

	@ParameterizedTest
	@ValueSource(strings = { "dietzenbach", "wiesbaden", "frankenthal", "duesseldorf", "landkreis-boerde" })
	void handlungsfeldPageHasNoSeriousAccessibilityViolations(String slug) {
		open("/" + slug);
		var links = browser.findElements(By.cssSelector("a[href*='/handlungsfelder/']"));
		if (links.isEmpty()) {
			assertThat(chromium.mainText()).as("start page of %s without a Handlungsfeld link must say no concept is published", slug)
				.containsPattern(PublicSiteTexts.NO_PUBLISHED_CONCEPT);
			abort(slug + " has no published concept (the start page says so): no Handlungsfeld page to check");
		}
		var href = links.getFirst().getDomAttribute("href");
		links.getFirst().click();
		chromium.waitForPage();
		assertThat(browser.getCurrentUrl()).as("followed %s", href).contains("/handlungsfelder/");
		assertThat(browser.getTitle()).doesNotContain("Fehler");
		assertThat(browser.findElement(By.cssSelector("main h1")).getText()).isNotBlank();
		chromium.assertNoSeriousViolations();
	}

	/** Released monitoring values add tables, charts and progress to the page: in German, English and print. */
	@Test
	void handlungsfeldPageWithReleasedValuesHasNoSeriousAccessibilityViolations() {
		releaseValuesOfTheFirstIndicator("wiesbaden", "bildung-und-sprache");
		String page = "/wiesbaden/handlungsfelder/bildung-und-sprache";
		open(page);
		assertThat(browser.findElements(By.cssSelector("table.indicator-values"))).isNotEmpty();
		assertThat(browser.findElements(By.cssSelector(".indicator-chart svg[role=img]"))).isNotEmpty();
		chromium.assertNoSeriousViolations();
		open(page + "?lang=en");
		assertThat(documentLanguage()).isEqualTo("en");
		assertThat(chromium.mainText()).contains("Progress of the measures");
		chromium.assertNoSeriousViolations();
		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		try {
			assertThat(rendered(".indicator-chart svg")).contains(true);
			assertThat(rendered("table.indicator-values")).contains(true);
		}
		finally {
			browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "dietzenbach", "wiesbaden", "frankenthal", "duesseldorf", "landkreis-boerde" })
	void languageSwitchLeadsToTheEnglishPage(String slug) {
		open("/" + slug);
		var germanHeadings = headings();
		englishLink().click();
		chromium.waiting().until(b -> "en".equals(documentLanguage()));
		chromium.waitForPage();
		assertThat(documentLanguage()).isEqualTo("en");
		assertThat(headings()).as("headings on the English page that are English texts and not on the German page %s", germanHeadings)
			.filteredOn(heading -> !germanHeadings.contains(heading))
			.anyMatch(PublicSiteTexts::isEnglishMessage);
		chromium.assertNoSeriousViolations();
	}

	@ParameterizedTest
	@ValueSource(strings = { "dietzenbach", "wiesbaden", "frankenthal", "duesseldorf", "landkreis-boerde" })
	void printViewShowsTheContentWithoutNavigation(String slug) {
		open("/" + slug);
		assertThat(rendered(".language-switch")).as("language switch on screen").containsOnly(true);
		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		try {
			assertThat(browser.executeScript("return matchMedia('print').matches;")).isEqualTo(true);
			for (var selector : List.of(".skip-link", "header nav", "footer nav", ".language-switch", "form[role=search]")) {
				assertThat(rendered(selector)).as("%s in print", selector).doesNotContain(true);
			}
			assertThat(rendered("main")).containsExactly(true);
			assertThat(rendered("main h1")).contains(true);
			assertThat(style("body", "color")).as("print text colour").isEqualTo("rgb(0, 0, 0)");
			assertThat(style("body", "background-color")).as("print background").isIn("rgb(255, 255, 255)", "rgba(0, 0, 0, 0)");
			for (var link : browser.findElements(By.cssSelector("main a[href^='http']"))) {
				var after = (String) browser.executeScript("return getComputedStyle(arguments[0], '::after').content;", link);
				assertThat(after).as("URL printed after %s", link.getText()).contains(link.getDomAttribute("href"));
			}
		}
		finally {
			browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
	}

	/** Records two values for the field's first indicator and releases the edition's values, as an editor would. */
	private void releaseValuesOfTheFirstIndicator(String slug, String fieldSlug) {
		TenantId tenant = tenants.findActiveBySlug(slug).orElseThrow().id();
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
			.until(() -> tenantScope.callAs(tenant, () -> publishedEditions.current().isPresent()));
		var editor = new org.springframework.security.authentication.TestingAuthenticationToken("redaktion@demo.invalid", null,
				List.of(TenantAuthority.of(tenant, TenantRole.EDITOR)));
		org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(editor);
		try {
			tenantScope.callAs(tenant, () -> {
				PublishedEdition current = publishedEditions.current().orElseThrow();
				Edition.Indicator indicator = current.field(fieldSlug).orElseThrow().goals().stream().flatMap(Edition.Goal::withSubGoals)
					.flatMap(goal -> goal.indicators().stream()).findFirst().orElseThrow();
				BigDecimal base = indicator.baselineValue() == null ? BigDecimal.TEN : indicator.baselineValue();
				for (int year : new int[] { 2022, 2023 }) {
					measurements.record(current.editionId(), new Measurements.NewMeasurement(indicator.id(), Integer.toString(year),
							base.add(BigDecimal.valueOf(year - 2021)), "Browser-Testquelle", null, null, Measurement.EntryChannel.FORM));
				}
				return publishedMonitoring.release(current.editionId());
			});
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
	}

	private void open(String path) {
		chromium.open(port, path);
	}

	private static WebElement englishLink() {
		var inSwitch = browser.findElements(By.cssSelector("nav.language-switch a[hreflang='en']"));
		var anywhere = browser.findElements(By.cssSelector("a[hreflang='en']"));
		assertThat(anywhere).as("a link to the English page").isNotEmpty();
		return inSwitch.isEmpty() ? anywhere.getFirst() : inSwitch.getFirst();
	}

	private static String documentLanguage() {
		return (String) browser.executeScript("return document.documentElement.lang;");
	}

	@SuppressWarnings("unchecked")
	private static List<String> headings() {
		return (List<String>) browser.executeScript(
				"return [...document.querySelectorAll('h1, h2')].map(h => h.textContent.trim().replace(/\\s+/g, ' '));");
	}

	/** Whether each element matching the selector takes up space on the page (not display:none itself or by an ancestor). */
	@SuppressWarnings("unchecked")
	private static List<Boolean> rendered(String selector) {
		return (List<Boolean>) browser.executeScript(
				"return [...document.querySelectorAll(arguments[0])].map(e => e.getClientRects().length > 0);", selector);
	}

	private static String style(String selector, String property) {
		return (String) browser.executeScript(
				"return getComputedStyle(document.querySelector(arguments[0])).getPropertyValue(arguments[1]);", selector, property);
	}
}
