package de.integrationskonzept.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * What infra/security/scan.sh found: inputs from sqlmap that ended in a server error (each now gets the answer for
 * bad input) and wapiti's note on the language cookie. The scan's report (docs/security-scan-latest.md) names the
 * commit of each fix.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ScannerFindingsTests {

	@Autowired MockMvc mvc;
	@Autowired Tenants tenants;
	@Autowired JdbcTemplate jdbc;

	@Test
	void aSlugWithADotIsAnUnknownTenantOnStaffPublicAndApiPaths() throws Exception {
		var wiesbaden = tenants.findActiveBySlug("wiesbaden").orElseThrow().id();
		var admin = TenantAuthority.of(wiesbaden, TenantRole.TENANT_ADMIN);
		mvc.perform(get("/wiesbaden.1/verwaltung/konzept/" + UUID.randomUUID()).with(user("admin@wiesbaden.invalid").authorities(admin)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/wiesbaden.1/leitlinien")).andExpect(status().isNotFound());
		mvc.perform(get("/api/wiesbaden.1/members").with(jwt().authorities(admin))).andExpect(status().isNotFound());
	}

	@Test
	void platformPathsWithADotStillBelongToThePlatform() throws Exception {
		mvc.perform(get("/.well-known/openid-configuration")).andExpect(status().isOk());
		mvc.perform(get("/v3/api-docs.yaml")).andExpect(status().isOk());
	}

	@Test
	void aPasswordLongerThanBcryptReadsIsAFormErrorAtRegistration() throws Exception {
		String email = "lang-" + UUID.randomUUID() + "@demo.invalid";
		mvc.perform(post("/wiesbaden/registrieren").with(csrf()).param("displayName", "Lange Eingabe").param("email", email)
				.param("password", "Test-" + "x".repeat(70)).param("consent", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Das Passwort ist zu lang")));
		assertThat(jdbc.queryForObject("select count(*) from platform.user_account where email = ?", Integer.class, email)).isZero();
	}

	@Test
	void aNulCharacterInAParameterIsABadRequestNotAServerError() throws Exception {
		mvc.perform(get("/dietzenbach/suche").param("q", "/e\0")).andExpect(status().isBadRequest());
		mvc.perform(post("/dietzenbach/kontakt").with(csrf()).param("name", "A").param("email", "a@demo.invalid")
				.param("subject", "Test").param("message", "Hallo\0").param("consent", "true"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/dietzenbach/suche").param("q", "Sprache")).andExpect(status().isOk());
	}

	@Test
	void theLanguageCookieIsHttpOnly() throws Exception {
		String cookie = mvc.perform(get("/wiesbaden").param("lang", "en")).andReturn().getResponse().getHeader("Set-Cookie");
		assertThat(cookie).startsWith("ik-lang=en").contains("HttpOnly", "SameSite=Lax");
	}

	@Test
	void anApiClientNameLongerThanTheAuthorizationServerStoresIsAFormError() throws Exception {
		String name = "x".repeat(201);
		mvc.perform(post("/admin/api-clients").with(csrf())
				.with(user("plattform-admin@demo.invalid").authorities(new SimpleGrantedAuthority(TenantAuthority.PLATFORM_ADMIN)))
				.param("tenant", "wiesbaden").param("name", name).param("scopes", "concepts.read"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("höchstens 200 Zeichen")));
		assertThat(jdbc.queryForObject("select count(*) from oauth2_registered_client where client_name = ?", Integer.class, name)).isZero();
	}
}
