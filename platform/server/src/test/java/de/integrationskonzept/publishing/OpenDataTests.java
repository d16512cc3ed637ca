package de.integrationskonzept.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;
import de.integrationskonzept.publishing.internal.PublishedEditions;

/**
 * Open data over HTTP with the demo concepts on real PostgreSQL: the files of the published
 * edition under stable addresses, caching headers, the catalog for portals, the sitemap, and
 * nothing for a tenant that has published nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenDataTests {

	static final String WIESBADEN_2021 = "1aa46193-781a-450a-a389-0bb67d533684";

	@Autowired MockMvc mvc;
	@Autowired Tenants tenants;
	@Autowired TenantScope tenantScope;
	@Autowired PublishedEditions publishedEditions;

	@Test
	void indexPageDocumentsEveryFileItsColumnsAndTheLicence() throws Exception {
		awaitPublished("wiesbaden");
		String page = body(fetch(get("/wiesbaden/open-data/")));
		assertThat(page).contains("<html dir=\"ltr\" lang=\"de\">", "<dd>2021–2025</dd>", "Offene Daten: Integrationskonzept Landeshauptstadt Wiesbaden",
				"href=\"http://localhost/wiesbaden/open-data/concept.json\"", "href=\"http://localhost/wiesbaden/open-data/ziele.csv\"",
				"href=\"http://localhost/wiesbaden/open-data/catalog.ttl\"", "integrationskonzept-open-data/1",
				"<code>uebergeordnetes_ziel_id</code>", "<code>ziel_ids</code>", "Datenlizenz Deutschland – Namensnennung – Version 2.0",
				"rel=\"canonical\" href=\"http://localhost/wiesbaden/open-data/\"");
		assertThat(body(fetch(get("/wiesbaden/open-data/?lang=en")))).contains("lang=\"en\"", "Open data: integration strategy of",
				"Columns of massnahmen.csv");
		assertThat(fetch(get("/wiesbaden/open-data")).getStatus()).isEqualTo(200);
	}

	@Test
	void conceptJsonIsThePublishedEditionWithCachingHeaders() throws Exception {
		awaitPublished("wiesbaden");
		MockHttpServletResponse response = fetch(get("/wiesbaden/open-data/concept.json"));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/json");
		assertThat(response.getHeader("Cache-Control")).contains("max-age=300", "public");
		assertThat(response.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
		String lastModified = response.getHeader("Last-Modified");
		assertThat(lastModified).isNotBlank();
		assertThat(body(response)).contains("\"schema\" : \"integrationskonzept-open-data/1\"", "\"id\" : \"" + WIESBADEN_2021 + "\"",
				"\"ags\" : \"06414000\"", "\"url\" : \"http://localhost/wiesbaden/handlungsfelder/bildung-und-sprache\"");

		MockHttpServletResponse unchanged = fetch(get("/wiesbaden/open-data/concept.json").header("If-Modified-Since", lastModified));
		assertThat(unchanged.getStatus()).isEqualTo(304);
		assertThat(unchanged.getContentAsByteArray()).isEmpty();
	}

	@Test
	void csvFilesAreUtf8WithByteOrderMarkAndUnknownNamesAreNotFound() throws Exception {
		awaitPublished("wiesbaden");
		MockHttpServletResponse response = fetch(get("/wiesbaden/open-data/massnahmen.csv"));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("text/csv");
		assertThat(response.getHeader("Last-Modified")).isNotBlank();
		assertThat(body(response)).startsWith("\uFEFFmassnahme_id,position,titel,").contains("Sprachförderung in Kindertagesstätten");
		for (String name : new String[] { "handlungsfelder", "ziele", "indikatoren" }) {
			assertThat(fetch(get("/wiesbaden/open-data/" + name + ".csv")).getStatus()).as(name).isEqualTo(200);
		}
		assertThat(fetch(get("/wiesbaden/open-data/passwoerter.csv")).getStatus()).isEqualTo(404);
	}

	@Test
	void catalogIsTurtleForPortals() throws Exception {
		awaitPublished("wiesbaden");
		MockHttpServletResponse response = fetch(get("/wiesbaden/open-data/catalog.ttl"));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("text/turtle");
		assertThat(body(response)).contains("a dcat:Catalog", "a dcat:Dataset",
				"<http://dcat-ap.de/def/politicalGeocoding/municipalityKey/06414000>",
				"dcat:downloadURL <http://localhost/wiesbaden/open-data/indikatoren.csv>",
				"vcard:hasEmail <mailto:Integrationskonzept@wiesbaden.de>");
	}

	@Test
	void sitemapListsTheFieldsOfThePublishedConcept() throws Exception {
		awaitPublished("wiesbaden");
		MockHttpServletResponse response = fetch(get("/wiesbaden/sitemap.xml"));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/xml");
		assertThat(body(response)).contains("<loc>http://localhost/wiesbaden/handlungsfelder/vielfalt-kultur-religion</loc>",
				"<loc>http://localhost/wiesbaden/impressum</loc>", "<loc>http://localhost/wiesbaden/fassungen/" + WIESBADEN_2021 + "</loc>");
	}

	@Test
	void withoutAPublishedEditionThePageSaysSoAndTheFilesAreNotFound() throws Exception {
		// Börde has only a draft.
		assertThat(body(fetch(get("/landkreis-boerde/open-data/")))).contains("Es ist noch kein Integrationskonzept veröffentlicht")
			.doesNotContain("concept.json");
		for (String file : new String[] { "concept.json", "ziele.csv", "catalog.ttl" }) {
			assertThat(fetch(get("/landkreis-boerde/open-data/" + file)).getStatus()).as(file).isEqualTo(404);
		}
		String sitemap = body(fetch(get("/landkreis-boerde/sitemap.xml")));
		assertThat(sitemap).contains("<loc>http://localhost/landkreis-boerde</loc>").doesNotContain("handlungsfelder", "lastmod");
	}

	@Test
	void onTheTenantsOwnHostAddressesLeaveOutTheSlug() throws Exception {
		awaitPublished("wiesbaden");
		String json = body(fetch(get("/open-data/concept.json").header("Host", "wiesbaden.integrationskonzept.localhost")));
		assertThat(json).contains("\"documentation\" : \"http://wiesbaden.integrationskonzept.localhost/open-data/\"")
			.doesNotContain("localhost/wiesbaden/");
	}

	@Test
	void crawlersFindRobotsAndSitemapAtTheRootOfTheTenantsOwnHost() throws Exception {
		awaitPublished("wiesbaden");
		String host = "wiesbaden.integrationskonzept.localhost";
		String robots = body(fetch(get("/robots.txt").header("Host", host)));
		assertThat(robots).contains("Disallow: /verwaltung/", "Sitemap: http://" + host + "/sitemap.xml");
		assertThat(body(fetch(get("/sitemap.xml").header("Host", host)))).contains("http://" + host + "/handlungsfelder/bildung-und-sprache");
		assertThat(body(fetch(get("/wiesbaden/robots.txt")))).contains("Disallow: /wiesbaden/verwaltung/",
				"Sitemap: http://localhost/wiesbaden/sitemap.xml");
	}

	@Test
	void anotherTenantsFilesNeverShowThisTenantsConcept() throws Exception {
		awaitPublished("wiesbaden");
		awaitPublished("dietzenbach");
		assertThat(body(fetch(get("/dietzenbach/open-data/concept.json")))).contains("\"ags\" : \"06438001\"")
			.doesNotContain(WIESBADEN_2021, "Landeshauptstadt Wiesbaden");
	}

	private void awaitPublished(String slug) {
		TenantId tenant = tenants.findActiveBySlug(slug).orElseThrow().id();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> tenantScope.callAs(tenant, () -> publishedEditions.current().isPresent()));
	}

	private MockHttpServletResponse fetch(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse();
	}

	private static String body(MockHttpServletResponse response) throws Exception {
		return response.getContentAsString(StandardCharsets.UTF_8);
	}
}
