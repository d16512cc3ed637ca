package de.integrationskonzept.monitoring;

import static de.integrationskonzept.monitoring.MonitoringCallers.client;
import static de.integrationskonzept.monitoring.MonitoringCallers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.TestEditions;
import de.integrationskonzept.monitoring.internal.CollectionReminders;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.testing.MailingSystemTest;
import de.integrationskonzept.testing.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Collection rounds on real PostgreSQL: due and overdue periods per cadence, completeness per
 * Handlungsfeld and office, settings checked all or nothing, reminders mailed once, the staff page,
 * and no way into another tenant's settings. The test edition runs 2021–2025; its indicator
 * "Sprachstand bei Einschulung" (field "Bildung & Sprache") has the baseline 2019, a second one,
 * "Dauer der Anerkennung" (field "Arbeit"), is added here without a baseline.
 */
class CollectionRoundsTests extends MailingSystemTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired ConceptEditions editions;
	@Autowired CollectionReminders reminders;

	private record TestEdition(Edition edition, UUID language, UUID recognition) {
	}

	private TestEdition freshEdition(TenantId tenant) {
		JsonNode tree = JSON.readTree(TestEditions.fresh());
		UUID language = UUID.fromString(tree.at("/fields/0/goals/0/indicators/0/id").asString());
		ObjectNode second = ((ObjectNode) tree.at("/fields/0/goals/0/indicators/0")).deepCopy();
		UUID recognition = UUID.randomUUID();
		second.put("id", recognition.toString());
		second.putObject("name").put("de", "Dauer der Anerkennung");
		second.putNull("baselineYear");
		second.putNull("baselineValue");
		((ArrayNode) tree.at("/fields/1/goals/0").get("indicators")).add(second);
		Edition edition = MonitoringCallers.asRole(tenantScope, tenant, TenantRole.EDITOR, () -> editions.importJson(JSON.writeValueAsString(tree)));
		return new TestEdition(edition, language, recognition);
	}

	/** A token of someone with {@code role} in the tenant (the base class's {@code as} runs service calls instead). */
	private static JwtRequestPostProcessor caller(TenantId tenant, TenantRole role) {
		return MonitoringCallers.as(tenant, role);
	}

	private MvcResult perform(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn();
	}

	private static JsonNode json(MvcResult result) throws Exception {
		return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private static String base(String slug, Edition edition) {
		return "/api/" + slug + "/monitoring/editions/" + edition.id();
	}

	private MvcResult configure(String slug, Edition edition, UUID indicator, JwtRequestPostProcessor caller, String body) throws Exception {
		return perform(put(base(slug, edition) + "/collection/indicators/" + indicator).with(caller).contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private JsonNode overview(String slug, Edition edition, JwtRequestPostProcessor caller, String asOf) throws Exception {
		MvcResult read = perform(get(base(slug, edition) + "/collection").param("asOf", asOf).with(caller));
		assertThat(read.getResponse().getStatus()).isEqualTo(200);
		return json(read);
	}

	private void record(TenantId tenant, Edition edition, UUID indicator, String period) throws Exception {
		assertThat(perform(post(base("wiesbaden", edition) + "/measurements").with(caller(tenant, TenantRole.EDITOR)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"indicatorId\":\"%s\",\"period\":\"%s\",\"value\":75,\"source\":\"Amt für Statistik\"}".formatted(indicator, period)))
			.getResponse().getStatus()).isEqualTo(201);
	}

	/** "period:STATE" of every listed period of one indicator. */
	private static java.util.List<String> states(JsonNode overview, UUID indicator) {
		java.util.List<String> states = new java.util.ArrayList<>();
		overview.get("periods").forEach(period -> {
			if (period.get("indicatorId").asString().equals(indicator.toString())) {
				states.add(period.get("period").asString() + ":" + period.get("state").asString());
			}
		});
		return states;
	}

	private static JsonNode group(JsonNode completeness, String name) {
		for (JsonNode row : completeness) {
			if (row.get("group").asString().equals(name)) {
				return row;
			}
		}
		throw new AssertionError("no group " + name + " in " + completeness);
	}

	@Test
	void periodsAreDueAfterTheirEndAndOverdueAfterTheDueDatePerCadence() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		TestEdition test = freshEdition(wiesbaden);
		Edition edition = test.edition();
		var editor = caller(wiesbaden, TenantRole.EDITOR);
		assertThat(configure("wiesbaden", edition, test.language(), editor, "{\"cadence\":\"QUARTERLY\",\"office\":\"Amt für Statistik\"}")
			.getResponse().getStatus()).isEqualTo(200);
		record(wiesbaden, edition, test.language(), "2021-Q1");

		// Q1 ends 31.03. (due 29.06.), Q2 ends 30.06. (due 28.09.); Q3 has not ended on 30.09.
		JsonNode onDueDate = overview("wiesbaden", edition, caller(wiesbaden, TenantRole.CONTRIBUTOR), "2021-09-28");
		assertThat(states(onDueDate, test.language())).containsExactly("2021-Q1:ERLEDIGT", "2021-Q2:FAELLIG");
		JsonNode after = overview("wiesbaden", edition, caller(wiesbaden, TenantRole.CONTRIBUTOR), "2021-09-30");
		assertThat(states(after, test.language())).containsExactly("2021-Q1:ERLEDIGT", "2021-Q2:UEBERFAELLIG");
		assertThat(after.at("/periods/1/dueOn").asString()).isEqualTo("2021-09-28");
		assertThat(after.at("/periods/1/office").asString()).isEqualTo("Amt für Statistik");
		// Without a setting: yearly, so nothing of 2021 is due before the year ends.
		assertThat(states(after, test.recognition())).isEmpty();

		configure("wiesbaden", edition, test.language(), editor, "{\"cadence\":\"HALF_YEARLY\",\"dueDays\":30}");
		assertThat(states(overview("wiesbaden", edition, editor, "2021-07-15"), test.language())).containsExactly("2021-H1:FAELLIG");
		assertThat(states(overview("wiesbaden", edition, editor, "2021-08-01"), test.language())).containsExactly("2021-H1:UEBERFAELLIG");

		// Yearly from the edition's first year (2021; the second indicator has no baseline), never beyond its last (2025).
		JsonNode late = overview("wiesbaden", edition, editor, "2030-01-01");
		assertThat(states(late, test.recognition())).containsExactly("2021:UEBERFAELLIG", "2022:UEBERFAELLIG", "2023:UEBERFAELLIG",
				"2024:UEBERFAELLIG", "2025:UEBERFAELLIG");
	}

	@Test
	void completenessCountsThePeriodsPastTheirDueDatePerFieldAndOffice() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		TestEdition test = freshEdition(wiesbaden);
		Edition edition = test.edition();
		var editor = caller(wiesbaden, TenantRole.EDITOR);
		configure("wiesbaden", edition, test.language(), editor, "{\"cadence\":\"QUARTERLY\",\"office\":\"Amt für Statistik\"}");
		record(wiesbaden, edition, test.language(), "2021-Q1");
		record(wiesbaden, edition, test.language(), "2021-Q3");
		record(wiesbaden, edition, test.recognition(), "2021");

		// On 2022-04-01: Q1–Q3 of 2021 are past due (Q1, Q3 with a value), Q4 (due 31.03.2022) too; 2021 (yearly) is past due with a value.
		JsonNode overview = overview("wiesbaden", edition, editor, "2022-04-01");
		JsonNode language = group(overview.get("byField"), "Bildung & Sprache");
		assertThat(language.get("due").asInt()).isEqualTo(4);
		assertThat(language.get("done").asInt()).isEqualTo(2);
		assertThat(language.get("percent").decimalValue()).isEqualByComparingTo("50.0");
		assertThat(group(overview.get("byField"), "Arbeit").get("percent").decimalValue()).isEqualByComparingTo("100.0");
		assertThat(group(overview.get("byOffice"), "Amt für Statistik").get("percent").decimalValue()).isEqualByComparingTo("50.0");
		assertThat(group(overview.get("byOffice"), "ohne zuständige Stelle").get("done").asInt()).isEqualTo(1);

		// A period still within its due date counts neither way: 2022-Q1 (due 29.06.2022) is listed as due, not counted.
		JsonNode early = overview("wiesbaden", edition, editor, "2022-06-01");
		assertThat(states(early, test.language())).contains("2022-Q1:FAELLIG");
		assertThat(group(early.get("byField"), "Bildung & Sprache").get("due").asInt()).isEqualTo(4);
	}

	@Test
	void invalidSettingsAreRefusedWithEveryProblemAndNothingStored() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		TestEdition test = freshEdition(wiesbaden);
		Edition edition = test.edition();
		var editor = caller(wiesbaden, TenantRole.EDITOR);
		UUID citizen = TestAccounts.idOf(jdbc, TestAccounts.newMember(jdbc, transactions, tenantScope, wiesbaden, "buerger", TenantRole.CITIZEN));

		MvcResult refused = configure("wiesbaden", edition, test.language(), editor,
				"{\"cadence\":null,\"dueDays\":400,\"office\":\"%s\",\"responsibleAccountId\":\"%s\"}".formatted("A".repeat(201), citizen));
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(json(refused).get("problems").toString()).contains("wie oft", "365 Tagen", "200 Zeichen", "Rolle Redaktion");
		assertThat(configure("wiesbaden", edition, UUID.randomUUID(), editor, "{\"cadence\":\"YEARLY\"}").getResponse().getStatus()).isEqualTo(404);

		JsonNode settings = overview("wiesbaden", edition, editor, "2022-01-01").get("settings");
		assertThat(settings.findValuesAsString("cadence")).containsOnly("YEARLY");
		assertThat(settings.get(0).get("configured").asBoolean()).as("nothing stored").isFalse();
	}

	@Test
	void readersAndClientsSeeTheRoundsOnlyEditorsAndWriteClientsChangeThem() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		TestEdition test = freshEdition(wiesbaden);
		Edition edition = test.edition();
		String body = "{\"cadence\":\"QUARTERLY\"}";

		assertThat(configure("wiesbaden", edition, test.language(), caller(wiesbaden, TenantRole.CONTRIBUTOR), body).getResponse().getStatus()).isEqualTo(403);
		assertThat(configure("wiesbaden", edition, test.language(), client(wiesbaden, "monitoring.read"), body).getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(get(base("wiesbaden", edition) + "/collection").with(caller(wiesbaden, TenantRole.CITIZEN))).getResponse().getStatus())
			.isEqualTo(403);
		assertThat(configure("wiesbaden", edition, test.language(), client(wiesbaden, "monitoring.write"), body).getResponse().getStatus()).isEqualTo(200);
		assertThat(overview("wiesbaden", edition, client(wiesbaden, "monitoring.read"), "2022-01-01").at("/settings/0/cadence").asString())
			.isEqualTo("QUARTERLY");
	}

	@Test
	void anotherTenantsValidTokenCanNeitherReadNorChangeTheSettings() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		TenantId dietzenbach = tenant("dietzenbach");
		TestEdition test = freshEdition(wiesbaden);
		Edition edition = test.edition();
		configure("wiesbaden", edition, test.language(), caller(wiesbaden, TenantRole.EDITOR), "{\"cadence\":\"QUARTERLY\",\"office\":\"Amt 12\"}");

		assertThat(perform(get(base("wiesbaden", edition) + "/collection").with(caller(dietzenbach, TenantRole.EDITOR))).getResponse().getStatus())
			.isEqualTo(403);
		assertThat(configure("wiesbaden", edition, test.language(), client(dietzenbach, "monitoring.write"), "{\"cadence\":\"YEARLY\"}")
			.getResponse().getStatus()).isEqualTo(403);
		// Through its own tenant's address, Wiesbaden's edition does not exist for Dietzenbach.
		assertThat(perform(get(base("dietzenbach", edition) + "/collection").with(caller(dietzenbach, TenantRole.EDITOR))).getResponse().getStatus())
			.isEqualTo(404);
		assertThat(configure("dietzenbach", edition, test.language(), caller(dietzenbach, TenantRole.EDITOR), "{\"cadence\":\"YEARLY\"}")
			.getResponse().getStatus()).isEqualTo(404);
		// A person of another tenant cannot be made responsible.
		UUID foreignEditor = TestAccounts.idOf(jdbc, TestAccounts.newMember(jdbc, transactions, tenantScope, dietzenbach, "fremd", TenantRole.EDITOR));
		assertThat(configure("wiesbaden", edition, test.language(), caller(wiesbaden, TenantRole.EDITOR),
				"{\"cadence\":\"YEARLY\",\"responsibleAccountId\":\"%s\"}".formatted(foreignEditor)).getResponse().getStatus()).isEqualTo(422);

		JsonNode settings = overview("wiesbaden", edition, caller(wiesbaden, TenantRole.EDITOR), "2022-01-01").get("settings");
		assertThat(settings.at("/0/cadence").asString()).isEqualTo("QUARTERLY");
		assertThat(settings.at("/0/office").asString()).isEqualTo("Amt 12");
		assertThat(inTenant(dietzenbach, () -> jdbc.queryForObject("select count(*) from monitoring.collection_setting where indicator_id = ?",
				Integer.class, test.language()))).as("invisible to the other tenant").isZero();
	}

	@Test
	void theResponsiblePersonIsRemindedOnceWhenDueSoonAndOnceWhenOverdue() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		TestEdition test = freshEdition(wiesbaden);
		Edition edition = test.edition();
		String email = TestAccounts.newMember(jdbc, transactions, tenantScope, wiesbaden, "statistik", TenantRole.EDITOR);
		UUID person = TestAccounts.idOf(jdbc, email);
		configure("wiesbaden", edition, test.language(), caller(wiesbaden, TenantRole.EDITOR),
				"{\"cadence\":\"QUARTERLY\",\"office\":\"Amt für Statistik\",\"responsibleAccountId\":\"%s\"}".formatted(person));
		record(wiesbaden, edition, test.language(), "2021-Q1");

		// 2021-Q2 is due on 28.09.2021: 20.09. lies in the 14 days before.
		reminders.remindAll(LocalDate.of(2021, 9, 20));
		reminders.remindAll(LocalDate.of(2021, 9, 21));
		var dueSoon = mailsTo(email, 2);
		assertThat(dueSoon).as("one mail, however often the job runs").hasSize(1);
		assertThat(subject(dueSoon.getFirst())).isEqualTo("Bald fällig: Sprachstand bei Einschulung (2021-Q2)");
		assertThat(text(dueSoon.getFirst())).contains("28.09.2021", "verantwortliche Person",
				"/wiesbaden/verwaltung/monitoring/" + edition.id() + "/erhebung");

		reminders.remindAll(LocalDate.of(2021, 9, 29));
		reminders.remindAll(LocalDate.of(2021, 9, 30));
		var all = mailsTo(email, 3);
		assertThat(all).hasSize(2);
		assertThat(all.stream().map(MailingSystemTest::subject)).contains("Überfällig: Sprachstand bei Einschulung (2021-Q2)");
		assertThat(inTenant(wiesbaden, () -> jdbc.queryForList("select kind from monitoring.collection_reminder where indicator_id = ? order by kind",
				String.class, test.language()))).containsExactly("DUE_SOON", "OVERDUE");
	}

	@Test
	void theStaffPageShowsTheRoundsAndEditorsChangeSettingsAllOrNothing() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		TestEdition test = freshEdition(wiesbaden);
		Edition edition = test.edition();
		String page = "/wiesbaden/verwaltung/monitoring/" + edition.id() + "/erhebung";
		var member = signedIn(wiesbaden, TenantRole.CONTRIBUTOR);
		var editor = signedIn(wiesbaden, TenantRole.EDITOR);
		String email = TestAccounts.newMember(jdbc, transactions, tenantScope, wiesbaden, "amtsleitung", TenantRole.EDITOR);

		MvcResult read = perform(get(page).with(member));
		assertThat(read.getResponse().getStatus()).isEqualTo(200);
		assertThat(read.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Vollständigkeit je Handlungsfeld",
				"Vollständigkeit je zuständiger Stelle", "Überfällig", "✗", "überfällig", "ohne zuständige Stelle", "jährlich")
			.doesNotContain("Erhebung eines Indikators einstellen");
		assertThat(perform(post(page).with(member).with(csrf()).param("indicator", test.language().toString()).param("cadence", "QUARTERLY"))
			.getResponse().getStatus()).isEqualTo(403);

		MvcResult refused = perform(post(page).with(editor).with(csrf()).param("indicator", test.language().toString()).param("cadence", "QUARTERLY")
			.param("office", "Amt für Statistik").param("dueDays", "viel").param("person", "niemand@test.invalid"));
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("role=\"alert\"", "href=\"#dueDays\"",
				"Frist: Die Frist muss eine ganze Zahl", "href=\"#person\"", "niemand@test.invalid", "value=\"Amt f&uuml;r Statistik\"");
		assertThat(perform(get(page).with(member)).getResponse().getContentAsString(StandardCharsets.UTF_8)).as("nothing stored")
			.doesNotContain("Amt für Statistik");

		MvcResult saved = perform(post(page).with(editor).with(csrf()).param("indicator", test.language().toString()).param("cadence", "QUARTERLY")
			.param("office", "Amt für Statistik").param("dueDays", "60").param("person", email));
		assertThat(saved.getResponse().getStatus()).isEqualTo(302);
		String html = perform(get(page).with(editor)).getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Amt für Statistik", "vierteljährlich", "2021-Q1", "amtsleitung", "Erhebung eines Indikators einstellen");

		var foreign = signedIn(tenant("dietzenbach"), TenantRole.EDITOR);
		assertThat(perform(get(page).with(foreign)).getResponse().getStatus()).isIn(403, 404);
		assertThat(perform(post(page).with(foreign).with(csrf()).param("indicator", test.language().toString()).param("cadence", "YEARLY"))
			.getResponse().getStatus()).isIn(403, 404);
	}

	@Test
	void theOpenApiDocumentDescribesTheCollectionEndpointsAndXlsxUploads() throws Exception {
		String document = perform(get("/v3/api-docs")).getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(document).contains("/api/{tenantSlug}/monitoring/editions/{editionId}/collection\"",
				"/api/{tenantSlug}/monitoring/editions/{editionId}/collection/indicators/{indicatorId}", "Monitoring: Erhebung",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}
}
