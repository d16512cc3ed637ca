package de.integrationskonzept.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The stable entry points other checks and clients rely on, over real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class PublicEntryPointsTests {

	private static final String[] SEED_TENANTS = { "dietzenbach", "wiesbaden", "frankenthal", "duesseldorf", "landkreis-boerde" };

	@LocalServerPort int port;
	@Autowired MockMvc mvc;
	@Autowired JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> fetch(String path, String accept) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept).build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void apiListsTheFiveSeedTenants() throws Exception {
		var response = fetch("/api/tenants", "application/json");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains(SEED_TENANTS)
			.contains("\"ags\":\"06414000\"", "\"kind\":\"LANDKREIS\"", "\"bundesland\":\"ST\"");
	}

	@Test
	void platformStartPageListsTheTenants() throws Exception {
		var response = fetch("/", "text/html");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<html lang=\"de\">", "Stadt Frankenthal (Pfalz)", "Landkreis Börde",
				"href=\"/landkreis-boerde\"", "Zum Inhalt springen");
	}

	@ParameterizedTest
	@ValueSource(strings = { "dietzenbach", "wiesbaden", "frankenthal", "duesseldorf", "landkreis-boerde" })
	void everySeedTenantHasAStartPage(String slug) throws Exception {
		var response = fetch("/" + slug, "text/html");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<title>Integrationskonzept ", "<h1>");
	}

	@Test
	void tenantStartPageShowsItsOwnContactOfficeOnly() throws Exception {
		var body = fetch("/dietzenbach", "text/html").body();
		assertThat(body).contains("Stabsstelle Integration", "06074 373-817").doesNotContain("Amt für Zuwanderung und Integration");
	}

	@Test
	void unknownTenantIsAGermanNotFoundPageForBrowsers() throws Exception {
		var response = fetch("/atlantis", "text/html");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Fehler 404", "Diese Seite gibt es nicht");
	}

	@Test
	void unknownTenantIsProblemDetailsForTheApi() throws Exception {
		var tenantApi = fetch("/api/atlantis/members", "application/json");
		assertThat(tenantApi.statusCode()).isEqualTo(404);
		assertThat(tenantApi.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		for (String accept : new String[] { "application/json", "text/html" }) {
			var response = fetch("/api/tenants/atlantis", accept);
			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(response.body()).contains("\"status\":404", "\"instance\":\"/api/tenants/atlantis\"");
		}
	}

	@Test
	void suspendedTenantAnswersLikeAnUnknownOne() throws Exception {
		assertThat(fetch("/frankenthal", "text/html").statusCode()).as("resolved, and kept in memory").isEqualTo(200);
		jdbc.update("update platform.tenant set status = 'SUSPENDED' where slug = 'frankenthal'");
		try {
			// Every instance hears of the change through PostgreSQL (NOTIFY at commit) within moments.
			org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5))
				.untilAsserted(() -> assertThat(fetch("/frankenthal", "text/html").statusCode()).isEqualTo(404));
			assertThat(fetch("/api/tenants/frankenthal", "application/json").statusCode()).isEqualTo(404);
			assertThat(fetch("/api/tenants", "application/json").body()).doesNotContain("frankenthal");
		}
		finally {
			jdbc.update("update platform.tenant set status = 'ACTIVE' where slug = 'frankenthal'");
		}
	}

	@Test
	void apiShowsATenantWithItsContactOffice() throws Exception {
		var response = fetch("/api/tenants/wiesbaden", "application/json");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Amt für Zuwanderung und Integration", "Integrationskonzept@wiesbaden.de")
			.doesNotContain("Stabsstelle Integration");
	}

	@Test
	void tenantIsResolvedFromItsHostName() throws Exception {
		mvc.perform(get("/").header("Host", "wiesbaden.integrationskonzept.localhost"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Integrationskonzept Landeshauptstadt Wiesbaden")));
		mvc.perform(get("/atlantis").header("Host", "wiesbaden.integrationskonzept.localhost"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/").header("Host", "atlantis.integrationskonzept.localhost"))
			.andExpect(status().isNotFound());
	}

	@Test
	void anotherTenantsPathOnATenantHostNeverShowsTheOtherTenant() throws Exception {
		mvc.perform(get("/dietzenbach").header("Host", "wiesbaden.integrationskonzept.localhost"))
			.andExpect(status().isNotFound());
	}

	@Test
	void customDomainResolvesToItsTenant() throws Exception {
		jdbc.update("insert into platform.tenant_host_name (host_name, tenant_id) select 'integration.example.org', id from platform.tenant where slug = 'duesseldorf'");
		try {
			mvc.perform(get("/").header("Host", "integration.example.org"))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("Landeshauptstadt Düsseldorf")));
		}
		finally {
			jdbc.update("delete from platform.tenant_host_name where host_name = 'integration.example.org'");
		}
	}

	@Test
	void healthIsUpWithTheDatabase() throws Exception {
		var response = fetch("/actuator/health/readiness", "application/json");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void openApiDocumentDescribesTheApi() throws Exception {
		var response = fetch("/v3/api-docs", "application/json");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"openapi\"", "/api/tenants", "/api/tenants/{tenantSlug}", "/api/templates/fields",
				"/api/{tenantSlug}/concepts/editions/{id}/template-updates");
	}

	@Test
	void prometheusMetricsAreExposed() throws Exception {
		var response = fetch("/actuator/prometheus", "text/plain");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("jvm_memory_used_bytes");
	}

	@Test
	void requestIdIsKeptWhenWellFormedAndCreatedOtherwise() throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/tenants"))
			.header("X-Request-Id", "proxy-4711-abcdef").build();
		assertThat(http.send(request, HttpResponse.BodyHandlers.discarding()).headers().firstValue("X-Request-Id"))
			.hasValue("proxy-4711-abcdef");
		assertThat(fetch("/api/tenants", "application/json").headers().firstValue("X-Request-Id"))
			.hasValueSatisfying(id -> assertThat(id).hasSize(36));
	}

	@Test
	void pagesCarryAContentSecurityPolicyWithoutInlineScripts() throws Exception {
		var response = fetch("/wiesbaden", "text/html");
		assertThat(response.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(policy -> assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline"));
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

	@Test
	void pagesSwitchToEnglishOnRequest() throws Exception {
		var body = fetch("/wiesbaden?lang=en", "text/html").body();
		assertThat(body).contains("<html dir=\"ltr\" lang=\"en\">", "Key facts", "Contact");
	}
}
