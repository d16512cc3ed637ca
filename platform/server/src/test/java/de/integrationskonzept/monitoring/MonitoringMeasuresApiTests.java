package de.integrationskonzept.monitoring;

import static de.integrationskonzept.monitoring.MonitoringCallers.as;
import static de.integrationskonzept.monitoring.MonitoringCallers.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Progress of measures through the REST API on real PostgreSQL: status default percents and
 * overrides, history, roll-ups with and without weights, bulk changes all or nothing, the CSV
 * import (preview, all or nothing, idempotent), milestones, scopes and another tenant's token.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MonitoringMeasuresApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired MockMvc mvc;
	@Autowired Tenants tenants;
	@Autowired TenantScope tenantScope;
	@Autowired ConceptEditions editions;

	private TenantId tenant(String slug) {
		return tenants.findActiveBySlug(slug).orElseThrow().id();
	}

	private TestMeasureEditions fresh(TenantId tenant) {
		return TestMeasureEditions.fresh(tenantScope, editions, tenant);
	}

	private MvcResult perform(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn();
	}

	private static JsonNode json(MvcResult result) throws Exception {
		return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private static String base(String slug, TestMeasureEditions test) {
		return "/api/" + slug + "/monitoring/editions/" + test.edition().id() + "/measures";
	}

	private JsonNode overview(String slug, TestMeasureEditions test, JwtRequestPostProcessor caller) throws Exception {
		MvcResult read = perform(get(base(slug, test)).with(caller));
		assertThat(read.getResponse().getStatus()).isEqualTo(200);
		return json(read);
	}

	private static JsonNode measure(JsonNode overview, UUID id) {
		for (JsonNode measure : overview.get("measures")) {
			if (measure.get("measureId").asString().equals(id.toString())) {
				return measure;
			}
		}
		throw new AssertionError("no measure " + id);
	}

	private static JsonNode rollup(JsonNode rollups, UUID id) {
		for (JsonNode rollup : rollups) {
			if (rollup.get("id").asString().equals(id.toString())) {
				return rollup;
			}
		}
		throw new AssertionError("no roll-up " + id);
	}

	private MvcResult update(String slug, TestMeasureEditions test, UUID measure, JwtRequestPostProcessor caller, String body) throws Exception {
		return perform(put(base(slug, test) + "/" + measure).with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private MvcResult bulk(String slug, TestMeasureEditions test, JwtRequestPostProcessor caller, String status, Object... ids) throws Exception {
		String list = String.join(",", java.util.Arrays.stream(ids).map(id -> "\"" + id + "\"").toList());
		return perform(post(base(slug, test) + "/bulk-status").with(caller).contentType(MediaType.APPLICATION_JSON)
			.content("{\"measureIds\":[" + list + "],\"status\":\"" + status + "\"}"));
	}

	private MvcResult upload(String slug, TestMeasureEditions test, boolean dryRun, String csv) throws Exception {
		return perform(post(base(slug, test) + "/imports?dryRun=" + dryRun).with(as(tenant(slug), TenantRole.EDITOR))
			.contentType("text/csv").content(csv));
	}

	@Test
	void theStatusGivesTheDefaultPercentEditorsMayOverrideItAndEveryChangeStaysInTheHistory() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		TestMeasureEditions test = fresh(wiesbaden);
		UUID kita = test.measure("Kita-Sprachförderung");
		var editor = as(wiesbaden, TenantRole.EDITOR);

		JsonNode initial = overview("wiesbaden", test, as(wiesbaden, TenantRole.CONTRIBUTOR));
		assertThat(measure(initial, test.measure("Sprachkurse für Eltern")).get("percent").asInt()).isEqualTo(50);
		assertThat(measure(initial, test.measure("Anerkennungsberatung")).get("percent").asInt()).isEqualTo(100);
		assertThat(measure(initial, kita).get("status").asString()).isEqualTo("GEPLANT");
		assertThat(measure(initial, kita).get("percent").asInt()).isZero();

		assertThat(json(update("wiesbaden", test, kita, editor, "{\"status\":\"LAUFEND\"}")).get("percent").asInt()).isEqualTo(50);
		JsonNode overridden = json(update("wiesbaden", test, kita, editor, "{\"status\":\"LAUFEND\",\"percent\":70,\"note\":\"Drei Kitas\"}"));
		assertThat(overridden.get("percent").asInt()).isEqualTo(70);
		assertThat(overridden.get("percentOverridden").asBoolean()).isTrue();
		assertThat(json(update("wiesbaden", test, kita, editor, "{\"status\":\"AUSGESETZT\"}")).get("percent").asInt())
			.as("suspended keeps the percent reached").isEqualTo(70);
		assertThat(json(update("wiesbaden", test, kita, editor, "{\"status\":\"ABGESCHLOSSEN\"}")).get("percent").asInt()).isEqualTo(100);
		update("wiesbaden", test, kita, editor, "{\"status\":\"ABGESCHLOSSEN\"}");

		JsonNode history = json(perform(get(base("wiesbaden", test) + "/" + kita + "/history").with(as(wiesbaden, TenantRole.CONTRIBUTOR))));
		assertThat(history.findValuesAsString("status")).containsExactly("LAUFEND", "LAUFEND", "AUSGESETZT", "ABGESCHLOSSEN");
		assertThat(history.get(3).get("current").asBoolean()).isTrue();
		assertThat(history.get(0).get("current").asBoolean()).isFalse();
		assertThat(history.get(1).get("note").asString()).isEqualTo("Drei Kitas");

		MvcResult invalid = update("wiesbaden", test, kita, editor, "{\"status\":\"LAUFEND\",\"percent\":120,\"weight\":-1}");
		assertThat(invalid.getResponse().getStatus()).isEqualTo(422);
		assertThat(invalid.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(json(invalid).get("problems").toString()).contains("0 und 100", "Gewicht");
		assertThat(update("wiesbaden", test, UUID.randomUUID(), editor, "{\"status\":\"LAUFEND\"}").getResponse().getStatus()).isEqualTo(404);
		assertThat(measure(overview("wiesbaden", test, editor), kita).get("percent").asInt()).isEqualTo(100);
	}

	@Test
	void goalsAndFieldsRollUpTheWeightedMeanCountingEveryMeasureEquallyWithoutWeights() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		TestMeasureEditions test = fresh(wiesbaden);
		// G1: Sprachkurse 50, Kita 0, Lotsen 0; G2: Anerkennung 100, Lotsen 0; S1: Sprachkurse 50.
		JsonNode initial = overview("wiesbaden", test, as(wiesbaden, TenantRole.CONTRIBUTOR));
		assertThat(rollup(initial.get("goals"), test.goal1()).get("percent").decimalValue()).isEqualByComparingTo("16.7");
		assertThat(rollup(initial.get("goals"), test.goal1()).get("measures").asInt()).isEqualTo(3);
		assertThat(rollup(initial.get("goals"), test.goal2()).get("percent").decimalValue()).isEqualByComparingTo("50");
		assertThat(rollup(initial.get("goals"), test.subGoal1()).get("percent").decimalValue()).isEqualByComparingTo("50");
		// Field "Bildung & Sprache": Sprachkurse counts once although it serves G1 and S1.
		JsonNode education = initial.get("fields").get(0);
		assertThat(education.get("percent").decimalValue()).isEqualByComparingTo("16.7");
		assertThat(education.get("measures").asInt()).isEqualTo(3);
		assertThat(initial.get("fields").get(1).get("percent").decimalValue()).isEqualByComparingTo("50");

		update("wiesbaden", test, test.measure("Sprachkurse für Eltern"), as(wiesbaden, TenantRole.EDITOR), "{\"status\":\"LAUFEND\",\"weight\":3}");
		// (3 × 50 + 1 × 0 + 1 × 0) / 5 = 30
		JsonNode weighted = overview("wiesbaden", test, as(wiesbaden, TenantRole.CONTRIBUTOR));
		assertThat(rollup(weighted.get("goals"), test.goal1()).get("percent").decimalValue()).isEqualByComparingTo("30");
		assertThat(weighted.get("fields").get(0).get("percent").decimalValue()).isEqualByComparingTo("30");
		assertThat(rollup(weighted.get("goals"), test.goal2()).get("percent").decimalValue()).isEqualByComparingTo("50");
	}

	@Test
	void aBulkStatusChangeWithOneUnknownMeasureChangesNothing() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		TestMeasureEditions test = fresh(wiesbaden);
		UUID kita = test.measure("Kita-Sprachförderung");
		UUID lotsen = test.measure("Integrationslotsen");
		var editor = as(wiesbaden, TenantRole.EDITOR);

		MvcResult refused = bulk("wiesbaden", test, editor, "ABGESCHLOSSEN", kita, lotsen, UUID.randomUUID());
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(json(refused).get("detail").asString()).contains("Unbekannte Maßnahmen", "nichts geändert");
		JsonNode unchanged = overview("wiesbaden", test, editor);
		assertThat(measure(unchanged, kita).get("status").asString()).isEqualTo("GEPLANT");
		assertThat(measure(unchanged, lotsen).get("status").asString()).isEqualTo("GEPLANT");
		assertThat(measure(unchanged, kita).get("changedAt").isNull()).isTrue();

		MvcResult done = bulk("wiesbaden", test, editor, "ABGESCHLOSSEN", kita, lotsen, kita);
		assertThat(done.getResponse().getStatus()).isEqualTo(200);
		assertThat(json(done)).hasSize(2);
		JsonNode changed = overview("wiesbaden", test, editor);
		assertThat(measure(changed, kita).get("percent").asInt()).isEqualTo(100);
		assertThat(measure(changed, lotsen).get("status").asString()).isEqualTo("ABGESCHLOSSEN");
		assertThat(measure(changed, test.measure("Anerkennungsberatung")).get("changedAt").isNull()).as("not in the list, untouched").isTrue();
	}

	@Test
	void csvUploadShowsAPreviewImportsAllOrNothingAndChangesNothingTheSecondTime() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		TestMeasureEditions test = fresh(wiesbaden);
		UUID kita = test.measure("Kita-Sprachförderung");
		UUID lotsen = test.measure("Integrationslotsen");
		String broken = "\uFEFFmassnahme;status;prozent;anmerkung\n" + kita + ";laufend;40;Start in zwei Kitas\n" + lotsen + ";LAUFEND;150;\n"
				+ "unbekannt;GEPLANT;;\n";

		JsonNode preview = json(upload("wiesbaden", test, true, broken));
		assertThat(preview.findValuesAsString("outcome")).containsExactly("GEAENDERT", "ABGELEHNT", "ABGELEHNT");
		assertThat(preview.at("/rows/1/reason").asString()).contains("0 und 100");
		assertThat(preview.at("/rows/2/line").asInt()).isEqualTo(4);
		MvcResult rejected = upload("wiesbaden", test, false, broken);
		assertThat(rejected.getResponse().getStatus()).isEqualTo(422);
		assertThat(json(rejected).get("problems").toString()).contains("Zeile 3", "Zeile 4");
		assertThat(measure(overview("wiesbaden", test, as(wiesbaden, TenantRole.EDITOR)), kita).get("status").asString())
			.as("nothing imported").isEqualTo("GEPLANT");

		String fixed = "massnahme;status;prozent;anmerkung\n" + kita + ";LAUFEND;40;Start in zwei Kitas\n" + lotsen + ";ABGESCHLOSSEN;;\n"
				+ test.measure("Sprachkurse für Eltern") + ";LAUFEND;;\n";
		JsonNode imported = json(upload("wiesbaden", test, false, fixed));
		assertThat(imported.findValuesAsString("outcome")).containsExactly("GEAENDERT", "GEAENDERT", "UNVERAENDERT");
		JsonNode again = json(upload("wiesbaden", test, false, fixed));
		assertThat(again.findValuesAsString("outcome")).containsExactly("UNVERAENDERT", "UNVERAENDERT", "UNVERAENDERT");
		JsonNode after = overview("wiesbaden", test, as(wiesbaden, TenantRole.EDITOR));
		assertThat(measure(after, kita).get("percent").asInt()).isEqualTo(40);
		assertThat(measure(after, kita).get("note").asString()).isEqualTo("Start in zwei Kitas");
		assertThat(measure(after, lotsen).get("percent").asInt()).isEqualTo(100);
		assertThat(json(perform(get(base("wiesbaden", test) + "/" + kita + "/history").with(as(wiesbaden, TenantRole.EDITOR))))).hasSize(1);
	}

	@Test
	void milestonesAreShownInTimelineOrder() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		TestMeasureEditions test = fresh(wiesbaden);
		UUID kita = test.measure("Kita-Sprachförderung");
		var editor = as(wiesbaden, TenantRole.EDITOR);
		String url = base("wiesbaden", test) + "/" + kita + "/milestones";

		MvcResult later = perform(post(url).with(editor).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Fachkräfte geschult\",\"dueOn\":\"2026-09-30\"}"));
		assertThat(later.getResponse().getStatus()).isEqualTo(201);
		perform(post(url).with(editor).contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Konzept abgestimmt\",\"dueOn\":\"2026-03-31\"}"));
		assertThat(perform(post(url).with(editor).contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"\"}")).getResponse().getStatus())
			.isEqualTo(422);
		JsonNode milestones = measure(overview("wiesbaden", test, editor), kita).get("milestones");
		assertThat(milestones.findValuesAsString("title")).containsExactly("Konzept abgestimmt", "Fachkräfte geschult");

		// Done early: the date done puts it first.
		perform(put(url + "/" + json(later).get("id").asString()).with(editor).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Fachkräfte geschult\",\"dueOn\":\"2026-09-30\",\"doneOn\":\"2026-01-15\"}"));
		milestones = measure(overview("wiesbaden", test, editor), kita).get("milestones");
		assertThat(milestones.findValuesAsString("title")).containsExactly("Fachkräfte geschult", "Konzept abgestimmt");
		assertThat(milestones.get(0).get("doneOn").asString()).isEqualTo("2026-01-15");
	}

	@Test
	void readingNeedsMembershipOrTheReadScopeAndChangingTheEditorRoleOrTheWriteScope() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		TestMeasureEditions test = fresh(wiesbaden);
		UUID kita = test.measure("Kita-Sprachförderung");

		assertThat(overview("wiesbaden", test, client(wiesbaden, "monitoring.read")).get("measures")).hasSize(4);
		assertThat(update("wiesbaden", test, kita, client(wiesbaden, "monitoring.read"), "{\"status\":\"LAUFEND\"}").getResponse().getStatus())
			.isEqualTo(403);
		assertThat(update("wiesbaden", test, kita, as(wiesbaden, TenantRole.CONTRIBUTOR), "{\"status\":\"LAUFEND\"}").getResponse().getStatus())
			.isEqualTo(403);
		assertThat(bulk("wiesbaden", test, as(wiesbaden, TenantRole.CONTRIBUTOR), "LAUFEND", kita).getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(get(base("wiesbaden", test)).with(as(wiesbaden, TenantRole.CITIZEN))).getResponse().getStatus()).isEqualTo(403);
		assertThat(measure(overview("wiesbaden", test, as(wiesbaden, TenantRole.CONTRIBUTOR)), kita).get("status").asString()).isEqualTo("GEPLANT");

		assertThat(update("wiesbaden", test, kita, client(wiesbaden, "monitoring.write"), "{\"status\":\"LAUFEND\"}").getResponse().getStatus())
			.isEqualTo(200);
		assertThat(json(perform(get(base("wiesbaden", test) + "/" + kita + "/history").with(client(wiesbaden, "monitoring.read"))))
			.get(0).get("changedVia").asString()).isEqualTo("API");
	}

	@Test
	void anotherTenantsValidTokenCanNeitherReadNorChangeTheProgress() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		TenantId dietzenbach = tenant("dietzenbach");
		TestMeasureEditions test = fresh(wiesbaden);
		UUID kita = test.measure("Kita-Sprachförderung");

		assertThat(perform(get(base("wiesbaden", test)).with(as(dietzenbach, TenantRole.EDITOR))).getResponse().getStatus()).isEqualTo(403);
		assertThat(update("wiesbaden", test, kita, client(dietzenbach, "monitoring.write"), "{\"status\":\"LAUFEND\"}").getResponse().getStatus())
			.isEqualTo(403);
		// Through its own tenant's address, Wiesbaden's edition does not exist for Dietzenbach.
		assertThat(perform(get(base("dietzenbach", test)).with(as(dietzenbach, TenantRole.EDITOR))).getResponse().getStatus()).isEqualTo(404);
		assertThat(update("dietzenbach", test, kita, as(dietzenbach, TenantRole.EDITOR), "{\"status\":\"LAUFEND\"}").getResponse().getStatus())
			.isEqualTo(404);
		assertThat(bulk("dietzenbach", test, as(dietzenbach, TenantRole.EDITOR), "LAUFEND", kita).getResponse().getStatus()).isEqualTo(404);
		assertThat(upload("dietzenbach", test, false, "massnahme;status\n" + kita + ";LAUFEND\n").getResponse().getStatus()).isEqualTo(404);
		assertThat(measure(overview("wiesbaden", test, as(wiesbaden, TenantRole.EDITOR)), kita).get("changedAt").isNull()).isTrue();
	}
}
