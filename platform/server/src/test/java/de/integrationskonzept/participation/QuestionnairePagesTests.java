package de.integrationskonzept.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import de.integrationskonzept.participation.Questionnaire.Kind;
import de.integrationskonzept.participation.Questionnaire.Mode;
import de.integrationskonzept.participation.Questionnaires.NewQuestion;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;
import jakarta.servlet.http.Cookie;

/**
 * The questionnaire pages: the public form without JavaScript (conditional questions shown and
 * marked, errors listed with links), one response per browser cookie, the thank-you page, the
 * editors' form and results with SVG chart and table, escaping, and other tenants' editors.
 */
@SpringBootTest
@AutoConfigureMockMvc
class QuestionnairePagesTests {

	private static final String SCRIPT = "<script>alert('x')</script>";

	@Autowired MockMvc mvc;
	@Autowired Tenants tenants;
	@Autowired TenantScope tenantScope;
	@Autowired ParticipationProcesses processes;
	@Autowired Questionnaires questionnaires;
	private TenantId wiesbaden;
	private TenantId dietzenbach;

	@BeforeEach
	void setUp() {
		wiesbaden = tenants.findActiveBySlug("wiesbaden").orElseThrow().id();
		dietzenbach = tenants.findActiveBySlug("dietzenbach").orElseThrow().id();
	}

	private UserRequestPostProcessor editor(TenantId tenant) {
		return user("redaktion@demo.invalid").authorities(TenantAuthority.of(tenant, TenantRole.EDITOR));
	}

	private MvcResult perform(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn();
	}

	private static String html(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static String page(Questionnaire questionnaire) {
		return "/wiesbaden/beteiligung/frageboegen/" + questionnaire.id();
	}

	private Questionnaire withScriptInTexts() {
		List<NewQuestion> questions = List.of(
				new NewQuestion(Kind.SINGLE_CHOICE, "Frage mit " + SCRIPT, true, List.of("Ja", "Nein " + SCRIPT), null, null, null),
				new NewQuestion(Kind.FREE_TEXT, "Warum?", false, List.of(), null, 500, new Questionnaire.Condition(1, 1)));
		return TestQuestionnaires.create(processes, questionnaires, tenantScope, wiesbaden, Mode.ANONYMOUS, -3, 3, false, questions);
	}

	@Test
	void formShowsConditionalQuestionsMarkedWithFieldsetsAndEscapesTheQuestionTexts() throws Exception {
		Questionnaire questionnaire = withScriptInTexts();

		MvcResult form = perform(get(page(questionnaire)));

		assertThat(form.getResponse().getStatus()).isEqualTo(200);
		assertThat(html(form)).contains("<fieldset", "<legend>", "type=\"radio\"", "Frage mit &lt;script&gt;", "Nein &lt;script&gt;",
				"Nur beantworten, wenn Sie bei Frage 1 „Ja“ gewählt haben.", "data-show-if-question=\"1\"", "questionnaire.js")
			.doesNotContain(SCRIPT);
		assertThat(form.getResponse().getCookie(QuestionnaireTestCookies.NAME)).isNotNull()
			.satisfies(cookie -> assertThat(cookie.isHttpOnly()).isTrue());
	}

	@Test
	void oneResponsePerBrowserThroughTheFormWithThanksPage() throws Exception {
		Questionnaire questionnaire = TestQuestionnaires.open(processes, questionnaires, tenantScope, wiesbaden, Mode.ANONYMOUS);
		Cookie browser = perform(get(page(questionnaire))).getResponse().getCookie(QuestionnaireTestCookies.NAME);

		MvcResult first = perform(post(page(questionnaire)).cookie(browser).with(csrf()).with(TestQuestionnaires.freshAddress())
			.param("q1", "1").param("q2", "1", "3").param("q3", "4").param("q4", "Mehr Abendkurse"));
		MvcResult second = perform(post(page(questionnaire)).cookie(browser).with(csrf()).with(TestQuestionnaires.freshAddress())
			.param("q1", "2").param("q3", "2"));
		MvcResult revisit = perform(get(page(questionnaire)).cookie(browser));
		MvcResult otherBrowser = perform(post(page(questionnaire)).with(csrf()).with(TestQuestionnaires.freshAddress())
			.param("q1", "2").param("q3", "2"));

		assertThat(first.getResponse().getStatus()).isEqualTo(302);
		assertThat(first.getResponse().getRedirectedUrl()).isEqualTo(page(questionnaire) + "/danke");
		assertThat(html(perform(get(page(questionnaire) + "/danke")))).contains("Vielen Dank für Ihre Antworten!");
		assertThat(second.getResponse().getStatus()).isEqualTo(409);
		assertThat(html(second)).contains("Dieser Fragebogen wurde in diesem Browser bereits beantwortet.");
		assertThat(html(revisit)).contains("Sie haben diesen Fragebogen bereits beantwortet.").doesNotContain("Antworten absenden");
		assertThat(otherBrowser.getResponse().getStatus()).isEqualTo(302);
		var results = TestProcesses.asEditor(tenantScope, wiesbaden, () -> questionnaires.results(questionnaire.id()));
		assertThat(results.responses()).isEqualTo(2);
		assertThat(results.questions().get(1).counts()).extracting(QuestionnaireResults.Count::count).containsExactly(1, 0, 1);
	}

	@Test
	void invalidAnswersAreListedWithLinksAndKeptInTheForm() throws Exception {
		Questionnaire questionnaire = TestQuestionnaires.open(processes, questionnaires, tenantScope, wiesbaden, Mode.ANONYMOUS);

		MvcResult refused = perform(post(page(questionnaire)).with(csrf()).with(TestQuestionnaires.freshAddress())
			.param("q1", "1").param("q4", "Bleibt " + SCRIPT));

		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(refused)).contains("Bitte korrigieren Sie Ihre Angaben", "href=\"#q2\"", "href=\"#q3\"",
				"Frage 2: Dies ist eine Pflichtfrage.", "id=\"q3-error\"", "aria-describedby=\"q3-error\"", "Bleibt &lt;script&gt;")
			.doesNotContain(SCRIPT);
		assertThat(html(refused)).containsPattern("id=\"q1-1\"[^>]*checked");
		assertThat(TestProcesses.asEditor(tenantScope, wiesbaden, () -> questionnaires.results(questionnaire.id()).responses())).isZero();
	}

