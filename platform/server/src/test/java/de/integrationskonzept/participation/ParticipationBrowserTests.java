package de.integrationskonzept.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

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

import de.integrationskonzept.participation.Questionnaire.Mode;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;
import de.integrationskonzept.testing.HeadlessChromium;

/**
 * Beteiligung as a citizen does it, in Debian's headless Chromium with real services: signing in
 * through the form, submitting an idea (after a refused first attempt), answering a questionnaire
 * whose conditional question appears only when its condition is met, and registering for a
 * workshop whose last seat then leads the next person to the waiting list. Every page visited,
 * including the error states, passes axe-core's WCAG 2.1 A/AA rules without a serious or critical
 * violation. Skipped only on a developer machine without {@code /usr/bin/chromium}; under CI (env
 * {@code CI} set) a missing browser fails, as in {@code PublicSiteBrowserTests}.
 */
// The same context as PublicSiteBrowserTests, so the two browser test classes share one server.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ik.tenants.import-on-startup=true", "ik.demo.concepts-import=true" })
class ParticipationBrowserTests {

	private static final String PASSWORD = "Lange-Passphrase-2026";

	@RegisterExtension
	static final HeadlessChromium chromium = new HeadlessChromium();
	private static ChromeDriver browser;

	@LocalServerPort int port;
	@Autowired JdbcTemplate jdbc;
	@Autowired TransactionTemplate transactions;
	@Autowired TenantScope tenantScope;
	@Autowired Tenants tenants;
	@Autowired PasswordEncoder passwords;
	@Autowired ParticipationProcesses processes;
	@Autowired Questionnaires questionnaires;
	@Autowired Workshops workshops;
	private TenantId wiesbaden;
	private ParticipationProcess process;

	@BeforeAll
	static void useTheBrowser() {
		browser = chromium.driver();
	}

	@BeforeEach
	void setUp() {
		wiesbaden = tenants.findActiveBySlug("wiesbaden").orElseThrow().id();
		process = TestProcesses.create(processes, tenantScope, wiesbaden, TestProcesses.ideasFromTo(-10, 30));
		signOut();
	}

	@Test
	void citizenSubmitsAnIdeaAfterCorrectingTheRefusedForm() {
		signIn(citizen("browser-idea"));
		open(processPath());
		chromium.assertNoSeriousViolations();
		assertThat(keyboardUnreachable("form[action$='/ideen']")).as("controls of the idea form out of tab order").isEmpty();

		submit("form[action$='/ideen'] button[type=submit]");
		WebElement summary = browser.findElement(By.cssSelector("form[action$='/ideen'] .alert.error"));
		assertThat(summary.getDomAttribute("role")).as("the error summary is announced").isEqualTo("alert");
		assertThat(summary.findElements(By.cssSelector("a[href='#title'], a[href='#text'], a[href='#consent']"))).hasSize(3);
		assertThat(browser.findElement(By.id("title")).getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.findElement(By.id("title")).getDomAttribute("aria-describedby")).contains("title-error");
		summary.findElement(By.cssSelector("a[href='#title']")).click();
		assertThat(activeElementId()).as("the summary's link leads the keyboard to the field").isEqualTo("title");
		chromium.assertNoSeriousViolations();

		String title = "Sprachcafé im Stadtteil " + UUID.randomUUID().toString().substring(0, 8);
		browser.findElement(By.id("title")).sendKeys(title);
		browser.findElement(By.id("text")).sendKeys("Ein offener Treffpunkt, um Deutsch im Alltag zu üben.");
		browser.findElement(By.id("field")).sendKeys("Bildung und Sprache");
		browser.findElement(By.cssSelector("label[for='consent']")).click();
		submit("form[action$='/ideen'] button[type=submit]");

		WebElement message = browser.findElement(By.cssSelector("main .alert.success"));
		assertThat(message.getDomAttribute("role")).isEqualTo("status");
		assertThat(message.getText()).contains("Ihre Idee ist eingegangen");
		assertThat(browser.findElement(By.id("ideen")).findElement(By.xpath("..")).getText()).contains(title, "Handlungsfeld: Bildung und Sprache");
		chromium.assertNoSeriousViolations();

		open("/wiesbaden/beteiligung/meine-beitraege");
		assertThat(browser.findElement(By.cssSelector("main table")).getText()).contains(title, "eingegangen");
		chromium.assertNoSeriousViolations();
	}

