package de.integrationskonzept.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import de.integrationskonzept.participation.Questionnaire.Mode;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;
import de.integrationskonzept.testing.TestAccounts;

/**
 * Questionnaires through the REST API: conditions, required questions, one response per account or
 * browser token, the limit per address, the open period, results and CSV, and other tenants.
 */
@SpringBootTest
@AutoConfigureMockMvc
class QuestionnaireApiTests {

	@Autowired MockMvc mvc;
	@Autowired Tenants tenants;
	@Autowired TenantScope tenantScope;
	@Autowired ParticipationProcesses processes;
	@Autowired Questionnaires questionnaires;
	@Autowired JdbcTemplate jdbc;
	@Autowired org.springframework.transaction.support.TransactionTemplate transactions;
	private TenantId wiesbaden;
	private TenantId dietzenbach;

	@BeforeEach
	void setUp() {
		wiesbaden = tenants.findActiveBySlug("wiesbaden").orElseThrow().id();
		dietzenbach = tenants.findActiveBySlug("dietzenbach").orElseThrow().id();
	}

	private JwtRequestPostProcessor as(String email, TenantId tenant, TenantRole role) {
		return jwt().jwt(token -> token.subject(email)).authorities(TenantAuthority.of(tenant, role));
	}

	private JwtRequestPostProcessor citizen() {
		return as("buergerin@demo.invalid", wiesbaden, TenantRole.CITIZEN);
	}

	private JwtRequestPostProcessor editor() {
		return as("redaktion@demo.invalid", wiesbaden, TenantRole.EDITOR);
	}

