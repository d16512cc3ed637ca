package de.integrationskonzept.monitoring;

import static de.integrationskonzept.monitoring.MonitoringCallers.as;
import static de.integrationskonzept.monitoring.MonitoringCallers.asRole;
import static de.integrationskonzept.monitoring.MonitoringCallers.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
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
import de.integrationskonzept.concepts.Edition.MeasureStatus;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Yearly reports on real PostgreSQL through REST, the public site and the database itself: what a report says, commentary
 * only while a draft, freezing makes it immutable (service 409 and the database trigger against the app role), the
 * frozen PDF, release to the public site (unreleased: 404), and another tenant's token. Each test uses its own year,
 * since the public site shows one released report per year.
 */
@SpringBootTest
@AutoConfigureMockMvc
class YearlyReportTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final String API = "/api/wiesbaden/monitoring/reports";

	@Autowired MockMvc mvc;
	@Autowired Tenants tenants;
	@Autowired TenantScope tenantScope;
	@Autowired ConceptEditions editions;
	@Autowired Actors actors;
	@Autowired Measurements measurements;
	@Autowired MeasureProgresses progresses;
	@Autowired FundedProjects projects;
	@Autowired YearlyReports yearlyReports;
	@Autowired JdbcTemplate jdbc;
	@Autowired TransactionTemplate transactions;

	private TenantId tenant(String slug) {
		return tenants.findActiveBySlug(slug).orElseThrow().id();
	}

	private MvcResult perform(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn();
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static JsonNode json(MvcResult result) throws Exception {
		return JSON.readTree(body(result));
	}

	private MvcResult create(TestMeasureEditions test, int year, JwtRequestPostProcessor caller) throws Exception {
		return perform(post(API).with(caller).contentType(MediaType.APPLICATION_JSON)
			.content("{\"editionId\":\"" + test.edition().id().value() + "\",\"year\":" + year + "}"));
	}

	private MvcResult comment(TestMeasureEditions test, int year, String section, String text, JwtRequestPostProcessor caller) throws Exception {
		return perform(put(url(test, year) + "/comments/" + section).with(caller).contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(Map.of("text", text))));
	}

	private static String url(TestMeasureEditions test, int year) {
		return API + "/" + test.edition().id().value() + "/" + year;
	}

	private TestMeasureEditions edition() {
		return TestMeasureEditions.fresh(tenantScope, editions, tenant("wiesbaden"));
	}

	private static UUID indicator(TestMeasureEditions test) {
		return test.edition().fields().get(0).goals().get(0).indicators().get(0).id();
	}

	private void record(TestMeasureEditions test, String period, String value) {
		asRole(tenantScope, tenant("wiesbaden"), TenantRole.EDITOR, () -> measurements.record(test.edition().id(),
				new Measurements.NewMeasurement(indicator(test), period, new BigDecimal(value), "Schuleingangsuntersuchung", null, null,
						Measurement.EntryChannel.FORM)));
	}

	@Test
	void aDraftShowsIndicatorsMeasuresProjectsAndTheChangesSinceLastYear() throws Exception {
		int year = Year.now(ZoneId.of("Europe/Berlin")).getValue();
		TestMeasureEditions test = edition();
		TenantId wiesbaden = tenant("wiesbaden");
		record(test, String.valueOf(year - 1), "74,5".replace(',', '.'));
		record(test, String.valueOf(year), "77.25");
		asRole(tenantScope, wiesbaden, TenantRole.EDITOR, () -> progresses.update(test.edition().id(), test.measure("Kita-Sprachförderung"),
				new MeasureProgresses.Update(MeasureStatus.LAUFEND, null, null, null, "API")));
		asRole(tenantScope, wiesbaden, TenantRole.EDITOR, () -> {
			Actor carrier = actors.add(new Actor(null, Actor.Kind.VEREIN, "Sprachbrücke e. V. " + UUID.randomUUID(), null, null, null, null,
					List.of(), null));
			return projects.create(test.edition().id(), new FundedProjects.Details("Elterncafé Sprachbrücke", carrier.id(), new BigDecimal("12000"),
					LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), List.of(test.goal1()), null));
		});
		var editor = as(wiesbaden, TenantRole.EDITOR);
		assertThat(create(test, year, editor).getResponse().getStatus()).isEqualTo(201);

		String html = body(perform(get(url(test, year) + "/html").with(as(wiesbaden, TenantRole.CONTRIBUTOR))));
		assertThat(html).contains("Entwurf", "Zusammenfassung", "Handlungsfeld: Bildung &amp; Sprache", "Sprachstand bei Einschulung",
				"77,25", "74,5", "<svg", "IST und SOLL je Zeitraum", "Kita-Sprachförderung", "laufend", "Sprachkurse für Eltern",
				"Elterncafé Sprachbrücke", "12.000,00", "Veränderungen zum Vorjahr", "Im Jahr " + year + " erfasste Werte (2)");
		// The measure changed this year: geplant 0 % at the end of last year, laufend 50 % now.
		assertThat(html).containsPattern("Kita-Sprachförderung</th>\\s*<td>geplant, 0 %</td>\\s*<td>laufend, 50 %</td>");
		// A value recorded later shows in the draft at once: a draft always shows the current data.
		record(test, String.valueOf(year), "78");
		assertThat(body(perform(get(url(test, year) + "/html").with(editor)))).contains("78 % (" + year + ")", "später korrigiert");
	}

	@Test
	void commentaryBeforeFreezingThenTheReportIsImmutableInTheServiceAndInTheDatabase() throws Exception {
		int year = 2021;
		TestMeasureEditions test = edition();
		TenantId wiesbaden = tenant("wiesbaden");
		var editor = as(wiesbaden, TenantRole.EDITOR);
		record(test, "2021", "75");
		create(test, year, editor);
		assertThat(comment(test, year, "summary", "Die Sprachförderung <wirkt>.", editor).getResponse().getStatus()).isEqualTo(200);
		String field = test.edition().fields().get(0).id().toString();
		assertThat(comment(test, year, field, "Mehr Kitaplätze nötig.", editor).getResponse().getStatus()).isEqualTo(200);
		MvcResult tooLong = comment(test, year, "summary", "x".repeat(4001), editor);
		assertThat(tooLong.getResponse().getStatus()).isEqualTo(422);
		assertThat(comment(test, year, "kein-abschnitt", "x", editor).getResponse().getStatus()).isEqualTo(422);
		assertThat(comment(test, year, "summary", "x", as(wiesbaden, TenantRole.CONTRIBUTOR)).getResponse().getStatus()).isEqualTo(403);
		assertThat(body(perform(get(url(test, year) + "/html").with(editor)))).contains("Die Sprachförderung &lt;wirkt&gt;.", "Mehr Kitaplätze nötig.");

		assertThat(perform(post(url(test, year) + "/freeze").with(as(wiesbaden, TenantRole.CONTRIBUTOR))).getResponse().getStatus()).isEqualTo(403);
		JsonNode frozen = json(perform(post(url(test, year) + "/freeze").with(editor)));
		assertThat(frozen.get("state").asString()).isEqualTo("EINGEFROREN");
		String stored = body(perform(get(url(test, year) + "/html").with(editor)));
		assertThat(stored).contains("Eingefroren am", "Die Sprachförderung &lt;wirkt&gt;.");

		MvcResult refused = comment(test, year, "summary", "später", editor);
		assertThat(refused.getResponse().getStatus()).isEqualTo(409);
		assertThat(refused.getResponse().getContentType()).contains("application/problem+json");
		assertThat(perform(post(url(test, year) + "/freeze").with(editor)).getResponse().getStatus()).isEqualTo(409);
		assertThat(create(test, year, editor).getResponse().getStatus()).isEqualTo(409);
		// New data do not change a frozen report.
		record(test, "2021", "79");
		assertThat(body(perform(get(url(test, year) + "/html").with(editor)))).isEqualTo(stored);

		// The database refuses it too, for the application role, whatever the code does.
		UUID reportId = UUID.fromString(frozen.get("id").asString());
		for (String sql : List.of("update monitoring.yearly_report set frozen_html = 'geändert' where id = ?",
				"update monitoring.yearly_report set frozen_pdf = null, frozen_html = null, frozen_at = null where id = ?",
				"update monitoring.yearly_report_comment set text = 'geändert' where report_id = ?",
				"insert into monitoring.yearly_report_comment (tenant_id, report_id, section, text) select tenant_id, id, "
						+ "'00000000-0000-0000-0000-000000000001', 'neu' from monitoring.yearly_report where id = ?")) {
			assertThatThrownBy(() -> tenantScope.callAs(wiesbaden, () -> transactions.execute(status -> jdbc.update(sql, reportId))))
				.as(sql).isInstanceOf(DataAccessException.class).hasMessageContaining("frozen");
		}
		assertThatThrownBy(() -> tenantScope.callAs(wiesbaden, () -> transactions.execute(status -> jdbc.update(
				"delete from monitoring.yearly_report where id = ?", reportId)))).isInstanceOf(DataAccessException.class);
		assertThat(body(perform(get(url(test, year) + "/html").with(editor)))).isEqualTo(stored);
	}

	@Test
	void theFrozenPdfIsAValidPdfWithTheReport() throws Exception {
		int year = 2022;
		TestMeasureEditions test = edition();
		var editor = as(tenant("wiesbaden"), TenantRole.EDITOR);
		record(test, "2022", "76");
		create(test, year, editor);
		comment(test, year, "summary", "Kommentar für das PDF", editor);
		perform(post(url(test, year) + "/freeze").with(editor));

		MvcResult result = perform(get(url(test, year) + "/pdf").with(client(tenant("wiesbaden"), "monitoring.read")));
		assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
		byte[] pdf = result.getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Sachstandsbericht 2022", "Kommentar für das PDF", "Sprachstand bei Einschulung", "Veränderungen zum Vorjahr");
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("de");
		}
		// Frozen: the same bytes every time.
		assertThat(perform(get(url(test, year) + "/pdf").with(editor)).getResponse().getContentAsByteArray()).isEqualTo(pdf);
	}

	@Test
	void onlyAReleasedReportIsOnThePublicSite() throws Exception {
		int year = 2019;
		TestMeasureEditions test = edition();
		var editor = as(tenant("wiesbaden"), TenantRole.EDITOR);
		create(test, year, editor);
		comment(test, year, "summary", "Öffentlicher Kommentar 2019", editor);
		assertThat(perform(post(url(test, year) + "/release").with(editor)).getResponse().getStatus()).isEqualTo(409);
		assertThat(perform(get("/wiesbaden/berichte/" + year)).getResponse().getStatus()).isEqualTo(404);
		perform(post(url(test, year) + "/freeze").with(editor));
		assertThat(perform(get("/wiesbaden/berichte/" + year)).getResponse().getStatus()).isEqualTo(404);
		assertThat(perform(get("/wiesbaden/berichte/" + year + "/bericht.pdf")).getResponse().getStatus()).isEqualTo(404);
		assertThat(body(perform(get("/wiesbaden/berichte")))).doesNotContain("/wiesbaden/berichte/" + year);

		assertThat(perform(post(url(test, year) + "/release").with(as(tenant("wiesbaden"), TenantRole.CONTRIBUTOR))).getResponse().getStatus())
			.isEqualTo(403);
		assertThat(json(perform(post(url(test, year) + "/release").with(editor))).get("state").asString()).isEqualTo("VEROEFFENTLICHT");
		assertThat(perform(post(url(test, year) + "/release").with(editor)).getResponse().getStatus()).isEqualTo(409);

		assertThat(body(perform(get("/wiesbaden/berichte")))).contains("/wiesbaden/berichte/" + year, "Sachstandsbericht " + year);
		assertThat(body(perform(get("/wiesbaden/berichte").param("lang", "en")))).contains("Progress report " + year, "Reports");
		assertThat(body(perform(get("/wiesbaden/berichte/" + year)))).contains("Öffentlicher Kommentar 2019", "Sprachstand bei Einschulung");
		byte[] pdf = perform(get("/wiesbaden/berichte/" + year + "/bericht.pdf")).getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		// Another tenant's site does not show it.
		assertThat(perform(get("/dietzenbach/berichte/" + year)).getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void anotherTenantsValidTokenCanNeitherReadNorChangeAReport() throws Exception {
		int year = 2018;
		TestMeasureEditions test = edition();
		var editor = as(tenant("wiesbaden"), TenantRole.EDITOR);
		create(test, year, editor);
		comment(test, year, "summary", "Nur Wiesbaden", editor);
		TenantId dietzenbach = tenant("dietzenbach");
		var foreignEditor = as(dietzenbach, TenantRole.EDITOR);
		// The Wiesbaden URL with a Dietzenbach token: not a member.
		assertThat(perform(get(url(test, year)).with(foreignEditor)).getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(post(url(test, year) + "/freeze").with(client(dietzenbach, "monitoring.write"))).getResponse().getStatus()).isEqualTo(403);
		// The Dietzenbach URL with the Wiesbaden edition: no such report there (RLS).
		String foreign = url(test, year).replace("/wiesbaden/", "/dietzenbach/");
		assertThat(perform(get(foreign).with(foreignEditor)).getResponse().getStatus()).isEqualTo(404);
		assertThat(perform(get(foreign + "/pdf").with(foreignEditor)).getResponse().getStatus()).isEqualTo(404);
		assertThat(perform(put(foreign + "/comments/summary").with(foreignEditor).contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"fremd\"}")).getResponse().getStatus()).isEqualTo(404);
		assertThat(perform(post(foreign + "/freeze").with(foreignEditor)).getResponse().getStatus()).isEqualTo(404);
		assertThat(perform(get(API.replace("/wiesbaden/", "/dietzenbach/")).param("editionId", test.edition().id().value().toString())
			.with(foreignEditor)).getResponse().getStatus()).isEqualTo(404);
		JsonNode report = json(perform(get(url(test, year)).with(editor)));
		assertThat(report.get("state").asString()).isEqualTo("ENTWURF");
		assertThat(report.get("comments").get("summary").asString()).isEqualTo("Nur Wiesbaden");
	}

	@Test
	void theDemoLoaderCanCreateAFrozenReportInOneGo() {
		TestMeasureEditions test = edition();
		EditionId edition = test.edition().id();
		YearlyReport report = asRole(tenantScope, tenant("wiesbaden"), TenantRole.EDITOR,
				() -> yearlyReports.createFrozen(edition, 2017, Map.of("summary", "Demo-Kommentar")));
		assertThat(report.state()).isEqualTo(YearlyReport.State.EINGEFROREN);
		assertThat(report.comments()).containsEntry("summary", "Demo-Kommentar");
	}
}
