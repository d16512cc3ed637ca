package de.integrationskonzept.monitoring;

import static de.integrationskonzept.monitoring.MonitoringCallers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.IndicatorCatalogue;
import de.integrationskonzept.monitoring.BenchmarkTestData.TestTenant;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;

/**
 * The benchmarking staff pages on real PostgreSQL: only the tenant's administration changes an
 * opt-in (members read, editors and other tenants' sessions are refused, a refusal stores
 * nothing), the comparison shows statistics from five sharing tenants and the "too few" text
 * below, a value that is not shared never appears, only agreeing tenants appear by name, and the
 * coverage page is for platform admins.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BenchmarkPagesTests {

	@Autowired MockMvc mvc;
	@Autowired JdbcTemplate jdbc;
	@Autowired org.springframework.core.env.Environment environment;
	@Autowired TenantScope tenantScope;
	@Autowired ConceptEditions editions;
	@Autowired IndicatorCatalogue catalogue;
	@Autowired Measurements measurements;
	@Autowired Benchmarks benchmarks;

	private BenchmarkTestData data;

	@BeforeEach
	void testData() {
		data = new BenchmarkTestData(jdbc, tenantScope, editions, catalogue, measurements, benchmarks);
	}

	@AfterEach
	void suspendTestTenants() {
		data.close();
	}

	private MvcResult perform(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn();
	}

	private static String html(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static String optInPage(TestTenant tenant) {
		return "/" + tenant.slug() + "/verwaltung/benchmarking";
	}

	private static String comparisonPage(TestTenant tenant, String code) {
		return optInPage(tenant) + "/" + code;
	}

	private MvcResult choose(TestTenant tenant, String code, String choice, TestTenant sessionOf, TenantRole role) throws Exception {
		return perform(post(comparisonPage(tenant, code) + "/freigabe").with(signedIn(sessionOf.id(), role)).with(csrf()).param("freigabe", choice));
	}

	private List<Map<String, Object>> shared(String code) {
		return BenchmarkTestData.shared(environment, code);
	}

	/** Tenants sharing {@code code} with values 10, 20, 30, … for 2024; the first one by name. */
	private List<TestTenant> sharing(String code, int count) {
		List<TestTenant> sharing = data.tenants(count, 20_000);
		for (int i = 0; i < sharing.size(); i++) {
			data.record(sharing.get(i), code, 2024, String.valueOf((i + 1) * 10));
			data.optIn(sharing.get(i), code, true, i == 0);
		}
		return sharing;
	}

	@Test
	void onlyTheTenantsAdministrationChangesAnOptInWhileMembersReadThePage() throws Exception {
		String code = data.catalogueCode("%");
		TestTenant town = data.tenant(20_000);
		data.record(town, code, 2024, "42");

		MvcResult read = perform(get(optInPage(town)).with(signedIn(town.id(), TenantRole.CONTRIBUTOR)));
		assertThat(read.getResponse().getStatus()).isEqualTo(200);
		assertThat(html(read)).contains("Was Teilen bedeutet", "Amtliche Gemeindeschlüssel", "Größenklasse", comparisonPage(town, code),
				"Freigaben ändern kann nur die Administration").doesNotContain("Freigabe speichern");
		assertThat(choose(town, code, "namentlich", town, TenantRole.CONTRIBUTOR).getResponse().getStatus()).isEqualTo(403);
		assertThat(choose(town, code, "namentlich", town, TenantRole.EDITOR).getResponse().getStatus()).isEqualTo(403);
		assertThat(shared(code)).isEmpty();
		assertThat(perform(get(optInPage(town)).with(signedIn(town.id(), TenantRole.CITIZEN))).getResponse().getStatus()).isEqualTo(403);

		var admin = signedIn(town.id(), TenantRole.TENANT_ADMIN);
		assertThat(html(perform(get(optInPage(town)).with(admin)))).contains("Freigabe speichern", "freigabe-" + code + "-namentlich");
		MvcResult named = choose(town, code, "namentlich", town, TenantRole.TENANT_ADMIN);
		assertThat(named.getResponse().getStatus()).isEqualTo(302);
		assertThat(named.getFlashMap().get("message")).asString().contains("jetzt namentlich", "1 Jahreswerte");
		assertThat(shared(code)).singleElement().satisfies(row -> assertThat(row.get("display_name")).isEqualTo(town.name()));

		assertThat(choose(town, code, "anonym", town, TenantRole.TENANT_ADMIN).getResponse().getStatus()).isEqualTo(302);
		assertThat(shared(code)).singleElement().satisfies(row -> assertThat(row.get("display_name")).isNull());
		MvcResult stopped = choose(town, code, "keine", town, TenantRole.TENANT_ADMIN);
		assertThat(stopped.getFlashMap().get("message")).asString().contains("nicht mehr");
		assertThat(shared(code)).isEmpty();
	}

	@Test
	void aRefusedOptInExplainsWhyInGermanAndStoresNothing() throws Exception {
		String code = data.catalogueCode("je 1.000 Einwohner");
		TestTenant unknown = data.tenant(null);
		data.record(unknown, code, 2024, "50");

		MvcResult refused = choose(unknown, code, "anonym", unknown, TenantRole.TENANT_ADMIN);
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(refused)).contains("role=\"alert\"", "Die Freigabe wurde nicht geändert", "Einwohnerzahl der Kommune gebraucht",
				"href=\"#freigabe-" + code + "-anonym\"", "id=\"fehler-" + code + "\"");
		assertThat(shared(code)).isEmpty();
		assertThat(data.asAdmin(unknown, benchmarks::optIns)).noneMatch(optIn -> optIn.code().equals(code));

		MvcResult nonsense = choose(unknown, code, "alles", unknown, TenantRole.TENANT_ADMIN);
		assertThat(nonsense.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(nonsense)).contains("Bitte wählen Sie");
		assertThat(data.asAdmin(unknown, benchmarks::optIns)).noneMatch(optIn -> optIn.code().equals(code));
		assertThat(choose(unknown, "gibt-es-nicht", "keine", unknown, TenantRole.TENANT_ADMIN).getResponse().getStatus()).isEqualTo(404);
		assertThat(data.asAdmin(unknown, benchmarks::optIns)).noneMatch(optIn -> optIn.code().equals("gibt-es-nicht"));
	}

	@Test
	void anotherTenantsSessionCanNeitherChangeNorReadThisTenantsBenchmarking() throws Exception {
		String code = data.catalogueCode("%");
		TestTenant mine = data.tenant(20_000);
		TestTenant theirs = data.tenant(20_000);
		data.record(mine, code, 2024, "10");
		data.optIn(mine, code, true, false);

		assertThat(choose(mine, code, "keine", theirs, TenantRole.TENANT_ADMIN).getResponse().getStatus()).isEqualTo(403);
		assertThat(shared(code)).hasSize(1);
		assertThat(perform(get(optInPage(mine)).with(signedIn(theirs.id(), TenantRole.TENANT_ADMIN))).getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(get(comparisonPage(mine, code) + "?jahr=2024").with(signedIn(theirs.id(), TenantRole.TENANT_ADMIN))).getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void theComparisonShowsStatisticsFromFiveSharingTenantsButNeverAValueThatIsNotShared() throws Exception {
		String code = data.catalogueCode("%");
		List<TestTenant> sharing = sharing(code, 5);
		TestTenant silent = data.tenant(20_000);
		data.record(silent, code, 2024, "999.25");

		MvcResult page = perform(get(comparisonPage(sharing.get(2), code)).with(signedIn(sharing.get(2).id(), TenantRole.CONTRIBUTOR)));
		assertThat(page.getResponse().getStatus()).isEqualTo(200);
		String html = html(page);
		assertThat(html).contains("<option value=\"2024\" selected=\"selected\">2024</option>", "class=\"box-plot\"", "role=\"img\"",
				"Ihr Wert: 30", "Ihr Wert liegt höher als bei 50 % der vergleichbaren Kommunen", "<td>10</td>", "<td>20</td>", "<td>40</td>",
				"<td>50</td>", "Bundesland: Hessen", "Art: Gemeinde", "Größenklasse: Mittelstadt", "Verteilung im Jahr 2024 (%)",
				"Entwicklung über die Jahre", "Median aller teilenden Kommunen", "Prozent");
		assertThat(html).contains(sharing.get(0).name()).doesNotContain(sharing.get(1).name(), sharing.get(3).name(), silent.name());
		assertThat(html).doesNotContain("999,25", "999.25", "zu wenige Kommunen");

		String silentsView = html(perform(get(comparisonPage(silent, code) + "?jahr=2024").with(signedIn(silent.id(), TenantRole.CONTRIBUTOR))));
		assertThat(silentsView).contains("Ihre Kommune teilt für dieses Jahr keinen Wert", "class=\"box-plot\"").doesNotContain("999,25", "999.25", "Ihr Wert:");
	}

	@Test
	void fewerThanFiveSharingTenantsGiveNoStatisticAndNoNames() throws Exception {
		String code = data.catalogueCode("%");
		List<TestTenant> sharing = sharing(code, 4);

		String html = html(perform(get(comparisonPage(sharing.get(1), code) + "?jahr=2024").with(signedIn(sharing.get(1).id(), TenantRole.CONTRIBUTOR))));
		assertThat(html).contains("zu wenige Kommunen für einen Vergleich (mindestens 5)").doesNotContain("class=\"box-plot\"",
				sharing.get(0).name(), "<td>10</td>", "Ihr Wert liegt");
		assertThat(perform(get(comparisonPage(sharing.get(1), "gibt-es-nicht")).with(signedIn(sharing.get(1).id(), TenantRole.CONTRIBUTOR)))
			.getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void onlyPlatformAdminsSeeTheCoverageAndTheMonitoringPageLinksTheBenchmarking() throws Exception {
		String code = data.catalogueCode("%");
		List<TestTenant> sharing = sharing(code, 5);

		MvcResult coverage = perform(get("/admin/benchmarking").with(user("plattform@demo.invalid")
			.authorities(new SimpleGrantedAuthority(TenantAuthority.PLATFORM_ADMIN))));
		assertThat(coverage.getResponse().getStatus()).isEqualTo(200);
		assertThat(html(coverage)).contains(code, "<th scope=\"col\">2024</th>").doesNotContain(sharing.get(0).name());
		assertThat(perform(get("/admin/benchmarking").with(signedIn(sharing.get(0).id(), TenantRole.TENANT_ADMIN))).getResponse().getStatus())
			.isEqualTo(403);
		assertThat(perform(get("/admin/benchmarking")).getResponse().getStatus()).isNotEqualTo(200);

		assertThat(html(perform(get("/" + sharing.get(0).slug() + "/verwaltung/monitoring").with(signedIn(sharing.get(0).id(), TenantRole.CONTRIBUTOR)))))
			.contains(optInPage(sharing.get(0)));
	}
}