	private MvcResult perform(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn();
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** Reads stored rows as the application does: within Wiesbaden's tenant (RLS is forced). */
	private <T> T stored(java.util.function.Supplier<T> query) {
		return tenantScope.callAs(wiesbaden, () -> transactions.execute(status -> query.get()));
	}

	private static String url(Questionnaire questionnaire, String rest) {
		return "/api/wiesbaden/participation/questionnaires/" + questionnaire.id() + rest;
	}

	private MockHttpServletRequestBuilder respond(Questionnaire questionnaire, String token, String answers) {
		MockHttpServletRequestBuilder request = post(url(questionnaire, "/responses")).with(TestQuestionnaires.freshAddress())
			.contentType(MediaType.APPLICATION_JSON).content("{\"answers\":" + answers + "}");
		return token == null ? request : request.header("Respondent-Token", token);
	}

	private Questionnaire anonymous() {
		return TestQuestionnaires.open(processes, questionnaires, tenantScope, wiesbaden, Mode.ANONYMOUS);
	}

	private String results(Questionnaire questionnaire) throws Exception {
		MvcResult result = perform(get(url(questionnaire, "/results")).with(editor()));
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return body(result);
	}

	@Test
	void conditionalQuestionIsRequiredOnlyWhenTheEarlierAnswerIncludesItsOption() throws Exception {
		Questionnaire questionnaire = anonymous();

		MvcResult withoutCondition = perform(respond(questionnaire, TestQuestionnaires.token(), "{\"1\":{\"options\":[2]},\"3\":{\"value\":4}}")
			.with(citizen()));
		MvcResult conditionMet = perform(respond(questionnaire, TestQuestionnaires.token(), "{\"1\":{\"options\":[1]},\"3\":{\"value\":4}}")
			.with(citizen()));

		assertThat(withoutCondition.getResponse().getStatus()).isEqualTo(201);
		assertThat(conditionMet.getResponse().getStatus()).isEqualTo(422);
		assertThat(body(conditionMet)).contains("Frage 2: Dies ist eine Pflichtfrage.");
		assertThat(results(questionnaire)).contains("\"responses\":1");
	}

	@Test
	void answersToHiddenQuestionsAreDroppedAndNotStored() throws Exception {
		Questionnaire questionnaire = anonymous();

		MvcResult accepted = perform(respond(questionnaire, TestQuestionnaires.token(),
				"{\"1\":{\"options\":[2]},\"2\":{\"options\":[1,3]},\"3\":{\"value\":2}}").with(citizen()));

		assertThat(accepted.getResponse().getStatus()).isEqualTo(201);
		assertThat(body(accepted)).contains("\"dropped\":[2]");
		String csv = new String(perform(get(url(questionnaire, "/responses.csv")).with(editor())).getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
		assertThat(csv).contains("1,", ",Nein,,2,").doesNotContain("Sprachkurs; Treffpunkt");
	}

	@Test
	void everyProblemIsReportedAtOnceInGermanAndNothingIsStored() throws Exception {
		Questionnaire questionnaire = anonymous();

		MvcResult refused = perform(respond(questionnaire, TestQuestionnaires.token(),
				"{\"1\":{\"options\":[1,2]},\"2\":{\"options\":[7]},\"3\":{\"value\":9},\"4\":{\"text\":\"" + "x".repeat(201) + "\"},"
						+ "\"9\":{\"text\":\"?\"}}").with(citizen()));

		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(body(refused)).contains("Frage 9 gibt es in diesem Fragebogen nicht.", "Frage 1: Bitte wählen Sie nur eine Antwort.",
				"Frage 3: Bitte wählen Sie einen Wert von 1 bis 5.", "Frage 4: Ihre Antwort ist zu lang (höchstens 200 Zeichen, jetzt 201).");
		MvcResult missing = perform(respond(questionnaire, TestQuestionnaires.token(), "{}").with(citizen()));
		assertThat(body(missing)).contains("Frage 1: Dies ist eine Pflichtfrage.", "Frage 3: Dies ist eine Pflichtfrage.")
			.doesNotContain("Frage 2:", "Frage 4:");
		MvcResult wrongOption = perform(respond(questionnaire, TestQuestionnaires.token(), "{\"1\":{\"options\":[1]},\"2\":{\"options\":[4]},"
				+ "\"3\":{\"value\":3}}").with(citizen()));
		assertThat(body(wrongOption)).contains("Frage 2: Die gewählte Antwort gehört nicht zu dieser Frage.");
		assertThat(results(questionnaire)).contains("\"responses\":0");
	}

	@Test
	void registeredQuestionnaireTakesOneResponsePerAccount() throws Exception {
		Questionnaire questionnaire = TestQuestionnaires.open(processes, questionnaires, tenantScope, wiesbaden, Mode.REGISTERED);
		String anna = TestAccounts.newPerson(jdbc, "anna");
		String ben = TestAccounts.newPerson(jdbc, "ben");
		String answers = "{\"1\":{\"options\":[2]},\"3\":{\"value\":5}}";

		MvcResult first = perform(respond(questionnaire, null, answers).with(as(anna, wiesbaden, TenantRole.CITIZEN)));
		MvcResult second = perform(respond(questionnaire, TestQuestionnaires.token(), answers).with(as(anna, wiesbaden, TenantRole.CITIZEN)));
		MvcResult other = perform(respond(questionnaire, null, answers).with(as(ben, wiesbaden, TenantRole.CITIZEN)));

		assertThat(first.getResponse().getStatus()).isEqualTo(201);
		assertThat(second.getResponse().getStatus()).isEqualTo(409);
		assertThat(body(second)).contains("Sie haben diesen Fragebogen bereits beantwortet.");
		assertThat(other.getResponse().getStatus()).isEqualTo(201);
		assertThat(stored(() -> jdbc.queryForList("select account_id from participation.questionnaire_response where questionnaire_id = ?",
				java.util.UUID.class, questionnaire.id()))).containsExactlyInAnyOrder(TestAccounts.idOf(jdbc, anna), TestAccounts.idOf(jdbc, ben));
	}

	@Test
	void anonymousQuestionnaireTakesOneResponsePerBrowserTokenAndStoresOnlyItsHash() throws Exception {
		Questionnaire questionnaire = anonymous();
		String token = TestQuestionnaires.token();
		String answers = "{\"1\":{\"options\":[2]},\"3\":{\"value\":1}}";

		MvcResult first = perform(respond(questionnaire, token, answers).with(citizen()));
		MvcResult again = perform(respond(questionnaire, token, answers).with(editor()));
		MvcResult otherBrowser = perform(respond(questionnaire, TestQuestionnaires.token(), answers).with(citizen()));
		MvcResult noToken = perform(respond(questionnaire, null, answers).with(citizen()));

		assertThat(first.getResponse().getStatus()).isEqualTo(201);
		assertThat(again.getResponse().getStatus()).isEqualTo(409);
		assertThat(body(again)).contains("in diesem Browser bereits beantwortet");
		assertThat(otherBrowser.getResponse().getStatus()).isEqualTo(201);
		assertThat(noToken.getResponse().getStatus()).isEqualTo(422);
		assertThat(stored(() -> jdbc.queryForList("select coalesce(account_id::text, '') || browser_token_hash "
				+ "from participation.questionnaire_response where questionnaire_id = ?", String.class, questionnaire.id())))
			.hasSize(2).allSatisfy(stored -> assertThat(stored).hasSize(64).doesNotContain(token));
	}

	@Test
	void anonymousResponsesAreLimitedPerClientAddress() throws Exception {
		Questionnaire questionnaire = anonymous();
		var address = TestQuestionnaires.freshAddress();
		String answers = "{\"1\":{\"options\":[2]},\"3\":{\"value\":3}}";
		for (int i = 0; i < 20; i++) {
			assertThat(perform(respond(questionnaire, TestQuestionnaires.token(), answers).with(address).with(citizen())).getResponse()
				.getStatus()).isEqualTo(201);
		}

		MvcResult limited = perform(respond(questionnaire, TestQuestionnaires.token(), answers).with(address).with(citizen()));
		MvcResult otherAddress = perform(respond(questionnaire, TestQuestionnaires.token(), answers).with(citizen()));

		assertThat(limited.getResponse().getStatus()).isEqualTo(429);
		assertThat(body(limited)).contains("Zu viele Anfragen", "20 Antworten");
		assertThat(otherAddress.getResponse().getStatus()).isEqualTo(201);
		assertThat(results(questionnaire)).contains("\"responses\":21");
	}

	@Test
	void questionnaireRefusesResponsesBeforeItOpensAndAfterItClosed() throws Exception {
		Questionnaire closed = TestQuestionnaires.create(processes, questionnaires, tenantScope, wiesbaden, Mode.ANONYMOUS, -20, -1, true,
				TestQuestionnaires.STANDARD);
		Questionnaire notYet = TestQuestionnaires.create(processes, questionnaires, tenantScope, wiesbaden, Mode.ANONYMOUS, 2, 20, true,
				TestQuestionnaires.STANDARD);
		String answers = "{\"1\":{\"options\":[2]},\"3\":{\"value\":3}}";

		MvcResult late = perform(respond(closed, TestQuestionnaires.token(), answers).with(citizen()));
		MvcResult early = perform(respond(notYet, TestQuestionnaires.token(), answers).with(citizen()));

		assertThat(late.getResponse().getStatus()).isEqualTo(409);
		assertThat(body(late)).contains("geschlossen", "Antworten sind nicht mehr möglich");
		assertThat(early.getResponse().getStatus()).isEqualTo(409);
		assertThat(body(early)).contains("erst ab dem");
		assertThat(results(closed)).contains("\"responses\":0");
	}

	@Test
	void resultsCountOptionsAndScaleMeanAndCsvHoldsNoPersonalData() throws Exception {
		Questionnaire questionnaire = TestQuestionnaires.open(processes, questionnaires, tenantScope, wiesbaden, Mode.REGISTERED);
		String[] people = { TestAccounts.newPerson(jdbc, "carla"), TestAccounts.newPerson(jdbc, "deniz"), TestAccounts.newPerson(jdbc, "emil") };
		String[] answers = { "{\"1\":{\"options\":[1]},\"2\":{\"options\":[1,3]},\"3\":{\"value\":5},\"4\":{\"text\":\"Mehr Kurse, abends\"}}",
				"{\"1\":{\"options\":[1]},\"2\":{\"options\":[3]},\"3\":{\"value\":4}}",
				"{\"1\":{\"options\":[2]},\"3\":{\"value\":3},\"4\":{\"text\":\"=HYPERLINK(\\\"http://evil.invalid\\\")\"}}" };
		for (int i = 0; i < 3; i++) {
			assertThat(perform(respond(questionnaire, null, answers[i]).with(as(people[i], wiesbaden, TenantRole.CITIZEN))).getResponse()
				.getStatus()).isEqualTo(201);
		}

		var json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(results(questionnaire));
		MvcResult csv = perform(get(url(questionnaire, "/responses.csv")).with(editor()));

		assertThat(json.at("/responses").asInt()).isEqualTo(3);
		assertThat(json.at("/questions/0/counts/0/count").asInt()).isEqualTo(2);
		assertThat(json.at("/questions/0/counts/1/count").asInt()).isEqualTo(1);
		assertThat(json.at("/questions/1/counts/2/count").asInt()).isEqualTo(2);
		assertThat(json.at("/questions/2/mean").asDouble()).isEqualTo(4.0);
		assertThat(json.at("/questions/3/freeTexts").asInt()).isEqualTo(2);
		assertThat(json.at("/questions/3/texts/0").asString()).isEqualTo("Mehr Kurse, abends");
		assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
		byte[] bytes = csv.getResponse().getContentAsByteArray();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
		assertThat(text.split("\r\n")).hasSize(4);
		assertThat(text).startsWith("Antwort,Datum,1. Nutzen Sie Angebote der Integrationsberatung?,")
			.contains(",Ja,\"Sprachkurs; Treffpunkt\",5,\"Mehr Kurse, abends\"\r\n", "\"'=HYPERLINK(\"\"http://evil.invalid\"\")\"");
		for (String person : people) {
			assertThat(text).doesNotContain(person, TestAccounts.idOf(jdbc, person).toString());
		}
		assertThat(perform(get(url(questionnaire, "/results")).with(citizen())).getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(get(url(questionnaire, "/responses.csv")).with(citizen())).getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void resultsArePublicOnlyAfterTheCloseIfMarkedAndThenWithoutFreeTexts() throws Exception {
		Questionnaire closedPublic = TestQuestionnaires.create(processes, questionnaires, tenantScope, wiesbaden, Mode.ANONYMOUS, -20, -1, true,
				TestQuestionnaires.STANDARD);
		Questionnaire closedInternal = TestQuestionnaires.create(processes, questionnaires, tenantScope, wiesbaden, Mode.ANONYMOUS, -20, -1,
				false, TestQuestionnaires.STANDARD);
		Questionnaire openPublic = TestQuestionnaires.create(processes, questionnaires, tenantScope, wiesbaden, Mode.ANONYMOUS, -5, 5, true,
				TestQuestionnaires.STANDARD);

		MvcResult visible = perform(get(url(closedPublic, "/results")).with(citizen()));

		assertThat(visible.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(visible)).contains("\"texts\":[]");
		assertThat(perform(get(url(closedInternal, "/results")).with(citizen())).getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(get(url(openPublic, "/results")).with(citizen())).getResponse().getStatus()).isEqualTo(403);
		MvcResult unpublished = perform(put(url(closedPublic, "/results-public")).with(editor()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"resultsPublic\":false}"));
		assertThat(unpublished.getResponse().getStatus()).isEqualTo(200);
		assertThat(perform(get(url(closedPublic, "/results")).with(citizen())).getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(put(url(closedInternal, "/results-public")).with(citizen()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"resultsPublic\":true}")).getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void anotherTenantsValidTokenCannotReadResultsOrRespond() throws Exception {
		Questionnaire questionnaire = anonymous();
		JwtRequestPostProcessor dietzenbachEditor = as("redaktion@demo.invalid", dietzenbach, TenantRole.EDITOR);
		String answers = "{\"1\":{\"options\":[2]},\"3\":{\"value\":3}}";

		assertThat(perform(get(url(questionnaire, "/results")).with(dietzenbachEditor)).getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(get(url(questionnaire, "/responses.csv")).with(dietzenbachEditor)).getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(respond(questionnaire, TestQuestionnaires.token(), answers).with(dietzenbachEditor)).getResponse().getStatus())
			.isEqualTo(403);
		String ownPath = "/api/dietzenbach/participation/questionnaires/" + questionnaire.id();
		assertThat(perform(get(ownPath + "/results").with(dietzenbachEditor)).getResponse().getStatus()).isEqualTo(404);
		assertThat(perform(get(ownPath + "/responses.csv").with(dietzenbachEditor)).getResponse().getStatus()).isEqualTo(404);
		assertThat(perform(post(ownPath + "/responses").with(dietzenbachEditor).with(TestQuestionnaires.freshAddress())
			.header("Respondent-Token", TestQuestionnaires.token()).contentType(MediaType.APPLICATION_JSON).content("{\"answers\":" + answers + "}"))
			.getResponse().getStatus()).isEqualTo(404);
		assertThat(results(questionnaire)).contains("\"responses\":0");
	}

	@Test
	void importedDefinitionWithBrokenQuestionsIsRefusedWithEveryProblem() throws Exception {
		ParticipationProcess process = TestProcesses.create(processes, tenantScope, wiesbaden, TestProcesses.ideasFromTo(-5, 30));
		String definition = """
				{"processId":"%s","title":"Kaputt","opensOn":"%s","closesOn":"%s","mode":"ANONYMOUS","resultsPublic":false,"questions":[
				  {"kind":"SINGLE_CHOICE","text":"Eine Option ist zu wenig?","required":true,"options":["Ja"]},
				  {"kind":"SCALE","text":"Skala bis zwanzig?","required":true,"scale":{"min":1,"max":20,"minLabel":"a","maxLabel":"b"}},
				  {"kind":"FREE_TEXT","text":"Bedingung auf Skala?","required":false,"maxLength":100,"showIf":{"question":2,"option":1}},
				  {"kind":"FREE_TEXT","text":"Bedingung nach vorn?","required":false,"maxLength":100,"showIf":{"question":5,"option":1}}
				]}""".formatted(process.id(), TestProcesses.today(), TestProcesses.today().plusDays(10));

		MvcResult refused = perform(post("/api/wiesbaden/participation/questionnaires").with(editor()).contentType(MediaType.APPLICATION_JSON)
			.content(definition));
		MvcResult byCitizen = perform(post("/api/wiesbaden/participation/questionnaires").with(citizen()).contentType(MediaType.APPLICATION_JSON)
			.content(definition));

		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(body(refused)).contains("Frage 1: Eine Auswahlfrage braucht 2 bis 20", "Frage 2: Eine Skala beginnt bei 0 oder 1",
				"Frage 3: Die Bedingung muss sich auf eine Auswahlfrage beziehen", "Frage 4: Die Bedingung muss sich auf eine frühere Frage beziehen");
		assertThat(byCitizen.getResponse().getStatus()).isEqualTo(403);
		assertThat(tenantScope.callAs(wiesbaden, () -> questionnaires.of(process.id()))).isEmpty();
	}
}
