package de.integrationskonzept.concepts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared templates and the indicator catalogue on real PostgreSQL: every tenant member reads
 * them, only platform admins change them — refused at the URL and again in the services, so a
 * signed-in tenant admin can never rewrite what all municipalities adopt.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FieldTemplatesTests {

	@Autowired MockMvc mvc;
	@Autowired Tenants tenants;
	@Autowired FieldTemplates templates;
	@Autowired IndicatorCatalogue catalogue;
	@Autowired JdbcTemplate jdbc;

	private final JsonMapper json = JsonMapper.builder().build();
	private TenantId wiesbaden;

	@BeforeEach
	void setUp() {
		wiesbaden = tenants.findActiveBySlug("wiesbaden").orElseThrow().id();
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private JwtRequestPostProcessor as(GrantedAuthority... authorities) {
		return jwt().authorities(authorities);
	}

	private JwtRequestPostProcessor platformAdmin() {
		return as(TenantAuthority.platformAdmin());
	}

	private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn();
	}

	private JsonNode body(MvcResult result) throws Exception {
		return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	static String templateJson(String code, String... goalTitles) {
		StringBuilder goals = new StringBuilder();
		for (int i = 0; i < goalTitles.length; i++) {
			goals.append(i == 0 ? "" : ",").append("{\"key\":\"ziel-").append(i + 1).append("\",\"title\":{\"de\":\"")
				.append(goalTitles[i]).append("\"},\"description\":null}");
		}
		return "{\"code\":\"" + code + "\",\"name\":{\"de\":\"Testfeld " + code + "\"},\"description\":null,\"suggestedGoals\":[" + goals
				+ "],\"suggestedIndicators\":[\"erwerbstaetigenquote\"]}";
	}

	private static String indicatorJson(String code, String unit) {
		return "{\"code\":\"" + code + "\",\"name\":{\"de\":\"Testindikator\"},\"definition\":{\"de\":\"Anteil der Testfälle\"},\"unit\":\""
				+ unit + "\",\"normalisation\":\"% der Fälle\",\"dataSource\":\"Testquelle\",\"direction\":\"INCREASE\","
				+ "\"sourceReference\":\"Testdefinition\"}";
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String content) {
		return request.contentType(MediaType.APPLICATION_JSON).content(content);
	}

	@Test
	void everyTenantMemberReadsTemplatesAndCatalogueButAnonymousCallersDoNot() throws Exception {
		MvcResult fields = perform(get("/api/templates/fields").with(as(TenantAuthority.of(wiesbaden, TenantRole.CITIZEN))));
		assertThat(fields.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(fields).toString()).contains("\"code\":\"bildung-sprache\"", "\"suggestedGoals\"");

		MvcResult field = perform(get("/api/templates/fields/bildung-sprache").with(as(TenantAuthority.of(wiesbaden, TenantRole.EDITOR))));
		assertThat(field.getResponse().getStatus()).isEqualTo(200);
		assertThat(field.getResponse().getHeader("ETag")).isNotBlank();

		MvcResult indicators = perform(get("/api/templates/indicators").with(as(TenantAuthority.client(wiesbaden))));
		assertThat(indicators.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(indicators).toString()).contains("\"code\":\"einbuergerungspotenzial\"", "\"sourceReference\"");

		assertThat(perform(get("/api/templates/fields")).getResponse().getStatus()).isEqualTo(401);
		assertThat(perform(get("/api/templates/fields/gibt-es-nicht").with(platformAdmin())).getResponse().getStatus()).isEqualTo(404);
	}

	/** 403 from the API's filter chain (the URL rule), before any controller or service is reached. */
	private static void assertRefusedAtUrl(MvcResult result) {
		assertThat(result.getResponse().getStatus()).as(result.getRequest().getMethod() + " " + result.getRequest().getRequestURI())
			.isEqualTo(403);
		assertThat(result.getResponse().getHeader("WWW-Authenticate")).contains("insufficient_scope");
	}

	@Test
	void tenantAdminsEditorsAndClientsCannotCreateOrChangeTemplatesAtTheUrl() throws Exception {
		List<GrantedAuthority> notPlatformAdmins = List.of(TenantAuthority.of(wiesbaden, TenantRole.TENANT_ADMIN),
				TenantAuthority.of(wiesbaden, TenantRole.EDITOR), TenantAuthority.client(wiesbaden));
		for (GrantedAuthority caller : notPlatformAdmins) {
			assertRefusedAtUrl(perform(json(post("/api/templates/fields"), templateJson("darf-nicht", "Ziel")).with(as(caller))));
			assertRefusedAtUrl(perform(json(put("/api/templates/fields/arbeit"), templateJson("arbeit", "Umgeschrieben"))
				.header("If-Match", "\"1\"").with(as(caller))));
			assertRefusedAtUrl(perform(json(post("/api/templates/indicators"), indicatorJson("darf-nicht", "%")).with(as(caller))));
			assertRefusedAtUrl(perform(json(put("/api/templates/indicators/sgb-ii-quote"), indicatorJson("sgb-ii-quote", "Personen"))
				.header("If-Match", "\"1\"").with(as(caller))));
		}
		assertThat(perform(json(post("/api/templates/fields"), templateJson("darf-nicht", "Ziel"))).getResponse().getStatus()).isEqualTo(401);

		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("reader", null, List.of(TenantAuthority.platformAdmin())));
		assertThat(templates.get("arbeit").version()).isEqualTo(1);
		assertThat(catalogue.get("sgb-ii-quote").unit()).isEqualTo("%");
		assertThat(jdbc.queryForObject("select count(*) from concepts.field_template where code = 'darf-nicht'", Integer.class)).isZero();
	}

	@Test
	void servicesRefuseEveryoneButPlatformAdminsWhateverTheEntrance() {
		FieldTemplate template = new FieldTemplate("darf-nicht", 0, LocalizedText.german("Darf nicht"), null,
				List.of(new FieldTemplate.SuggestedGoal("ziel", LocalizedText.german("Ziel"), null)), List.of(), null);
		for (GrantedAuthority caller : List.of(TenantAuthority.of(wiesbaden, TenantRole.TENANT_ADMIN),
				TenantAuthority.of(wiesbaden, TenantRole.EDITOR), TenantAuthority.client(wiesbaden))) {
			SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("tester@demo.invalid", null, List.of(caller)));
			CatalogueIndicator entry = catalogue.get("sgb-ii-quote");

			assertThatThrownBy(() -> templates.create(template)).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> templates.publishVersion(templates.get("arbeit"), 1)).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> catalogue.create(entry)).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> catalogue.change(entry, entry.version())).isInstanceOf(AccessDeniedException.class);
		}
		SecurityContextHolder.clearContext();
		assertThatThrownBy(() -> templates.list()).as("anonymous").isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void platformAdminPublishesVersionsInOrderAndEveryPublicationIsAudited() throws Exception {
		String code = "test-" + UUID.randomUUID().toString().substring(0, 8);
		MvcResult created = perform(json(post("/api/templates/fields"), templateJson(code, "Erstes Ziel")).with(platformAdmin()));
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		assertThat(created.getResponse().getHeader("ETag")).isEqualTo("\"1\"");

		MvcResult second = perform(json(put("/api/templates/fields/" + code), templateJson(code, "Erstes Ziel", "Zweites Ziel"))
			.header("If-Match", "\"1\"").with(platformAdmin()));
		assertThat(second.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(second).get("version").asInt()).isEqualTo(2);
		assertThat(body(second).get("suggestedGoals").size()).isEqualTo(2);

		assertThat(perform(json(put("/api/templates/fields/" + code), templateJson(code, "Anderes Ziel")).header("If-Match", "\"1\"")
			.with(platformAdmin())).getResponse().getStatus()).as("based on an outdated version").isEqualTo(412);
		assertThat(perform(json(put("/api/templates/fields/" + code), templateJson(code, "Anderes Ziel")).with(platformAdmin()))
			.getResponse().getStatus()).as("without If-Match").isEqualTo(428);
		MvcResult unknownIndicator = perform(json(post("/api/templates/fields"), templateJson(code + "-x", "Ziel").replace("erwerbstaetigenquote",
				"gibt-es-nicht")).with(platformAdmin()));
		assertThat(unknownIndicator.getResponse().getStatus()).isEqualTo(422);
		assertThat(body(unknownIndicator).get("detail").asString()).contains("gibt-es-nicht");

		assertThat(perform(get("/api/templates/fields/" + code).param("version", "1").with(platformAdmin())).getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Zweites Ziel");
		assertThat(jdbc.queryForList("select detail from platform.security_audit where action = 'TEMPLATE_VERSION_PUBLISHED' and tenant_id is null",
				String.class)).contains(code + " Version 1", code + " Version 2");
	}

	@Test
	void platformAdminKeepsTheIndicatorCatalogue() throws Exception {
		String code = "test-" + UUID.randomUUID().toString().substring(0, 8);
		MvcResult created = perform(json(post("/api/templates/indicators"), indicatorJson(code, "%")).with(platformAdmin()));
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		assertThat(perform(json(post("/api/templates/indicators"), indicatorJson(code, "%")).with(platformAdmin())).getResponse().getStatus())
			.as("same code again").isEqualTo(409);

		MvcResult changed = perform(json(put("/api/templates/indicators/" + code), indicatorJson(code, "je 1.000 Einwohner"))
			.header("If-Match", "\"1\"").with(platformAdmin()));
		assertThat(changed.getResponse().getStatus()).isEqualTo(200);
		assertThat(changed.getResponse().getHeader("ETag")).isEqualTo("\"2\"");
		assertThat(body(changed).get("unit").asString()).isEqualTo("je 1.000 Einwohner");
		assertThat(perform(json(put("/api/templates/indicators/" + code), indicatorJson(code, "%")).header("If-Match", "\"1\"")
			.with(platformAdmin())).getResponse().getStatus()).isEqualTo(412);
		assertThat(perform(json(post("/api/templates/indicators"), indicatorJson("Ungültig Code", "%")).with(platformAdmin()))
			.getResponse().getStatus()).isEqualTo(422);

		assertThat(jdbc.queryForList("select detail from platform.security_audit where action = 'CATALOGUE_ENTRY_CHANGED'", String.class))
			.contains(code + " angelegt (Version 1)", code + " geändert (Version 2)");
	}
}
