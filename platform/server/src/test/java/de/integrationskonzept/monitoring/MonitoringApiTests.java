package de.integrationskonzept.monitoring;

import static de.integrationskonzept.monitoring.MonitoringCallers.as;
import static de.integrationskonzept.monitoring.MonitoringCallers.client;
import static de.integrationskonzept.monitoring.MonitoringCallers.freshEdition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

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
import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * IST values through the REST API on real PostgreSQL: status against the target path,
 * corrections kept as history, idempotent re-sending, the CSV import all or nothing, scopes of
 * machine clients, and no way into another tenant's values.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MonitoringApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired MockMvc mvc;
	@Autowired Tenants tenants;
	@Autowired TenantScope tenantScope;
	@Autowired ConceptEditions editions;

	private TenantId tenant(String slug) {
		return tenants.findActiveBySlug(slug).orElseThrow().id();
	}

	private static UUID indicatorOf(Edition edition) {
		return edition.fields().stream().flatMap(field -> field.goals().stream()).flatMap(Edition.Goal::withSubGoals)
			.flatMap(goal -> goal.indicators().stream()).findFirst().orElseThrow().id();
	}

	private MvcResult perform(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn();
	}

	private static JsonNode json(MvcResult result) throws Exception {
		return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private String base(String slug, Edition edition) {
		return "/api/" + slug + "/monitoring/editions/" + edition.id();
	}

	private MvcResult record(String slug, Edition edition, JwtRequestPostProcessor caller, String body) throws Exception {
		return perform(post(base(slug, edition) + "/measurements").with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private static String value(UUID indicator, String period, String value) {
		return """
				{"indicatorId":"%s","period":"%s","value":%s,"source":"Gesundheitsamt, Schuleingangsuntersuchung","collectedOn":"2024-03-01"}
				""".formatted(indicator, period, value);
	}

	private JsonNode progressOf(String slug, Edition edition, JwtRequestPostProcessor caller) throws Exception {
		MvcResult read = perform(get(base(slug, edition) + "/indicators").with(caller));
		assertThat(read.getResponse().getStatus()).isEqualTo(200);
		return json(read).get(0);
	}

	@Test
	void statusFollowsTheTargetPathAndCorrectionsStayInTheHistory() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		Edition edition = freshEdition(tenantScope, editions, wiesbaden);
		UUID indicator = indicatorOf(edition);

		assertThat(record("wiesbaden", edition, as(wiesbaden, TenantRole.EDITOR), value(indicator, "2023", "74")).getResponse().getStatus())
			.isEqualTo(201);
		// 2023 on the path: 71.5 + 4/6 × 8.5 ≈ 77.17; 74 is 37 % of the span behind.
		assertThat(progressOf("wiesbaden", edition, as(wiesbaden, TenantRole.CONTRIBUTOR)).get("status").asString()).isEqualTo("NICHT_AUF_KURS");

		record("wiesbaden", edition, as(wiesbaden, TenantRole.EDITOR), value(indicator, "2023", "76"));
		record("wiesbaden", edition, as(wiesbaden, TenantRole.EDITOR), value(indicator, "2023", "76"));
		JsonNode progress = progressOf("wiesbaden", edition, as(wiesbaden, TenantRole.CONTRIBUTOR));
		assertThat(progress.get("status").asString()).isEqualTo("GEFAEHRDET");
		assertThat(progress.at("/latest/value").decimalValue()).isEqualByComparingTo("76");

		JsonNode history = json(perform(get(base("wiesbaden", edition) + "/indicators/" + indicator + "/measurements")
			.with(as(wiesbaden, TenantRole.CONTRIBUTOR))));
		assertThat(history).hasSize(2);
		assertThat(history.get(0).get("current").asBoolean()).isFalse();
		assertThat(history.get(0).get("value").decimalValue()).isEqualByComparingTo("74");
		assertThat(history.get(1).get("current").asBoolean()).isTrue();

		record("wiesbaden", edition, as(wiesbaden, TenantRole.EDITOR), value(indicator, "2024", "79"));
		progress = progressOf("wiesbaden", edition, as(wiesbaden, TenantRole.CONTRIBUTOR));
		assertThat(progress.get("status").asString()).isEqualTo("AUF_KURS");
		assertThat(progress.get("trend").asString()).isEqualTo("VERBESSERT");
	}

	@Test
	void invalidValuesAreRefusedWithEveryProblemAndNothingStored() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		Edition edition = freshEdition(tenantScope, editions, wiesbaden);
		UUID indicator = indicatorOf(edition);

		MvcResult refused = record("wiesbaden", edition, as(wiesbaden, TenantRole.EDITOR),
				"{\"indicatorId\":\"%s\",\"period\":\"2023-H3\",\"value\":74,\"source\":\"\"}".formatted(indicator));
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(json(refused).get("problems").toString()).contains("Zeitraum", "Quelle");

		MvcResult unknown = record("wiesbaden", edition, as(wiesbaden, TenantRole.EDITOR), value(UUID.randomUUID(), "2023", "74"));
		assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
		assertThat(json(perform(get(base("wiesbaden", edition) + "/indicators/" + indicator + "/measurements")
			.with(as(wiesbaden, TenantRole.CONTRIBUTOR))))).isEmpty();
	}

	@Test
	void csvImportShowsAPreviewImportsAllOrNothingAndChangesNothingTheSecondTime() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		Edition edition = freshEdition(tenantScope, editions, wiesbaden);
		UUID indicator = indicatorOf(edition);
		String broken = "\uFEFFindikator;zeitraum;wert;quelle;erhoben_am\n"
				+ indicator + ";2022;73,5;Gesundheitsamt;01.03.2023\n"
				+ indicator + ";2023;zwei;Gesundheitsamt;01.03.2024\n"
				+ "unbekannt;2023;1;Gesundheitsamt;\n";

		JsonNode preview = json(perform(post(base("wiesbaden", edition) + "/imports?dryRun=true").with(as(wiesbaden, TenantRole.EDITOR))
			.contentType("text/csv").content(broken)));
		assertThat(preview.get("rows")).hasSize(3);
		assertThat(preview.at("/rows/0/outcome").asString()).isEqualTo("NEU");
		assertThat(preview.at("/rows/1/outcome").asString()).isEqualTo("ABGELEHNT");
		assertThat(preview.at("/rows/1/line").asInt()).isEqualTo(3);
		assertThat(preview.at("/rows/2/reason").asString()).contains("Unbekannter Indikator");

		MvcResult rejected = perform(post(base("wiesbaden", edition) + "/imports").with(as(wiesbaden, TenantRole.EDITOR))
			.contentType("text/csv").content(broken));
		assertThat(rejected.getResponse().getStatus()).isEqualTo(422);
		assertThat(json(rejected).get("problems").toString()).contains("Zeile 3", "Zeile 4");
		String historyUrl = base("wiesbaden", edition) + "/indicators/" + indicator + "/measurements";
		assertThat(json(perform(get(historyUrl).with(as(wiesbaden, TenantRole.EDITOR))))).as("nothing imported").isEmpty();

		String fixed = "indikator;zeitraum;wert;quelle;erhoben_am\n" + indicator + ";2022;73,5;Gesundheitsamt;01.03.2023\n"
				+ indicator + ";2023;75;Gesundheitsamt;2024-03-01\n";
		JsonNode imported = json(perform(post(base("wiesbaden", edition) + "/imports").with(as(wiesbaden, TenantRole.EDITOR))
			.contentType("text/csv").content(fixed)));
		assertThat(imported.findValuesAsString("outcome")).containsExactly("NEU", "NEU");
		JsonNode again = json(perform(post(base("wiesbaden", edition) + "/imports").with(as(wiesbaden, TenantRole.EDITOR))
			.contentType("text/csv").content(fixed)));
		assertThat(again.findValuesAsString("outcome")).containsExactly("UNVERAENDERT", "UNVERAENDERT");
		JsonNode history = json(perform(get(historyUrl).with(as(wiesbaden, TenantRole.EDITOR))));
		assertThat(history).hasSize(2);
		assertThat(history.get(0).get("value").decimalValue()).isEqualByComparingTo("73.5");
	}

	@Test
	void machineClientsNeedTheWriteScopeAndCitizensSeeNothing() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		Edition edition = freshEdition(tenantScope, editions, wiesbaden);
		UUID indicator = indicatorOf(edition);

		assertThat(record("wiesbaden", edition, client(wiesbaden, "monitoring.write"), value(indicator, "2023", "75")).getResponse().getStatus())
			.isEqualTo(201);
		assertThat(record("wiesbaden", edition, client(wiesbaden, "monitoring.read"), value(indicator, "2023", "70")).getResponse().getStatus())
			.isEqualTo(403);
		assertThat(progressOf("wiesbaden", edition, client(wiesbaden, "monitoring.read")).at("/latest/enteredVia").asString()).isEqualTo("API");
		assertThat(perform(get(base("wiesbaden", edition) + "/indicators").with(as(wiesbaden, TenantRole.CITIZEN))).getResponse().getStatus())
			.isEqualTo(403);
	}

	@Test
	void anotherTenantsValidTokenCanNeitherReadNorWriteTheValues() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		TenantId dietzenbach = tenant("dietzenbach");
		Edition edition = freshEdition(tenantScope, editions, wiesbaden);
		UUID indicator = indicatorOf(edition);
		record("wiesbaden", edition, as(wiesbaden, TenantRole.EDITOR), value(indicator, "2023", "75"));

		assertThat(perform(get(base("wiesbaden", edition) + "/indicators").with(as(dietzenbach, TenantRole.EDITOR))).getResponse().getStatus())
			.isEqualTo(403);
		assertThat(record("wiesbaden", edition, client(dietzenbach, "monitoring.write"), value(indicator, "2023", "1")).getResponse().getStatus())
			.isEqualTo(403);
		// Through its own tenant's address, Wiesbaden's edition does not exist for Dietzenbach.
		assertThat(perform(get(base("dietzenbach", edition) + "/indicators").with(as(dietzenbach, TenantRole.EDITOR))).getResponse().getStatus())
			.isEqualTo(404);
		assertThat(record("dietzenbach", edition, as(dietzenbach, TenantRole.EDITOR), value(indicator, "2023", "1")).getResponse().getStatus())
			.isEqualTo(404);
		assertThat(progressOf("wiesbaden", edition, as(wiesbaden, TenantRole.EDITOR)).at("/latest/value").decimalValue()).isEqualByComparingTo("75");
	}
}
