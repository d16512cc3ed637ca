package de.integrationskonzept.monitoring;

import static de.integrationskonzept.monitoring.MonitoringCallers.freshEdition;
import static de.integrationskonzept.monitoring.MonitoringCallers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * The staff pages of monitoring on real PostgreSQL: members read, editors write (members are
 * refused and nothing is stored), the CSV upload previews before it stores all or nothing, the
 * German decimal comma, the chart always next to a table with the same numbers, escaped user text,
 * and no way into another tenant's values.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MonitoringPagesTests {

	@Autowired MockMvc mvc;
	@Autowired Tenants tenants;
	@Autowired TenantScope tenantScope;
	@Autowired ConceptEditions editions;
	@Autowired Measurements measurements;

	private TenantId tenant(String slug) {
		return tenants.findActiveBySlug(slug).orElseThrow().id();
	}

	/** What is stored, read past the pages. */
	private List<Measurement> stored(TenantId tenant, Edition edition, UUID indicator) {
		return MonitoringCallers.asRole(tenantScope, tenant, TenantRole.CONTRIBUTOR, () -> measurements.history(edition.id(), indicator));
	}

	private static UUID indicatorOf(Edition edition) {
		return edition.fields().stream().flatMap(field -> field.goals().stream()).flatMap(Edition.Goal::withSubGoals)
			.flatMap(goal -> goal.indicators().stream()).findFirst().orElseThrow().id();
	}

	private MvcResult perform(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn();
	}

	private static String html(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static String page(String slug, Edition edition) {
		return "/" + slug + "/verwaltung/monitoring/" + edition.id();
	}

	private static String detail(String slug, Edition edition, UUID indicator) {
		return page(slug, edition) + "/indikatoren/" + indicator;
	}

	@Test
	void membersReadTheEditionsIndicatorsAndDetailButAreRefusedEveryChange() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		Edition edition = freshEdition(tenantScope, editions, wiesbaden);
		UUID indicator = indicatorOf(edition);
		var member = signedIn(wiesbaden, TenantRole.CONTRIBUTOR);

		MvcResult list = perform(get("/wiesbaden/verwaltung/monitoring").with(member));
		assertThat(list.getResponse().getStatus()).isEqualTo(200);
		assertThat(html(list)).contains(page("wiesbaden", edition));
		MvcResult overview = perform(get(page("wiesbaden", edition)).with(member));
		assertThat(overview.getResponse().getStatus()).isEqualTo(200);
		assertThat(html(overview)).contains("Bildung &amp; Sprache", "Sprachstand bei Einschulung", "keine Daten", "noch kein Wert",
				detail("wiesbaden", edition, indicator)).doesNotContain("Vorschau anzeigen");
		MvcResult read = perform(get(detail("wiesbaden", edition, indicator)).with(member));
		assertThat(read.getResponse().getStatus()).isEqualTo(200);
		assertThat(html(read)).contains("<svg", "Noch keine Werte erfasst").doesNotContain("Wert speichern");

		String csv = "indikator;zeitraum;wert;quelle\n" + indicator + ";2023;75;Gesundheitsamt\n";
		assertThat(perform(post(detail("wiesbaden", edition, indicator) + "/werte").with(member).with(csrf()).param("period", "2023")
			.param("value", "75").param("source", "Gesundheitsamt")).getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(post(detail("wiesbaden", edition, indicator) + "/ziele").with(member).with(csrf()).param("targetYear", "2023")
			.param("targetValue", "75")).getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(post(page("wiesbaden", edition) + "/import/vorschau").with(member).with(csrf()).param("csv", csv))
			.getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(post(page("wiesbaden", edition) + "/import").with(member).with(csrf()).param("csv", csv))
			.getResponse().getStatus()).isEqualTo(403);
		assertThat(stored(wiesbaden, edition, indicator)).isEmpty();
		assertThat(html(perform(get(detail("wiesbaden", edition, indicator)).with(member)))).doesNotContain(">2023<");
		assertThat(perform(get(page("wiesbaden", edition)).with(signedIn(wiesbaden, TenantRole.CITIZEN))).getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void aValueWithDecimalCommaAppearsInChartAndTableAlikeAndUserTextIsEscaped() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		Edition edition = freshEdition(tenantScope, editions, wiesbaden);
		UUID indicator = indicatorOf(edition);
		var editor = signedIn(wiesbaden, TenantRole.EDITOR);

		MvcResult saved = perform(post(detail("wiesbaden", edition, indicator) + "/werte").with(editor).with(csrf()).param("period", "2023")
			.param("value", "74,5").param("source", "Amt <script>alert(1)</script>").param("collectedOn", "2024-03-01")
			.param("note", "<b>vorläufig</b>"));
		assertThat(saved.getResponse().getStatus()).isEqualTo(302);
		assertThat(stored(wiesbaden, edition, indicator)).singleElement()
			.satisfies(value -> assertThat(value.value()).isEqualByComparingTo("74.5"));

		String page = html(perform(get(detail("wiesbaden", edition, indicator)).with(editor)));
		String chart = page.substring(page.indexOf("<svg"), page.indexOf("</svg>"));
		String table = page.substring(page.indexOf("id=\"tabelle\""), page.indexOf("id=\"verlauf\""));
		assertThat(chart).contains("role=\"img\"", "<title id=", "<desc id=", "2023: IST 74,5, SOLL 77,17", "stroke-dasharray");
		assertThat(table).containsPattern("<th scope=\"row\">2023</th>\\s*<td>74,5</td>\\s*<td>77,17</td>")
			.containsPattern("<th scope=\"row\">2019</th>\\s*<td>–</td>\\s*<td>71,5</td>");
		assertThat(page).contains("Amt &lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;vorläufig&lt;/b&gt;", "01.03.2024")
			.doesNotContain("<script>alert(1)", "<b>vorläufig");

		perform(post(detail("wiesbaden", edition, indicator) + "/werte").with(editor).with(csrf()).param("period", "2023").param("value", "76")
			.param("source", "Gesundheitsamt"));
		String corrected = html(perform(get(detail("wiesbaden", edition, indicator)).with(editor)));
		assertThat(corrected).contains("<del>74,5</del>", "überholt (korrigiert)", "aktuell");
	}

	@Test
	void invalidInputShowsTheErrorSummaryAndFieldErrorsAndStoresNothing() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		Edition edition = freshEdition(tenantScope, editions, wiesbaden);
		UUID indicator = indicatorOf(edition);
		var editor = signedIn(wiesbaden, TenantRole.EDITOR);

		MvcResult refused = perform(post(detail("wiesbaden", edition, indicator) + "/werte").with(editor).with(csrf()).param("period", "2023-H3")
			.param("value", "zwei").param("source", "Amt"));
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(refused)).contains("role=\"alert\"", "href=\"#value\"", "Wert: „zwei“ ist keine Zahl", "id=\"value-error\"",
				"aria-invalid=\"true\"", "value=\"zwei\"");
		MvcResult rules = perform(post(detail("wiesbaden", edition, indicator) + "/werte").with(editor).with(csrf()).param("period", "2023-H3")
			.param("value", "1,5").param("source", ""));
		assertThat(html(rules)).contains("href=\"#period\"", "href=\"#source\"", "id=\"period-error\"", "Zeitraum: Der Zeitraum");
		assertThat(stored(wiesbaden, edition, indicator)).isEmpty();

		MvcResult target = perform(post(detail("wiesbaden", edition, indicator) + "/ziele").with(editor).with(csrf()).param("targetYear", "2024")
			.param("targetValue", "78,5"));
		assertThat(target.getResponse().getStatus()).isEqualTo(302);
		assertThat(html(perform(get(detail("wiesbaden", edition, indicator)).with(editor))))
			.containsPattern("<th scope=\"row\">2024</th>\\s*<td>–</td>\\s*<td>78,5</td>");
		MvcResult badYear = perform(post(detail("wiesbaden", edition, indicator) + "/ziele").with(editor).with(csrf()).param("targetYear", "1800")
			.param("targetValue", "1"));
		assertThat(badYear.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(badYear)).contains("href=\"#targetYear\"", "Jahr: Das Jahr 1800");
	}

	@Test
	void anUploadedFileIsPreviewedAndStoredOnlyAfterConfirmation() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		Edition edition = freshEdition(tenantScope, editions, wiesbaden);
		UUID indicator = indicatorOf(edition);
		var editor = signedIn(wiesbaden, TenantRole.EDITOR);
		String csv = "indikator;zeitraum;wert;quelle;erhoben_am\n" + indicator + ";2022;73,5;Gesundheitsamt;01.03.2023\n"
				+ indicator + ";2023;75;Gesundheitsamt;2024-03-01\n";

		MvcResult preview = perform(multipart(page("wiesbaden", edition) + "/import/vorschau")
			.file(new MockMultipartFile("datei", "werte.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))).with(editor).with(csrf()));
		assertThat(preview.getResponse().getStatus()).isEqualTo(200);
		assertThat(html(preview)).contains("Bereit zum Import: 2 neue Werte", "NEU", "73,5", "Jetzt importieren", "name=\"csv\"");
		assertThat(stored(wiesbaden, edition, indicator)).as("a preview stores nothing").isEmpty();

		MvcResult imported = perform(post(page("wiesbaden", edition) + "/import").with(editor).with(csrf()).param("csv", csv));
		assertThat(imported.getResponse().getStatus()).isEqualTo(302);
		assertThat(imported.getFlashMap().get("message").toString()).contains("2 neue Werte");
		assertThat(stored(wiesbaden, edition, indicator)).hasSize(2);

		MvcResult again = perform(post(page("wiesbaden", edition) + "/import/vorschau").with(editor).with(csrf()).param("csv", csv));
		assertThat(html(again)).contains("UNVERAENDERT", "0 neue Werte");
	}

	@Test
	void aRejectedFileShowsItsLinesAndReasonsAndStoresNothing() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		Edition edition = freshEdition(tenantScope, editions, wiesbaden);
		UUID indicator = indicatorOf(edition);
		var editor = signedIn(wiesbaden, TenantRole.EDITOR);
		String broken = "indikator;zeitraum;wert;quelle\n" + indicator + ";2022;73,5;Gesundheitsamt\n" + indicator + ";2023;zwei;Amt\n"
				+ "<i>unbekannt</i>;2023;1;Amt\n";

		MvcResult preview = perform(post(page("wiesbaden", edition) + "/import/vorschau").with(editor).with(csrf()).param("csv", broken));
		assertThat(preview.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(preview)).contains("2 von 3 Zeilen sind fehlerhaft", "ABGELEHNT", "„zwei“ ist keine Zahl", "&lt;i&gt;unbekannt")
			.containsPattern("<th scope=\"row\">3</th>").containsPattern("<th scope=\"row\">4</th>").doesNotContain("Jetzt importieren", "<i>unbekannt");

		MvcResult forced = perform(post(page("wiesbaden", edition) + "/import").with(editor).with(csrf()).param("csv", broken));
		assertThat(forced.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(forced)).contains("Es wurde nichts gespeichert");
		assertThat(stored(wiesbaden, edition, indicator)).isEmpty();

		MvcResult header = perform(post(page("wiesbaden", edition) + "/import/vorschau").with(editor).with(csrf()).param("csv", "a;b\n1;2\n"));
		assertThat(header.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(header)).contains("Es fehlen die Spalten indikator, zeitraum, wert, quelle");
		MvcResult empty = perform(post(page("wiesbaden", edition) + "/import/vorschau").with(editor).with(csrf()).param("csv", " "));
		assertThat(html(empty)).contains("Bitte wählen Sie eine CSV-Datei");
	}

	@Test
	void anotherTenantsSessionCanNeitherReadNorWriteTheValues() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		Edition edition = freshEdition(tenantScope, editions, wiesbaden);
		UUID indicator = indicatorOf(edition);
		var foreign = signedIn(tenant("dietzenbach"), TenantRole.EDITOR);

		assertThat(perform(get(page("wiesbaden", edition)).with(foreign)).getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(get(detail("wiesbaden", edition, indicator)).with(foreign)).getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(post(detail("wiesbaden", edition, indicator) + "/werte").with(foreign).with(csrf()).param("period", "2023")
			.param("value", "1").param("source", "x")).getResponse().getStatus()).isEqualTo(403);
		// Through its own address, Wiesbaden's edition does not exist for Dietzenbach.
		assertThat(perform(get(page("dietzenbach", edition)).with(foreign)).getResponse().getStatus()).isEqualTo(404);
		assertThat(perform(get(detail("dietzenbach", edition, indicator)).with(foreign)).getResponse().getStatus()).isEqualTo(404);
		assertThat(perform(post(detail("dietzenbach", edition, indicator) + "/werte").with(foreign).with(csrf()).param("period", "2023")
			.param("value", "1").param("source", "x")).getResponse().getStatus()).isEqualTo(404);
		assertThat(perform(post(page("dietzenbach", edition) + "/import/vorschau").with(foreign).with(csrf())
			.param("csv", "indikator;zeitraum;wert;quelle\n" + indicator + ";2023;1;x\n")).getResponse().getStatus()).isEqualTo(404);
		assertThat(html(perform(get("/dietzenbach/verwaltung/monitoring").with(foreign)))).doesNotContain(edition.id().toString());
		assertThat(stored(wiesbaden, edition, indicator)).isEmpty();
	}
}
