package de.integrationskonzept.concepts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The concepts API on real PostgreSQL: import and export round-trip, lifecycle rules, frozen
 * adopted editions, lost-update protection, Fortschreibung with provenance and comparison, and
 * the tenant boundary.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ConceptEditionsApiTests {


	@Autowired MockMvc mvc;
	@Autowired Tenants tenants;
	@Autowired ApplicationEvents events;

	private final JsonMapper json = JsonMapper.builder().build();
	private TenantId wiesbaden;
	private TenantId dietzenbach;

	@BeforeEach
	void setUp() {
		wiesbaden = tenants.findActiveBySlug("wiesbaden").orElseThrow().id();
		dietzenbach = tenants.findActiveBySlug("dietzenbach").orElseThrow().id();
	}

	private JwtRequestPostProcessor as(TenantId tenant, TenantRole role) {
		return jwt().authorities(TenantAuthority.of(tenant, role));
	}

	private String freshDocument() {
		return TestEditions.fresh();
	}

	private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn();
	}

	private MvcResult importAs(TenantId tenant, String slug, String document) throws Exception {
		return perform(post("/api/" + slug + "/concepts/editions").with(as(tenant, TenantRole.EDITOR))
			.contentType(MediaType.APPLICATION_JSON).content(document));
	}

	private JsonNode body(MvcResult result) throws Exception {
		return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void exportReturnsExactlyTheImportedDocument() throws Exception {
		String document = freshDocument();
		MvcResult created = importAs(wiesbaden, "wiesbaden", document);
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		String id = json.readTree(document).get("id").asString();

		MvcResult exported = perform(get("/api/wiesbaden/concepts/editions/" + id).with(as(wiesbaden, TenantRole.CONTRIBUTOR)));
		assertThat(exported.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(exported)).isEqualTo(json.readTree(document));
		assertThat(exported.getResponse().getHeader("ETag")).isEqualTo("\"0\"");
	}

	@Test
	void brokenDocumentIsRejectedWithEveryProblemAndChangesNothing() throws Exception {
		ObjectNode document = (ObjectNode) json.readTree(freshDocument());
		((ObjectNode) document.get("measures").get(0)).putArray("goals").add(UUID.randomUUID().toString());
		document.put("periodTo", 2019);
		int before = body(perform(get("/api/wiesbaden/concepts/editions").with(as(wiesbaden, TenantRole.EDITOR)))).size();

		MvcResult rejected = importAs(wiesbaden, "wiesbaden", document.toString());

		assertThat(rejected.getResponse().getStatus()).isEqualTo(422);
		assertThat(rejected.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(body(rejected).get("problems").toString()).contains("Zeitraum", "verweist auf ein Ziel");
		assertThat(body(perform(get("/api/wiesbaden/concepts/editions").with(as(wiesbaden, TenantRole.EDITOR)))).size()).isEqualTo(before);
		assertThat(importAs(wiesbaden, "wiesbaden", "{\"format\": \"integrationskonzept-edition/1\", \"title\": 5").getResponse().getStatus())
			.isEqualTo(422);
	}

	@Test
	void lifecycleAllowsOnlyItsTransitionsAndAdoptionFreezesTheContent() throws Exception {
		String document = freshDocument();
		String id = json.readTree(document).get("id").asString();
		importAs(wiesbaden, "wiesbaden", document);
		String base = "/api/wiesbaden/concepts/editions/" + id;

		assertThat(status(base, "0", "{\"status\":\"BESCHLOSSEN\"}").getResponse().getStatus()).isEqualTo(409);
		assertThat(status(base, "0", "{\"status\":\"ZUR_BESCHLUSSFASSUNG\"}").getResponse().getStatus()).isEqualTo(200);
		assertThat(status(base, "1", "{\"status\":\"BESCHLOSSEN\"}").getResponse().getStatus()).as("adoption without resolution").isEqualTo(422);
		MvcResult adopted = status(base, "1", """
				{"status":"BESCHLOSSEN","resolution":{"body":"Stadtverordnetenversammlung","number":"0522","date":"2020-09-24","result":"mehrheitlich"}}""");
		assertThat(adopted.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(adopted).get("resolution").get("number").asString()).isEqualTo("0522");
		assertThat(events.stream(EditionEvents.EditionAdopted.class)).anySatisfy(event -> {
			assertThat(event.editionId().toString()).isEqualTo(id);
			assertThat(event.tenantId()).isEqualTo(wiesbaden);
		});

		MvcResult frozen = perform(put(base).with(as(wiesbaden, TenantRole.EDITOR)).header("If-Match", "\"2\"")
			.contentType(MediaType.APPLICATION_JSON).content(document));
		assertThat(frozen.getResponse().getStatus()).isEqualTo(409);
		assertThat(body(frozen).get("title").asString()).isEqualTo("Ausgabe ist festgeschrieben");
	}

	private MvcResult status(String base, String version, String change) throws Exception {
		return perform(post(base + "/status").with(as(wiesbaden, TenantRole.EDITOR)).header("If-Match", "\"" + version + "\"")
			.contentType(MediaType.APPLICATION_JSON).content(change));
	}

	@Test
	void secondWriterWithTheSameVersionGetsAConflictAndNothingIsLost() throws Exception {
		String document = freshDocument();
		String id = json.readTree(document).get("id").asString();
		importAs(wiesbaden, "wiesbaden", document);
		String base = "/api/wiesbaden/concepts/editions/" + id;
		String first = document.replace("Sprachkurse für Eltern", "Sprachkurse für Eltern und Großeltern");
		String second = document.replace("Berufliche Anerkennung beschleunigen", "Anerkennung ausländischer Abschlüsse beschleunigen");

		MvcResult saved = perform(put(base).with(as(wiesbaden, TenantRole.EDITOR)).header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON).content(first));
		MvcResult conflict = perform(put(base).with(as(wiesbaden, TenantRole.EDITOR)).header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON).content(second));
		MvcResult withoutVersion = perform(put(base).with(as(wiesbaden, TenantRole.EDITOR))
			.contentType(MediaType.APPLICATION_JSON).content(second));

		assertThat(saved.getResponse().getStatus()).isEqualTo(200);
		assertThat(saved.getResponse().getHeader("ETag")).isEqualTo("\"1\"");
		assertThat(conflict.getResponse().getStatus()).isEqualTo(412);
		assertThat(withoutVersion.getResponse().getStatus()).isEqualTo(428);
		String stored = perform(get(base).with(as(wiesbaden, TenantRole.EDITOR))).getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(stored).contains("Sprachkurse für Eltern und Großeltern", "Berufliche Anerkennung beschleunigen");

		JsonNode history = body(perform(get(base + "/history").with(as(wiesbaden, TenantRole.EDITOR))));
		assertThat(history.toString()).contains("\"action\":\"CHANGED\"", "\"itemType\":\"MEASURE\"", "Großeltern");
	}

	@Test
	void fortschreibungCopiesWithProvenanceAndTheComparisonShowsWhatChanged() throws Exception {
		String document = freshDocument();
		JsonNode original = json.readTree(document);
		String id = original.get("id").asString();
		importAs(wiesbaden, "wiesbaden", document);

		MvcResult draft = perform(post("/api/wiesbaden/concepts/editions/" + id + "/fortschreibung").with(as(wiesbaden, TenantRole.EDITOR)));
		assertThat(draft.getResponse().getStatus()).isEqualTo(201);
		ObjectNode next = (ObjectNode) body(draft);
		assertThat(next.get("continues").asString()).isEqualTo(id);
		assertThat(next.get("status").asString()).isEqualTo("ENTWURF");
		assertThat(next.get("periodFrom").asInt()).isEqualTo(2026);
		JsonNode copiedGoal = next.get("fields").get(1).get("goals").get(0);
		assertThat(copiedGoal.get("origin").asString()).isEqualTo(original.get("fields").get(1).get("goals").get(0).get("id").asString());
		assertThat(copiedGoal.get("id").asString()).isNotEqualTo(copiedGoal.get("origin").asString());

		String nextId = next.get("id").asString();
		String changed = next.toString().replace("Berufliche Anerkennung beschleunigen", "Anerkennungsverfahren in drei Monaten");
		assertThat(perform(put("/api/wiesbaden/concepts/editions/" + nextId).with(as(wiesbaden, TenantRole.EDITOR)).header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON).content(changed)).getResponse().getStatus()).isEqualTo(200);

		JsonNode comparison = body(perform(get("/api/wiesbaden/concepts/editions/" + id + "/comparison").param("with", nextId)
			.with(as(wiesbaden, TenantRole.EDITOR))));
		assertThat(comparison.valueStream().filter(change -> change.get("itemType").asString().equals("GOAL")).toList())
			.singleElement().satisfies(change -> {
				assertThat(change.get("action").asString()).isEqualTo("CHANGED");
				assertThat(change.get("field").asString()).isEqualTo("Arbeit");
				assertThat(change.get("after").asString()).contains("Anerkennungsverfahren in drei Monaten");
			});
	}

	@Test
	void anotherTenantCannotSeeOrChangeEditions() throws Exception {
		String document = freshDocument();
		String id = json.readTree(document).get("id").asString();
		importAs(wiesbaden, "wiesbaden", document);

		assertThat(perform(get("/api/wiesbaden/concepts/editions").with(as(dietzenbach, TenantRole.TENANT_ADMIN))).getResponse().getStatus())
			.as("token of another tenant").isEqualTo(403);
		MvcResult throughOwnPath = perform(get("/api/dietzenbach/concepts/editions/" + id).with(as(dietzenbach, TenantRole.TENANT_ADMIN)));
		assertThat(throughOwnPath.getResponse().getStatus()).as("another tenant's edition id under one's own path").isEqualTo(404);
		assertThat(throughOwnPath.getResponse().getContentAsString()).doesNotContain("Testausgabe");
		MvcResult overwrite = perform(put("/api/dietzenbach/concepts/editions/" + id).with(as(dietzenbach, TenantRole.EDITOR))
			.header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content(document));
		assertThat(overwrite.getResponse().getStatus()).isEqualTo(404);
		assertThat(perform(get("/api/wiesbaden/concepts/editions/" + id).with(as(wiesbaden, TenantRole.EDITOR))).getResponse().getStatus())
			.isEqualTo(200);
	}

	@Test
	void citizensAndUnauthenticatedCallersCannotReadDrafts() throws Exception {
		assertThat(perform(get("/api/wiesbaden/concepts/editions").with(as(wiesbaden, TenantRole.CITIZEN))).getResponse().getStatus())
			.isEqualTo(403);
		assertThat(perform(get("/api/wiesbaden/concepts/editions")).getResponse().getStatus()).isEqualTo(401);
		assertThat(perform(post("/api/wiesbaden/concepts/editions").with(as(wiesbaden, TenantRole.CONTRIBUTOR))
			.contentType(MediaType.APPLICATION_JSON).content(freshDocument())).getResponse().getStatus()).isEqualTo(403);
	}
}
