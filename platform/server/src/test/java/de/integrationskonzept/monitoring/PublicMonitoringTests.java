package de.integrationskonzept.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.EditionStatus;
import de.integrationskonzept.concepts.Resolution;
import de.integrationskonzept.concepts.TestEditions;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;
import de.integrationskonzept.publishing.internal.PublishedEditions;

/**
 * Monitoring values on the public site and in the open data: only what an editor released, as it stood at the
 * release; corrections wait for the next release; a withdrawal hides everything; nothing crosses tenants. Each test
 * uses a test municipality of its own with the test edition published (suspended afterwards).
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicMonitoringTests {

	@Autowired MockMvc mvc;
	@Autowired JdbcTemplate jdbc;
	@Autowired TenantScope tenantScope;
	@Autowired Tenants tenants;
	@Autowired ConceptEditions editions;
	@Autowired PublishedEditions publishedEditions;
	@Autowired Measurements measurements;
	@Autowired MeasureProgresses measureProgresses;
	@Autowired PublishedMonitoring publishedMonitoring;

	private TenantId tenant;
	private String slug;
	private Edition edition;
	private UUID indicator;
	private UUID measure;
	private String fieldPage;

	@BeforeEach
	void municipalityWithAPublishedConcept() {
		UUID id = UUID.randomUUID();
		slug = "pm-" + id.toString().substring(0, 8);
		jdbc.update("""
				insert into platform.tenant (id, slug, name, short_name, kind, ags, bundesland, status)
				values (?, ?, ?, ?, 'GEMEINDE', ?, 'HE', 'ACTIVE')
				""", id, slug, "Testgemeinde " + slug, "Testgemeinde", "06" + String.format("%05d", Math.floorMod(id.hashCode(), 100_000)) + "2");
		tenant = new TenantId(id);
		Edition draft = asRole(TenantRole.EDITOR, () -> editions.importJson(TestEditions.fresh()));
		edition = asRole(TenantRole.EDITOR, () -> {
			Edition submitted = editions.changeStatus(draft.id(), EditionStatus.ZUR_BESCHLUSSFASSUNG, null, draft.version());
			Edition adopted = editions.changeStatus(draft.id(), EditionStatus.BESCHLOSSEN,
					new Resolution("Gemeindevertretung", "1/2026", LocalDate.of(2026, 1, 15), null, null), submitted.version());
			return editions.changeStatus(draft.id(), EditionStatus.VEROEFFENTLICHT, null, adopted.version());
		});
		Edition.Field field = edition.fields().getFirst();
		indicator = field.goals().getFirst().indicators().getFirst().id();
		measure = edition.measures().getFirst().id();
		await().atMost(Duration.ofSeconds(30)).until(() -> tenantScope.callAs(tenant, () -> publishedEditions.current().isPresent()));
		fieldPage = "/" + slug + "/handlungsfelder/" + tenantScope.callAs(tenant, () -> publishedEditions.current().orElseThrow().fieldSlug(field));
		record("2022", "73", "Schulamt Test");
		record("2023", "74", "Schulamt Test");
	}

	@AfterEach
	void suspendTheMunicipality() {
		SecurityContextHolder.clearContext();
		jdbc.update("update platform.tenant set status = 'SUSPENDED' where id = ?", tenant.value());
	}

	@Test
	void readersSeePeriodsInWordsWhileOpenDataKeepsTheMachineForm() throws Exception {
		record("2024-H1", "75", "Schulamt Test");
		assertThat(release(editor()).getResponse().getStatus()).isEqualTo(302);

		// The chart's short axis labels keep "2024-H1"; the table and the latest value say it in words.
		assertThat(page(fieldPage)).contains("<th scope=\"row\">1. Halbjahr 2024</th>").doesNotContain("<th scope=\"row\">2024-H1</th>");
		assertThat(page(fieldPage + "?lang=en")).contains("half-year 1 of 2024");
		assertThat(page("/" + slug + "/open-data/indikatorwerte.csv")).contains(",2024-H1,");
	}

	@Test
	void unreleasedValuesAreNeverPublic() throws Exception {
		String page = page(fieldPage);
		assertThat(page).contains("Sprachstand bei Einschulung").doesNotContain("Stand der Indikatoren", "Schulamt Test", "74 %",
				"Umsetzungsstand der Maßnahmen");
		assertThat(lines(page("/" + slug + "/open-data/indikatorwerte.csv"))).containsExactly(
				"indikator_id,handlungsfeld,ziel,indikator,katalog_code,einheit,zeitraum,ist,soll,status,quelle,beispiel,veroeffentlicht_am");
		assertThat(page("/" + slug + "/open-data/indikatorwerte.json")).contains("\"releasedAt\" : null", "\"indicators\" : [ ]")
			.doesNotContain("Schulamt Test");
	}

	@Test
	void aReleaseShowsTheValuesStatusChartAndMeasureProgressInBothLanguages() throws Exception {
		page(fieldPage); // cached before the release: the release must drop it
		assertThat(release(editor()).getResponse().getStatus()).isEqualTo(302);

		String page = page(fieldPage);
		assertThat(page).contains("Stand der Indikatoren (veröffentlicht am", "74 %", "2023", "Schulamt Test", "nicht auf Kurs", "✗",
				"verbessert", "<svg", "role=\"img\"", "IST und SOLL: Sprachstand bei Einschulung", "Werte je Zeitraum", "77,17",
				"(laufend, 50 %)", "Umsetzungsstand der Maßnahmen zu diesem Ziel", "Umsetzungsstand der Maßnahmen in diesem Handlungsfeld");
		assertThat(page(fieldPage + "?lang=en")).contains("Indicators (published on", "off track", "improved", "77.17",
				"Actual and target: Sprachstand bei Einschulung", "Progress of the measures for this goal");
		assertThat(page("/" + slug + "/verwaltung/monitoring/" + edition.id().value(), signedIn(tenant, TenantRole.CONTRIBUTOR)))
			.contains("Veröffentlicht ist der", "Stand vom");
	}

	@Test
	void aCorrectionOrProgressAfterTheReleaseWaitsForTheNextRelease() throws Exception {
		release(editor());
		record("2023", "76", "=SUMME(A1) Korrektur");
		asRole(TenantRole.EDITOR, () -> measureProgresses.update(edition.id(), measure,
				new MeasureProgresses.Update(Edition.MeasureStatus.ABGESCHLOSSEN, null, null, null, "FORM")));

		assertThat(page(fieldPage)).contains("74 %", "nicht auf Kurs", "(laufend, 50 %)").doesNotContain("76 %", "Korrektur", "abgeschlossen, 100 %");
		assertThat(page("/" + slug + "/open-data/indikatorwerte.csv")).contains(",2023,74,77.17,NICHT_AUF_KURS,Schulamt Test,false,")
			.doesNotContain("Korrektur");

		release(editor());
		assertThat(page(fieldPage)).contains("76 %", "gefährdet", "(abgeschlossen, 100 %)").doesNotContain("74 %");
		String csv = page("/" + slug + "/open-data/indikatorwerte.csv");
		// The new source starts with "=": a spreadsheet must not run it as a formula.
		assertThat(csv).contains(",2023,76,77.17,GEFAEHRDET,'=SUMME(A1) Korrektur,false,", ",2022,73,75.75,,Schulamt Test,false,");
		assertThat(page("/" + slug + "/open-data/indikatorwerte.json")).contains("\"latestValue\" : 76", "\"status\" : \"GEFAEHRDET\"",
				"\"trend\" : \"VERBESSERT\"", "\"status\" : \"ABGESCHLOSSEN\"", "\"percent\" : 100", "\"source\" : \"=SUMME(A1) Korrektur\"");
	}

	@Test
	void withdrawingHidesTheValuesAgain() throws Exception {
		release(editor());
		assertThat(page(fieldPage)).contains("Schulamt Test");

		assertThat(perform(post(staffPage() + "/veroeffentlichung/zurueckziehen").with(editor()).with(csrf())).getResponse().getStatus())
			.isEqualTo(302);
		assertThat(page(fieldPage)).doesNotContain("Schulamt Test", "Stand der Indikatoren");
		assertThat(lines(page("/" + slug + "/open-data/indikatorwerte.csv"))).hasSize(1);
		assertThat(asRole(TenantRole.EDITOR, () -> publishedMonitoring.released(edition.id()))).isEmpty();
	}

	@Test
	void onlyEditorsOfTheMunicipalityRelease() throws Exception {
		assertThat(release(signedIn(tenant, TenantRole.CONTRIBUTOR)).getResponse().getStatus()).isEqualTo(403);
		TenantId wiesbaden = tenants.findActiveBySlug("wiesbaden").orElseThrow().id();
		assertThat(release(signedIn(wiesbaden, TenantRole.EDITOR)).getResponse().getStatus()).isIn(403, 404);
		assertThat(perform(post(staffPage() + "/veroeffentlichung").with(csrf())).getResponse().getStatus()).isIn(302, 401, 403);
		assertThat(page(fieldPage)).doesNotContain("Schulamt Test");
		// Through the service: another tenant cannot reach this edition, and a draft cannot be released.
		assertThatThrownBy(() -> asRoleOf(wiesbaden, TenantRole.EDITOR, () -> publishedMonitoring.release(edition.id())))
			.isInstanceOf(RuntimeException.class);
		assertThat(asRole(TenantRole.EDITOR, () -> publishedMonitoring.released(edition.id()))).isEmpty();
		Edition draft = asRole(TenantRole.EDITOR, () -> editions.importJson(TestEditions.fresh()));
		assertThatThrownBy(() -> asRole(TenantRole.EDITOR, () -> publishedMonitoring.release(draft.id())))
			.isInstanceOf(MonitoringProblems.NotPublished.class);
	}

	@Test
	void anotherMunicipalityNeverShowsTheseValues() throws Exception {
		release(editor());
		assertThat(page("/wiesbaden/open-data/indikatorwerte.csv")).doesNotContain("Schulamt Test");
		assertThat(page("/wiesbaden/open-data/indikatorwerte.json")).doesNotContain("Schulamt Test");
		assertThat(page("/wiesbaden/handlungsfelder/bildung-und-sprache")).doesNotContain("Schulamt Test");
		TenantId wiesbaden = tenants.findActiveBySlug("wiesbaden").orElseThrow().id();
		assertThat(asRoleOf(wiesbaden, TenantRole.EDITOR, () -> publishedMonitoring.released(edition.id()))).isEmpty();
		assertThat(asRoleOf(wiesbaden, TenantRole.EDITOR, () -> publishedMonitoring.withdraw(edition.id()))).isFalse();
		assertThat(page(fieldPage)).contains("Schulamt Test");
	}

	@Test
	void theCatalogueListsTheValuesAsDistributions() throws Exception {
		String catalog = page("/" + slug + "/open-data/catalog.ttl");
		assertThat(catalog).contains("/" + slug + "/open-data/indikatorwerte.csv>", "/" + slug + "/open-data/indikatorwerte.json>",
				"Indikatorwerte (IST und SOLL) (CSV)", "#distribution-indikatorwerte-csv>", "#distribution-indikatorwerte-json>");
		assertThat(page("/" + slug + "/open-data/")).contains("indikatorwerte.csv", "indikatorwerte.json", "veroeffentlicht_am",
				"noch nicht veröffentlicht");
	}

	private void record(String period, String value, String source) {
		asRole(TenantRole.EDITOR, () -> measurements.record(edition.id(), new Measurements.NewMeasurement(indicator, period,
				new BigDecimal(value), source, null, null, Measurement.EntryChannel.FORM)));
	}

	private MvcResult release(RequestPostProcessor who) throws Exception {
		return perform(post(staffPage() + "/veroeffentlichung").with(who).with(csrf()));
	}

	private String staffPage() {
		return "/" + slug + "/verwaltung/monitoring/" + edition.id().value();
	}

	private RequestPostProcessor editor() {
		return signedIn(tenant, TenantRole.EDITOR);
	}

	private static RequestPostProcessor signedIn(TenantId tenant, TenantRole role) {
		return MonitoringCallers.signedIn(tenant, role);
	}

	private <T> T asRole(TenantRole role, Supplier<T> work) {
		return MonitoringCallers.asRole(tenantScope, tenant, role, work);
	}

	private <T> T asRoleOf(TenantId who, TenantRole role, Supplier<T> work) {
		return MonitoringCallers.asRole(tenantScope, who, role, work);
	}

	private MvcResult perform(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn();
	}

	private String page(String path, RequestPostProcessor... who) throws Exception {
		var request = get(java.net.URI.create(path));
		for (RequestPostProcessor processor : who) {
			request.with(processor);
		}
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8).replace("\uFEFF", "");
	}

	private static List<String> lines(String text) {
		return text.lines().filter(line -> !line.isEmpty()).toList();
	}
}