	@Test
	void closedQuestionnaireShowsNoFormSetsNoCookieAndRefusesAPost() throws Exception {
		Questionnaire closed = TestQuestionnaires.create(processes, questionnaires, tenantScope, wiesbaden, Mode.ANONYMOUS, -20, -1, false,
				TestQuestionnaires.STANDARD);

		MvcResult form = perform(get(page(closed)));
		MvcResult posted = perform(post(page(closed)).with(csrf()).with(TestQuestionnaires.freshAddress()).param("q1", "2").param("q3", "2"));

		assertThat(html(form)).contains("Dieser Fragebogen ist geschlossen.").doesNotContain("Antworten absenden");
		assertThat(form.getResponse().getCookie(QuestionnaireTestCookies.NAME)).isNull();
		assertThat(posted.getResponse().getStatus()).isEqualTo(409);
		assertThat(html(posted)).contains("Antworten sind nicht mehr möglich.");
	}

	@Test
	void registeredQuestionnaireAsksAnonymousVisitorsToSignInAndRefusesOtherTenantsMembers() throws Exception {
		Questionnaire questionnaire = TestQuestionnaires.open(processes, questionnaires, tenantScope, wiesbaden, Mode.REGISTERED);

		MvcResult anonymous = perform(get(page(questionnaire)));
		MvcResult refused = perform(post(page(questionnaire)).with(csrf()).param("q1", "2").param("q3", "2"));
		MvcResult otherTenantsCitizen = perform(post(page(questionnaire)).with(csrf())
			.with(user("buerger@demo.invalid").authorities(TenantAuthority.of(dietzenbach, TenantRole.CITIZEN))).param("q1", "2").param("q3", "2"));

		assertThat(html(anonymous)).contains("nur registrierte Nutzerinnen und Nutzer").doesNotContain("Antworten absenden");
		assertThat(anonymous.getResponse().getCookie(QuestionnaireTestCookies.NAME)).isNull();
		assertThat(refused.getResponse().getStatus()).isIn(302, 403);
		assertThat(otherTenantsCitizen.getResponse().getStatus()).isEqualTo(403);
		assertThat(TestProcesses.asEditor(tenantScope, wiesbaden, () -> questionnaires.results(questionnaire.id()).responses())).isZero();
	}

