package de.integrationskonzept.monitoring;

import static de.integrationskonzept.monitoring.MonitoringCallers.as;
import static de.integrationskonzept.monitoring.MonitoringCallers.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

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
import org.springframework.transaction.support.TransactionTemplate;

import de.integrationskonzept.concepts.Actor;
import de.integrationskonzept.concepts.Actors;
import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Funded projects through the REST API on real PostgreSQL: checks of carrier and goals (nothing stored
 * on refusal), outputs, evaluations only of claimed goals with history, roles, scopes and another tenant's token.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MonitoringProjectsApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired MockMvc mvc;
	@Autowired Tenants tenants;
	@Autowired TenantScope tenantScope;
	@Autowired ConceptEditions editions;
	@Autowired Actors actors;
	@Autowired JdbcTemplate jdbc;
	@Autowired TransactionTemplate transactions;

	private record Setup(TestMeasureEditions test, UUID carrier, String base) {
	}

	private TenantId tenant(String slug) {
		return tenants.findActiveBySlug(slug).orElseThrow().id();
	}

	private Setup setup(String slug) {
		TenantId tenant = tenant(slug);
		TestMeasureEditions test = TestMeasureEditions.fresh(tenantScope, editions, tenant);
		Actor carrier = MonitoringCallers.asRole(tenantScope, tenant, TenantRole.EDITOR, () -> actors.add(new Actor(null,
				Actor.Kind.VEREIN, "Sprachbrücke e. V. " + UUID.randomUUID(), null, null, null, null, List.of(), null)));
		return new Setup(test, carrier.id(), "/api/" + slug + "/monitoring/editions/" + test.edition().id() + "/projects");
	}

	private MvcResult perform(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn();
	}

	private MvcResult send(boolean create, String url, JwtRequestPostProcessor caller, String body) throws Exception {
		return perform((create ? post(url) : put(url)).with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private static JsonNode json(MvcResult result) throws Exception {
		return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private static String project(UUID carrier, Object amount, Object... goals) {
		String list = String.join(",", java.util.Arrays.stream(goals).map(goal -> "\"" + goal + "\"").toList());
		return "{\"title\":\"Elterncafé\",\"carrierActorId\":\"" + carrier + "\",\"amount\":" + amount
				+ ",\"startsOn\":\"2025-01-01\",\"endsOn\":\"2026-12-31\",\"goalIds\":[" + list + "],\"description\":\"Treffpunkt\"}";
	}

	/** The projects stored for the edition, read directly in the tenant's transaction (not through the service). */
	private long storedProjects(Setup setup) {
		TenantId tenant = tenant(setup.base().split("/")[2]);
		return tenantScope.callAs(tenant, () -> transactions.execute(status -> jdbc.queryForObject(
				"select count(*) from monitoring.funded_project where edition_id = ?", Long.class, setup.test().edition().id().value())));
	}

	@Test
	void aProjectWithAnUnknownCarrierOrGoalIsRefusedWithEveryProblemAndNothingIsStored() throws Exception {
		Setup setup = setup("wiesbaden");
		var editor = as(tenant("wiesbaden"), TenantRole.EDITOR);
		UUID unknownGoal = UUID.randomUUID();
		UUID unknownActor = UUID.randomUUID();

		MvcResult refused = send(true, setup.base(), editor, project(unknownActor, -5, setup.test().goal1(), unknownGoal));

		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(json(refused).get("problems").toString()).contains(unknownGoal.toString(), unknownActor.toString(), "Fördersumme");
		assertThat(storedProjects(setup)).isZero();
		assertThat(json(perform(get(setup.base()).with(editor)))).isEmpty();
	}

	@Test
	void editorsCreateAndChangeProjectsWithSubGoalsAndReportOutputsPerYear() throws Exception {
		Setup setup = setup("wiesbaden");
		var editor = as(tenant("wiesbaden"), TenantRole.EDITOR);
		MvcResult created = send(true, setup.base(), editor, project(setup.carrier(), 12500.50, setup.test().subGoal1()));
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		String id = json(created).get("id").asString();
		assertThat(json(created).get("carrierName").asString()).startsWith("Sprachbrücke");

		JsonNode changed = json(send(false, setup.base() + "/" + id, editor, project(setup.carrier(), 0, setup.test().goal1(), setup.test().goal2())));
		assertThat(changed.get("amount").decimalValue()).isZero();
		assertThat(changed.get("goalIds").valueStream().map(JsonNode::asString).toList())
			.containsExactly(setup.test().goal1().toString(), setup.test().goal2().toString());

		MvcResult output = send(true, setup.base() + "/" + id + "/outputs", editor, "{\"year\":2025,\"text\":\"Sprachkurse\",\"value\":42,\"unit\":\"Teilnehmende\"}");
		assertThat(output.getResponse().getStatus()).isEqualTo(201);
		assertThat(send(true, setup.base() + "/" + id + "/outputs", editor, "{\"year\":1800,\"text\":\"\"}").getResponse().getStatus()).isEqualTo(422);
		JsonNode listed = json(perform(get(setup.base()).with(as(tenant("wiesbaden"), TenantRole.CONTRIBUTOR))));
		assertThat(listed).hasSize(1);
		assertThat(listed.get(0).get("outputs")).hasSize(1);
		assertThat(listed.get(0).get("outputs").get(0).get("unit").asString()).isEqualTo("Teilnehmende");
	}

	@Test
	void onlyClaimedGoalsAreEvaluatedAndAChangedEvaluationKeepsWhoAndWhen() throws Exception {
		Setup setup = setup("wiesbaden");
		var editor = as(tenant("wiesbaden"), TenantRole.EDITOR);
		String id = json(send(true, setup.base(), editor, project(setup.carrier(), 1000, setup.test().goal1()))).get("id").asString();
		String evaluations = setup.base() + "/" + id + "/evaluations";

		MvcResult unclaimed = send(true, evaluations, editor, "{\"goalId\":\"" + setup.test().goal2() + "\",\"rating\":4,\"text\":\"Gut\"}");
		assertThat(unclaimed.getResponse().getStatus()).isEqualTo(422);
		assertThat(json(unclaimed).get("problems").toString()).contains(setup.test().goal2().toString());
		assertThat(send(true, evaluations, editor, "{\"goalId\":\"" + setup.test().goal1() + "\",\"rating\":6,\"text\":\"\"}").getResponse()
			.getStatus()).isEqualTo(422);

		JsonNode first = json(send(true, evaluations, editor, "{\"goalId\":\"" + setup.test().goal1() + "\",\"rating\":2,\"text\":\"Wenig erreicht\"}"));
		JsonNode second = json(send(true, evaluations, editor, "{\"goalId\":\"" + setup.test().goal1() + "\",\"rating\":4,\"text\":\"Deutlich\"}"));
		assertThat(second.get("rating").asInt()).isEqualTo(4);

		JsonNode history = json(perform(get(evaluations).with(as(tenant("wiesbaden"), TenantRole.CONTRIBUTOR))));
		assertThat(history).hasSize(2);
		assertThat(history.get(0).get("id").asString()).isEqualTo(first.get("id").asString());
		assertThat(history.get(0).get("current").asBoolean()).isFalse();
		assertThat(history.get(0).get("rating").asInt()).isEqualTo(2);
		assertThat(history.get(0).get("evaluatedAt").asString()).isEqualTo(first.get("evaluatedAt").asString());
		assertThat(history.get(1).get("current").asBoolean()).isTrue();
		JsonNode current = json(perform(get(setup.base() + "/" + id).with(editor))).get("evaluations");
		assertThat(current).hasSize(1);
		assertThat(current.get(0).get("text").asString()).isEqualTo("Deutlich");
		assertThat(current.get(0).get("goalName").asString()).isNotBlank();
	}

	@Test
	void readingNeedsContributorOrReadScopeAndWritingNeedsEditorOrWriteScope() throws Exception {
		Setup setup = setup("wiesbaden");
		TenantId wiesbaden = tenant("wiesbaden");
		String body = project(setup.carrier(), 100, setup.test().goal1());
		assertThat(perform(get(setup.base()).with(as(wiesbaden, TenantRole.CITIZEN))).getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(get(setup.base()).with(client(wiesbaden, "monitoring.read"))).getResponse().getStatus()).isEqualTo(200);
		assertThat(send(true, setup.base(), as(wiesbaden, TenantRole.CONTRIBUTOR), body).getResponse().getStatus()).isEqualTo(403);
		assertThat(send(true, setup.base(), client(wiesbaden, "monitoring.read"), body).getResponse().getStatus()).isEqualTo(403);
		assertThat(storedProjects(setup)).isZero();
		assertThat(send(true, setup.base(), client(wiesbaden, "monitoring.write"), body).getResponse().getStatus()).isEqualTo(201);
	}

	@Test
	void anotherTenantsValidTokenCanNeitherReadNorChangeTheProjects() throws Exception {
		Setup setup = setup("wiesbaden");
		String id = json(send(true, setup.base(), as(tenant("wiesbaden"), TenantRole.EDITOR),
				project(setup.carrier(), 100, setup.test().goal1()))).get("id").asString();
		TenantId dietzenbach = tenant("dietzenbach");
		var foreignEditor = as(dietzenbach, TenantRole.EDITOR);

		assertThat(perform(get(setup.base()).with(foreignEditor)).getResponse().getStatus()).isEqualTo(403);
		assertThat(send(false, setup.base() + "/" + id, client(dietzenbach, "monitoring.write"),
				project(setup.carrier(), 1, setup.test().goal1())).getResponse().getStatus()).isEqualTo(403);
		String foreignBase = setup.base().replace("/wiesbaden/", "/dietzenbach/");
		assertThat(perform(get(foreignBase + "/" + id).with(foreignEditor)).getResponse().getStatus()).isEqualTo(404);
		assertThat(send(true, foreignBase + "/" + id + "/evaluations", foreignEditor,
				"{\"goalId\":\"" + setup.test().goal1() + "\",\"rating\":1,\"text\":\"x\"}").getResponse().getStatus()).isEqualTo(404);
		assertThat(json(perform(get(setup.base() + "/" + id).with(as(tenant("wiesbaden"), TenantRole.EDITOR)))).get("amount").asInt())
			.isEqualTo(100);
	}
}
