package de.integrationskonzept.concepts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * Akteure and level names belong to their tenant; the language coverage lists untranslated items.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ActorsAndLabelsApiTests {

	@Autowired MockMvc mvc;
	@Autowired Tenants tenants;

	private JwtRequestPostProcessor as(String slug, TenantRole role) {
		return jwt().authorities(TenantAuthority.of(tenants.findActiveBySlug(slug).orElseThrow().id(), role));
	}

	private MvcResult perform(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn();
	}

	private String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void actorsAreKeptPerTenantWithLostUpdateProtection() throws Exception {
		MvcResult added = perform(post("/api/duesseldorf/concepts/actors").with(as("duesseldorf", TenantRole.EDITOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"BEIRAT\",\"name\":\"Ausländerbeirat\",\"fields\":[\"Politische Partizipation\"]}"));
		assertThat(added.getResponse().getStatus()).isEqualTo(201);
		String id = body(added).replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

		assertThat(body(perform(get("/api/duesseldorf/concepts/actors").with(as("duesseldorf", TenantRole.CONTRIBUTOR)))))
			.contains("Ausländerbeirat");
		assertThat(body(perform(get("/api/wiesbaden/concepts/actors").with(as("wiesbaden", TenantRole.EDITOR)))))
			.doesNotContain("Ausländerbeirat");
		assertThat(perform(get("/api/duesseldorf/concepts/actors").with(as("wiesbaden", TenantRole.EDITOR))).getResponse().getStatus())
			.isEqualTo(403);
		assertThat(perform(put("/api/wiesbaden/concepts/actors/" + id).with(as("wiesbaden", TenantRole.EDITOR))
			.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"BEIRAT\",\"name\":\"übernommen\",\"version\":0}"))
			.getResponse().getStatus()).as("another tenant's actor through one's own path").isEqualTo(404);

		String change = "{\"kind\":\"BEIRAT\",\"name\":\"Integrationsrat\",\"version\":0}";
		assertThat(perform(put("/api/duesseldorf/concepts/actors/" + id).with(as("duesseldorf", TenantRole.EDITOR))
			.contentType(MediaType.APPLICATION_JSON).content(change)).getResponse().getStatus()).isEqualTo(200);
		assertThat(perform(put("/api/duesseldorf/concepts/actors/" + id).with(as("duesseldorf", TenantRole.EDITOR))
			.contentType(MediaType.APPLICATION_JSON).content(change)).getResponse().getStatus()).isEqualTo(412);
		MvcResult invalid = perform(post("/api/duesseldorf/concepts/actors").with(as("duesseldorf", TenantRole.EDITOR))
			.contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"BEIRAT\",\"name\":\" \"}"));
		assertThat(invalid.getResponse().getStatus()).isEqualTo(400);
	}

	@Test
	void levelsCanBeRenamedPerTenant() throws Exception {
		MvcResult renamed = perform(put("/api/frankenthal/concepts/labels").with(as("frankenthal", TenantRole.EDITOR))
			.contentType(MediaType.APPLICATION_JSON).content("{\"HANDLUNGSZIEL\":{\"german\":\"Teilziel\",\"english\":\"Sub-goal\"}}"));
		assertThat(renamed.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(renamed)).contains("\"HANDLUNGSZIEL\":{\"german\":\"Teilziel\"", "\"ZIEL\":{\"german\":\"Ziel\"");
		assertThat(body(perform(get("/api/wiesbaden/concepts/labels").with(as("wiesbaden", TenantRole.CONTRIBUTOR)))))
			.contains("\"HANDLUNGSZIEL\":{\"german\":\"Handlungsziel\"");
		assertThat(perform(put("/api/frankenthal/concepts/labels").with(as("frankenthal", TenantRole.CONTRIBUTOR))
			.contentType(MediaType.APPLICATION_JSON).content("{\"ZIEL\":{\"german\":\"x\"}}")).getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void languageCoverageListsItemsWithoutEnglishOrPlainLanguage() throws Exception {
		String wiesbaden = ConceptEditorPagesTests.DemoIds.WIESBADEN_2021_2025;
		String coverage = body(perform(get("/api/wiesbaden/concepts/editions/" + wiesbaden + "/language-coverage")
			.with(as("wiesbaden", TenantRole.CONTRIBUTOR))));
		assertThat(coverage).contains("\"en\":[", "\"de-simple\":[", "\"itemType\":\"GOAL\"");
	}
}
