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
 * A tenant adopts a shared template into its edition and follows the template's new version
 * change by change, through the edition's normal save path; its own wording stays unless it
 * chooses to overwrite, and no other tenant can see or touch the adoption.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class TemplateAdoptionApiTests {


	@Autowired MockMvc mvc;
	@Autowired Tenants tenants;
	@Autowired ApplicationEvents events;

	private final JsonMapper json = JsonMapper.builder().build();
	private TenantId wiesbaden;
	private TenantId dietzenbach;

	/** An edition of Wiesbaden with a Handlungsfeld adopted from a fresh template (version 1). */
	private record Adopted(String code, String base, String fieldId, int version) {
	}

	@BeforeEach
	void setUp() {
		wiesbaden = tenants.findActiveBySlug("wiesbaden").orElseThrow().id();
		dietzenbach = tenants.findActiveBySlug("dietzenbach").orElseThrow().id();
	}

	private JwtRequestPostProcessor as(TenantId tenant, TenantRole role) {
		return jwt().authorities(TenantAuthority.of(tenant, role));
	}

	private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn();
	}

	private JsonNode body(MvcResult result) throws Exception {
		return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private static int version(MvcResult result) {
		return Integer.parseInt(result.getResponse().getHeader("ETag").replace("\"", ""));
	}

	/** A template document; each goal is given as "key=title". */
	private static String template(String code, String... goals) {
		StringBuilder suggested = new StringBuilder();
		for (String goal : goals) {
			String[] keyAndTitle = goal.split("=", 2);
			suggested.append(suggested.isEmpty() ? "" : ",").append("{\"key\":\"").append(keyAndTitle[0]).append("\",\"title\":{\"de\":\"")
				.append(keyAndTitle[1]).append("\"},\"description\":null}");
		}
		return "{\"code\":\"" + code + "\",\"name\":{\"de\":\"Sprache und Teilhabe\"},\"description\":null,\"suggestedGoals\":[" + suggested
				+ "],\"suggestedIndicators\":[]}";
	}

	private MockHttpServletRequestBuilder asJson(MockHttpServletRequestBuilder request, String content) {
		return request.contentType(MediaType.APPLICATION_JSON).content(content);
	}

	private String freshDocument() {
		return TestEditions.fresh();
	}

	private Adopted adoptFreshTemplate() throws Exception {
		String code = "test-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(perform(asJson(post("/api/templates/fields"), template(code, "kurse=Sprachkurse ausbauen", "eltern=Eltern beraten",
				"lotsen=Lotsen gewinnen")).with(jwt().authorities(TenantAuthority.platformAdmin()))).getResponse().getStatus()).isEqualTo(201);
		String document = freshDocument();
		String base = "/api/wiesbaden/concepts/editions/" + json.readTree(document).get("id").asString();
		assertThat(perform(asJson(post("/api/wiesbaden/concepts/editions"), document).with(as(wiesbaden, TenantRole.EDITOR)))
			.getResponse().getStatus()).isEqualTo(201);

		MvcResult adopted = perform(asJson(post(base + "/template-adoptions"), "{\"code\":\"" + code + "\"}").header("If-Match", "\"0\"")
			.with(as(wiesbaden, TenantRole.EDITOR)));
		assertThat(adopted.getResponse().getStatus()).isEqualTo(200);
		JsonNode field = body(adopted).get("fields").get(2);
		assertThat(field.get("templateCode").asString()).isEqualTo(code);
		assertThat(field.get("templateVersion").asInt()).isEqualTo(1);
		assertThat(field.get("goals").valueStream().map(goal -> goal.get("templateKey").asString())).containsExactly("kurse", "eltern", "lotsen");
		return new Adopted(code, base, field.get("id").asString(), version(adopted));
	}

	/** The tenant rewrites the adopted goal "eltern" in its own words; answers the new edition version. */
	private int editGoal(Adopted adopted, String title) throws Exception {
		ObjectNode document = (ObjectNode) body(perform(get(adopted.base()).with(as(wiesbaden, TenantRole.EDITOR))));
		document.get("fields").get(2).get("goals").valueStream().filter(goal -> goal.get("templateKey").asString().equals("eltern"))
			.forEach(goal -> ((ObjectNode) goal.get("title")).put("de", title));
		MvcResult saved = perform(asJson(put(adopted.base()), document.toString()).header("If-Match", "\"" + adopted.version() + "\"")
			.with(as(wiesbaden, TenantRole.EDITOR)));
		assertThat(saved.getResponse().getStatus()).isEqualTo(200);
		return version(saved);
	}

	private void publishVersion2(String code) throws Exception {
		MvcResult published = perform(asJson(put("/api/templates/fields/" + code), template(code, "kurse=Sprachkurse deutlich ausbauen",
				"eltern=Eltern gezielt beraten", "mentoring=Mentoring für Jugendliche")).header("If-Match", "\"1\"")
			.with(jwt().authorities(TenantAuthority.platformAdmin())));
		assertThat(published.getResponse().getStatus()).isEqualTo(200);
	}

	private MvcResult apply(Adopted adopted, int version, String key, boolean overwrite) throws Exception {
		return perform(asJson(post(adopted.base() + "/template-updates/apply"),
				"{\"fieldId\":\"" + adopted.fieldId() + "\",\"key\":\"" + key + "\",\"overwrite\":" + overwrite + "}")
			.header("If-Match", "\"" + version + "\"").with(as(wiesbaden, TenantRole.EDITOR)));
	}

	private JsonNode updates(Adopted adopted) throws Exception {
		return body(perform(get(adopted.base() + "/template-updates").with(as(wiesbaden, TenantRole.CONTRIBUTOR))));
	}

	private static JsonNode goal(JsonNode edition, String key) {
		return edition.get("fields").get(2).get("goals").valueStream().filter(goal -> goal.get("templateKey").asString().equals(key))
			.findFirst().orElse(null);
	}

	@Test
	void tenantSeesTheNewVersionAndAppliesItChangeByChangeKeepingItsOwnWordingUnlessOverwritten() throws Exception {
		Adopted adopted = adoptFreshTemplate();
		int version = editGoal(adopted, "Eltern mehrsprachig beraten");
		assertThat(updates(adopted)).as("no newer template version yet").isEmpty();
		publishVersion2(adopted.code());

		JsonNode update = updates(adopted).get(0);
		assertThat(update.get("fieldId").asString()).isEqualTo(adopted.fieldId());
		assertThat(update.get("adoptedVersion").asInt()).isEqualTo(1);
		assertThat(update.get("latestVersion").asInt()).isEqualTo(2);
		assertThat(update.get("changes").valueStream().map(change -> change.get("action").asString() + " " + change.get("key").asString()
				+ (change.get("editedByTenant").asBoolean() ? " (bearbeitet)" : "")))
			.containsExactly("CHANGED kurse", "CHANGED eltern (bearbeitet)", "ADDED mentoring", "REMOVED lotsen");

		MvcResult retitled = apply(adopted, version, "kurse", false);
		assertThat(retitled.getResponse().getStatus()).isEqualTo(200);
		assertThat(goal(body(retitled), "kurse").get("title").get("de").asString()).isEqualTo("Sprachkurse deutlich ausbauen");

		MvcResult kept = apply(adopted, version(retitled), "eltern", false);
		assertThat(kept.getResponse().getStatus()).isEqualTo(409);
		assertThat(body(kept).get("title").asString()).isEqualTo("Ziel wurde angepasst");
		assertThat(apply(adopted, version(retitled), "kurse", false).getResponse().getStatus()).as("already applied").isEqualTo(409);

		MvcResult added = apply(adopted, version(retitled), "mentoring", false);
		MvcResult removed = apply(adopted, version(added), "lotsen", false);
		assertThat(removed.getResponse().getStatus()).isEqualTo(200);
		assertThat(goal(body(removed), "mentoring").get("title").get("de").asString()).isEqualTo("Mentoring für Jugendliche");
		assertThat(goal(body(removed), "lotsen")).isNull();
		assertThat(goal(body(removed), "eltern").get("title").get("de").asString()).isEqualTo("Eltern mehrsprachig beraten");
		assertThat(body(removed).get("fields").get(2).get("templateVersion").asInt()).as("one change still open").isEqualTo(1);
		assertThat(updates(adopted).get(0).get("changes").valueStream().map(change -> change.get("key").asString())).containsExactly("eltern");

		MvcResult overwritten = apply(adopted, version(removed), "eltern", true);
		assertThat(overwritten.getResponse().getStatus()).isEqualTo(200);
		assertThat(goal(body(overwritten), "eltern").get("title").get("de").asString()).isEqualTo("Eltern gezielt beraten");
		assertThat(body(overwritten).get("fields").get(2).get("templateVersion").asInt()).isEqualTo(2);
		assertThat(updates(adopted)).isEmpty();

		assertThat(apply(adopted, version(retitled), "mentoring", false).getResponse().getStatus()).as("stale If-Match").isEqualTo(412);
		JsonNode history = body(perform(get(adopted.base() + "/history").with(as(wiesbaden, TenantRole.EDITOR))));
		assertThat(history.toString()).contains("Mentoring für Jugendliche", "Eltern gezielt beraten", "\"action\":\"REMOVED\"");
		assertThat(events.stream(EditionEvents.EditionContentChanged.class)).anySatisfy(event -> {
			assertThat(event.tenantId()).isEqualTo(wiesbaden);
			assertThat(event.version()).isEqualTo(version(overwritten));
		});
	}

	@Test
	void dismissingKeepsTheFieldAsItIsAndMovesItToTheNewVersion() throws Exception {
		Adopted adopted = adoptFreshTemplate();
		int version = editGoal(adopted, "Eltern mehrsprachig beraten");
		publishVersion2(adopted.code());

		MvcResult dismissed = perform(asJson(post(adopted.base() + "/template-updates/dismiss"), "{\"fieldId\":\"" + adopted.fieldId() + "\"}")
			.header("If-Match", "\"" + version + "\"").with(as(wiesbaden, TenantRole.EDITOR)));

		assertThat(dismissed.getResponse().getStatus()).isEqualTo(200);
		JsonNode edition = body(dismissed);
		assertThat(edition.get("fields").get(2).get("templateVersion").asInt()).isEqualTo(2);
		assertThat(goal(edition, "eltern").get("title").get("de").asString()).isEqualTo("Eltern mehrsprachig beraten");
		assertThat(goal(edition, "lotsen")).isNotNull();
		assertThat(goal(edition, "mentoring")).isNull();
		assertThat(updates(adopted)).isEmpty();
	}

	@Test
	void anotherTenantCannotSeeOrApplyUpdatesOfThisTenantsEdition() throws Exception {
		Adopted adopted = adoptFreshTemplate();
		publishVersion2(adopted.code());
		String body = "{\"fieldId\":\"" + adopted.fieldId() + "\",\"key\":\"kurse\",\"overwrite\":true}";
		String ownPath = adopted.base().replace("/api/wiesbaden/", "/api/dietzenbach/");

		assertThat(perform(get(adopted.base() + "/template-updates").with(as(dietzenbach, TenantRole.TENANT_ADMIN))).getResponse().getStatus())
			.as("token of another tenant").isEqualTo(403);
		assertThat(perform(asJson(post(adopted.base() + "/template-updates/apply"), body).header("If-Match", "\"" + adopted.version() + "\"")
			.with(as(dietzenbach, TenantRole.TENANT_ADMIN))).getResponse().getStatus()).isEqualTo(403);
		MvcResult throughOwnPath = perform(get(ownPath + "/template-updates").with(as(dietzenbach, TenantRole.TENANT_ADMIN)));
		assertThat(throughOwnPath.getResponse().getStatus()).as("another tenant's edition under one's own path").isEqualTo(404);
		assertThat(throughOwnPath.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain(adopted.code());
		assertThat(perform(asJson(post(ownPath + "/template-updates/apply"), body).header("If-Match", "\"" + adopted.version() + "\"")
			.with(as(dietzenbach, TenantRole.EDITOR))).getResponse().getStatus()).isEqualTo(404);
		assertThat(perform(asJson(post(ownPath + "/template-adoptions"), "{\"code\":\"arbeit\"}").header("If-Match", "\"" + adopted.version() + "\"")
			.with(as(dietzenbach, TenantRole.EDITOR))).getResponse().getStatus()).isEqualTo(404);

		MvcResult untouched = perform(get(adopted.base()).with(as(wiesbaden, TenantRole.EDITOR)));
		assertThat(version(untouched)).isEqualTo(adopted.version());
		assertThat(updates(adopted).get(0).get("changes")).hasSize(4);
	}

	@Test
	void contributorsSeeUpdatesButOnlyEditorsAdoptAndATemplateIsAdoptedOnce() throws Exception {
		Adopted adopted = adoptFreshTemplate();

		assertThat(perform(get(adopted.base() + "/template-updates").with(as(wiesbaden, TenantRole.CONTRIBUTOR))).getResponse().getStatus())
			.isEqualTo(200);
		assertThat(perform(asJson(post(adopted.base() + "/template-adoptions"), "{\"code\":\"arbeit-ausbildung\"}")
			.header("If-Match", "\"" + adopted.version() + "\"").with(as(wiesbaden, TenantRole.CONTRIBUTOR))).getResponse().getStatus())
			.isEqualTo(403);
		MvcResult twice = perform(asJson(post(adopted.base() + "/template-adoptions"), "{\"code\":\"" + adopted.code() + "\"}")
			.header("If-Match", "\"" + adopted.version() + "\"").with(as(wiesbaden, TenantRole.EDITOR)));
		assertThat(twice.getResponse().getStatus()).isEqualTo(409);
		assertThat(perform(asJson(post(adopted.base() + "/template-adoptions"), "{\"code\":\"gibt-es-nicht\"}")
			.header("If-Match", "\"" + adopted.version() + "\"").with(as(wiesbaden, TenantRole.EDITOR))).getResponse().getStatus())
			.isEqualTo(404);
	}
}