	@Test
	void citizenAnswersTheQuestionnaireWhoseConditionalQuestionFollowsTheEarlierAnswer() {
		Questionnaire questionnaire = TestProcesses.asEditor(tenantScope, wiesbaden, () -> questionnaires.create(
				new Questionnaires.NewQuestionnaire(process.id(), "Fragebogen zur Integrationsberatung", "Ihre Meinung zählt.",
						TestProcesses.today().minusDays(5), TestProcesses.today().plusDays(5), Mode.REGISTERED, false,
						TestQuestionnaires.STANDARD)));
		signIn(citizen("browser-survey"));
		open(processPath());
		browser.findElement(By.linkText("Fragebogen zur Integrationsberatung")).click();
		chromium.waitForPage();
		assertThat(browser.getCurrentUrl()).endsWith("/frageboegen/" + questionnaire.id());
		chromium.assertNoSeriousViolations();
		assertThat(keyboardUnreachable("form.questionnaire")).as("controls of the questionnaire out of tab order").isEmpty();

		assertThat(shown("q2")).as("question 2 before question 1 is answered").isFalse();
		choose("q1-1");
		assertThat(shown("q2")).as("question 2 after „Ja“").isTrue();
		choose("q1-2");
		assertThat(shown("q2")).as("question 2 after „Nein“").isFalse();

		submit("form.questionnaire button[type=submit]");
		WebElement summary = browser.findElement(By.cssSelector("form.questionnaire .alert.error"));
		assertThat(summary.getDomAttribute("role")).as("the error summary is announced").isEqualTo("alert");
		assertThat(summary.findElements(By.cssSelector("a[href='#q3']"))).as("link to the missing scale answer").hasSize(1);
		assertThat(browser.findElement(By.id("q3")).getDomAttribute("aria-describedby")).contains("q3-error");
		assertThat(browser.findElement(By.id("q1-2")).isSelected()).as("the given answer is kept").isTrue();
		assertThat(shown("q2")).as("question 2 stays hidden after „Nein“").isFalse();
		chromium.assertNoSeriousViolations();

		choose("q1-1");
		choose("q2-1");
		choose("q2-3");
		choose("q3-4");
		browser.findElement(By.id("q4-text")).sendKeys("Mehr Kurse am Abend.");
		submit("form.questionnaire button[type=submit]");

		assertThat(browser.getCurrentUrl()).endsWith("/frageboegen/" + questionnaire.id() + "/danke");
		assertThat(browser.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Vielen Dank für Ihre Antworten!");
		chromium.assertNoSeriousViolations();
		open("/wiesbaden/beteiligung/frageboegen/" + questionnaire.id());
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Sie haben diesen Fragebogen bereits beantwortet");
		assertThat(browser.findElements(By.cssSelector("form.questionnaire"))).isEmpty();
	}

	@Test
	void citizenTakesTheLastSeatOfAWorkshopAndTheNextPersonGoesOnTheWaitingList() {
		Workshop workshop = TestWorkshops.create(workshops, tenantScope, wiesbaden, process, 7, 1);
		signIn(citizen("browser-seat"));
		open(processPath());
		browser.findElement(By.linkText("Workshops dieses Verfahrens")).click();
		chromium.waitForPage();
		assertThat(browser.findElement(By.cssSelector("main table")).getText()).contains(workshop.title(), "1 von 1", "Anmeldung offen");
		chromium.assertNoSeriousViolations();
		browser.findElement(By.linkText(workshop.title())).click();
		chromium.waitForPage();
		chromium.assertNoSeriousViolations();

		submit("form[action$='/anmeldung'] button[type=submit]");
		WebElement confirmation = browser.findElement(By.cssSelector("main .alert.success"));
		assertThat(confirmation.getDomAttribute("role")).isEqualTo("status");
		assertThat(confirmation.getText()).contains("Sie sind angemeldet");
		assertThat(chromium.mainText()).contains("Ihr Platz ist bestätigt", "0 von 1 frei");
		chromium.assertNoSeriousViolations();

		signOut();
		signIn(citizen("browser-wait"));
		open(workshopPath(workshop));
		assertThat(chromium.mainText()).contains("Alle Plätze sind vergeben");
		submit("form[action$='/anmeldung'] button[type=submit]");
		assertThat(browser.findElement(By.cssSelector("main .alert.success")).getText()).contains("Platz 1 der Warteliste");
		assertThat(chromium.mainText()).contains("Sie stehen auf Platz 1 der Warteliste.");
		chromium.assertNoSeriousViolations();
	}

	/** A new citizen of Wiesbaden with a password; answers the e-mail address. */
	private String citizen(String prefix) {
		String email = new Participants(jdbc, transactions, tenantScope).member(wiesbaden, prefix, TenantRole.CITIZEN);
		jdbc.update("update platform.user_account set password_hash = ?, email_verified_at = now() where email = ?",
				passwords.encode(PASSWORD), email);
		return email;
	}

	private void signIn(String email) {
		open("/anmelden");
		browser.findElement(By.id("email")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		submit("form[action$='/anmelden'] button[type=submit]");
		assertThat(browser.getCurrentUrl()).as("signed in as " + email).doesNotContain("/anmelden");
	}

	/** A new session: the next person starts without the previous one's cookies. */
	private void signOut() {
		open("/anmelden");
		browser.manage().deleteAllCookies();
	}

	private String processPath() {
		return "/wiesbaden/beteiligung/" + process.id();
	}

	private String workshopPath(Workshop workshop) {
		return processPath() + "/workshops/" + workshop.id();
	}

	private void open(String path) {
		chromium.open(port, path);
	}

	/** Clicks the submit button and waits for the answer page to replace the current one. */
	private static void submit(String buttonSelector) {
		chromium.clickAndAwaitNextPage(browser.findElement(By.cssSelector(buttonSelector)));
	}

	/** Ticks a radio button or checkbox through its label, as a person clicks it. */
	private static void choose(String id) {
		browser.findElement(By.cssSelector("label[for='" + id + "']")).click();
		assertThat(browser.findElement(By.id(id)).isSelected()).as(id + " chosen").isTrue();
	}

	private static boolean shown(String id) {
		return browser.findElement(By.id(id)).isDisplayed();
	}

	private static String activeElementId() {
		return (String) browser.executeScript("return document.activeElement.id;");
	}

	/** The enabled, shown form controls in the form that the Tab key skips (negative tabindex). */
	@SuppressWarnings("unchecked")
	private static List<String> keyboardUnreachable(String formSelector) {
		return (List<String>) browser.executeScript("""
				return [...document.querySelector(arguments[0]).querySelectorAll('input, textarea, select, button')]
				  .filter(e => !e.disabled && e.type !== 'hidden' && e.getClientRects().length > 0 && e.tabIndex < 0)
				  .map(e => e.id || e.name || e.outerHTML);
				""", formSelector);
	}

}