	@Test
	void editorCreatesAQuestionnaireWithAConditionThroughTheStaffForm() throws Exception {
		ParticipationProcess process = TestProcesses.create(processes, tenantScope, wiesbaden, TestProcesses.ideasFromTo(-5, 30));
		Map<String, String> fields = Map.ofEntries(Map.entry("processId", process.id().toString()), Map.entry("title", "Umfrage Sprachkurse"),
				Map.entry("opensOn", TestProcesses.today().toString()), Map.entry("closesOn", TestProcesses.today().plusDays(14).toString()),
				Map.entry("mode", "ANONYMOUS"), Map.entry("questions[0].text", "Besuchen Sie einen Sprachkurs?"),
				Map.entry("questions[0].kind", "SINGLE_CHOICE"), Map.entry("questions[0].required", "true"),
				Map.entry("questions[0].options", "Ja\r\nNein\r\n"), Map.entry("questions[1].text", "Wie hilfreich ist er?"),
				Map.entry("questions[1].kind", "SCALE"), Map.entry("questions[1].scaleMin", "1"), Map.entry("questions[1].scaleMax", "5"),
				Map.entry("questions[1].minLabel", "gar nicht"), Map.entry("questions[1].maxLabel", "sehr"),
				Map.entry("questions[1].showIfQuestion", "1"), Map.entry("questions[1].showIfOption", "1"));
		var request = post("/wiesbaden/verwaltung/beteiligung/frageboegen").with(csrf()).with(editor(wiesbaden));
		fields.forEach(request::param);

		MvcResult created = perform(request);
		MvcResult broken = perform(post("/wiesbaden/verwaltung/beteiligung/frageboegen").with(csrf()).with(editor(wiesbaden))
			.param("processId", process.id().toString()).param("title", "Ka").param("mode", "ANONYMOUS")
			.param("questions[0].text", "Nur eine Antwort?").param("questions[0].kind", "SINGLE_CHOICE").param("questions[0].options", "Ja"));

		assertThat(created.getResponse().getStatus()).isEqualTo(302);
		List<Questionnaire> stored = tenantScope.callAs(wiesbaden, () -> questionnaires.of(process.id()));
		assertThat(stored).singleElement().satisfies(questionnaire -> {
			assertThat(questionnaire.questions()).hasSize(2);
			assertThat(questionnaire.questions().get(1).showIf()).isEqualTo(new Questionnaire.Condition(1, 1));
			assertThat(questionnaire.questions().get(1).scale()).isEqualTo(new Questionnaire.Scale(1, 5, "gar nicht", "sehr"));
		});
		assertThat(broken.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(broken)).contains("Der Titel ist zu kurz", "Bitte geben Sie an, ab wann", "Frage 1: Eine Auswahlfrage braucht",
				"href=\"#questions[0]\"");
	}

	@Test
	void editorsSeeChartsTablesAndEscapedFreeTextsThePublicOnlyPublishedCountsAndOtherTenantsNothing() throws Exception {
		Questionnaire questionnaire = withScriptInTexts();
		Cookie browser = perform(get(page(questionnaire))).getResponse().getCookie(QuestionnaireTestCookies.NAME);
		perform(post(page(questionnaire)).cookie(browser).with(csrf()).with(TestQuestionnaires.freshAddress()).param("q1", "1")
			.param("q2", "<img src=x onerror=alert(1)>"));
		String staffPage = "/wiesbaden/verwaltung/beteiligung/frageboegen/" + questionnaire.id();

		MvcResult staff = perform(get(staffPage).with(editor(wiesbaden)));
		MvcResult publicResults = perform(get(page(questionnaire) + "/ergebnisse"));
		MvcResult csv = perform(get(staffPage + "/antworten.csv").with(editor(wiesbaden)));

		assertThat(html(staff)).contains("<svg", "role=\"img\"", "<rect", "<th scope=\"row\">Ja</th>", "1 (100 %)",
				"&lt;img src=x onerror=alert(1)&gt;", "Frage mit &lt;script&gt;").doesNotContain(SCRIPT, "<img src=x");
		assertThat(html(publicResults)).contains("nicht öffentlich").doesNotContain("<svg");
		assertThat(csv.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("<img src=x onerror=alert(1)>");
		assertThat(perform(get(staffPage).with(editor(dietzenbach))).getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(get(staffPage + "/antworten.csv").with(editor(dietzenbach))).getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(get("/dietzenbach/verwaltung/beteiligung/frageboegen/" + questionnaire.id()).with(editor(dietzenbach)))
			.getResponse().getStatus()).isEqualTo(404);
		assertThat(perform(get("/dietzenbach/beteiligung/frageboegen/" + questionnaire.id())).getResponse().getStatus()).isEqualTo(404);
	}

	/** The cookie the public form sets. */
	static final class QuestionnaireTestCookies {
		static final String NAME = "ik-fragebogen";
	}
}
