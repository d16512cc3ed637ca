package de.integrationskonzept.monitoring;

import static de.integrationskonzept.monitoring.MonitoringCallers.as;
import static de.integrationskonzept.monitoring.MonitoringCallers.asRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.EditionStatus;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures created and updated by one CSV upload (real PostgreSQL): a draft takes new measures named by
 * title with their goal, in the same all-or-nothing import as the status changes; the same file again
 * changes nothing; an edition no longer editable refuses new measures and then stores nothing at all.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MonitoringMeasureImportTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired MockMvc mvc;
	@Autowired Tenants tenants;
	@Autowired TenantScope tenantScope;
	@Autowired ConceptEditions editions;

	private TenantId tenant(String slug) {
		return tenants.findActiveBySlug(slug).orElseThrow().id();
	}

	private MvcResult upload(TenantId tenant, TestMeasureEditions test, boolean dryRun, String csv) throws Exception {
		return mvc.perform(post("/api/wiesbaden/monitoring/editions/" + test.edition().id() + "/measures/imports?dryRun=" + dryRun)
			.with(as(tenant, TenantRole.EDITOR)).contentType("text/csv").content(csv)).andReturn();
	}

	private static JsonNode json(MvcResult result) throws Exception {
		return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private Edition stored(TenantId tenant, TestMeasureEditions test) {
		return asRole(tenantScope, tenant, TenantRole.CONTRIBUTOR, () -> editions.get(test.edition().id()));
	}

	private static final String FILE = """
			massnahme;status;prozent;anmerkung;ziel;verantwortlich
			Kita-Sprachförderung;LAUFEND;;;;
			Mehrsprachige Elternabende;LAUFEND;30;Start in zwei Kitas;Alle Kinder sprechen bei Schuleintritt Deutsch;Amt für Soziale Arbeit
			""";

	@Test
	void aDraftTakesNewMeasuresWithTheirGoalAndTheSameFileAgainChangesNothing() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		TestMeasureEditions test = TestMeasureEditions.fresh(tenantScope, editions, wiesbaden);

		JsonNode preview = json(upload(wiesbaden, test, true, FILE));
		assertThat(preview.at("/rows/0/outcome").asString()).isEqualTo("GEAENDERT");
		assertThat(preview.at("/rows/1/outcome").asString()).isEqualTo("NEU");
		assertThat(preview.at("/rows/1/percent").asInt()).isEqualTo(30);
		assertThat(stored(wiesbaden, test).measures()).as("a preview stores nothing").hasSize(test.edition().measures().size());

		assertThat(upload(wiesbaden, test, false, FILE).getResponse().getStatus()).isEqualTo(200);
		Edition after = stored(wiesbaden, test);
		Edition.Measure created = after.measures().stream().filter(m -> m.title().german().equals("Mehrsprachige Elternabende"))
			.findFirst().orElseThrow();
		assertThat(created.goals()).containsExactly(test.goal1());
		assertThat(created.responsible()).isEqualTo("Amt für Soziale Arbeit");
		assertThat(created.status()).isEqualTo(Edition.MeasureStatus.LAUFEND);

		JsonNode again = json(upload(wiesbaden, test, false, FILE.replace("Mehrsprachige Elternabende", "mehrsprachige elternabende")));
		assertThat(again.at("/rows/0/outcome").asString()).isEqualTo("UNVERAENDERT");
		assertThat(again.at("/rows/1/outcome").asString()).as("found by its title, case-insensitive").isEqualTo("UNVERAENDERT");
		assertThat(stored(wiesbaden, test).measures()).hasSize(after.measures().size());
	}

	@Test
	void anEditionNoLongerEditableRefusesNewMeasuresAndTheWholeFile() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		TestMeasureEditions test = TestMeasureEditions.fresh(tenantScope, editions, wiesbaden);
		asRole(tenantScope, wiesbaden, TenantRole.EDITOR,
				() -> editions.changeStatus(test.edition().id(), EditionStatus.ZUR_BESCHLUSSFASSUNG, null, test.edition().version()));

		MvcResult refused = upload(wiesbaden, test, false, FILE);
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Neue Maßnahmen nimmt nur ein Entwurf auf");
		Edition after = stored(wiesbaden, test);
		assertThat(after.measures()).hasSize(test.edition().measures().size());
		assertThat(asRole(tenantScope, wiesbaden, TenantRole.CONTRIBUTOR, () -> progressOf(test, "Kita-Sprachförderung")))
			.as("the valid row is not applied either").isEqualTo(Edition.MeasureStatus.GEPLANT);
	}

	@Test
	void aNewMeasureNeedsAKnownGoal() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		TestMeasureEditions test = TestMeasureEditions.fresh(tenantScope, editions, wiesbaden);

		String body = upload(wiesbaden, test, true, """
				massnahme;status;ziel
				Nachbarschaftsfest;GEPLANT;
				Sprachcafé;GEPLANT;Ein Ziel, das es nicht gibt
				""").getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains("Soll sie neu angelegt werden", "Unbekanntes Ziel „Ein Ziel, das es nicht gibt“");
		assertThat(stored(wiesbaden, test).measures()).hasSize(test.edition().measures().size());
	}

	@Test
	void editorsPreviewAndConfirmAMeasureFileOnTheStaffPageWhileMembersMayNot() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		TestMeasureEditions test = TestMeasureEditions.fresh(tenantScope, editions, wiesbaden);
		String page = "/wiesbaden/verwaltung/monitoring/" + test.edition().id() + "/massnahmen";
		var editor = MonitoringCallers.signedIn(wiesbaden, TenantRole.EDITOR);
		assertThat(html(mvc.perform(get(page).with(editor)).andReturn())).contains("Maßnahmen aus einer CSV- oder XLSX-Datei übernehmen");

		MvcResult preview = mvc.perform(multipart(page + "/import/vorschau").param("csv", FILE).with(editor).with(csrf())).andReturn();
		assertThat(preview.getResponse().getStatus()).isEqualTo(200);
		assertThat(html(preview)).contains("Bereit zum Import: 1 neue Maßnahmen, 1 geändert", "Mehrsprachige Elternabende", "Jetzt importieren");
		assertThat(stored(wiesbaden, test).measures()).as("a preview stores nothing").hasSize(test.edition().measures().size());

		MvcResult done = mvc.perform(post(page + "/import").param("csv", FILE).with(editor).with(csrf())).andReturn();
		assertThat(done.getResponse().getStatus()).isEqualTo(302);
		assertThat(done.getFlashMap().get("message").toString()).contains("1 neue Maßnahmen, 1 geändert");
		assertThat(stored(wiesbaden, test).measures()).hasSize(test.edition().measures().size() + 1);

		MvcResult bad = mvc.perform(multipart(page + "/import/vorschau").param("csv", "massnahme;status\nGibt es nicht;LAUFEND\n")
			.with(editor).with(csrf())).andReturn();
		assertThat(bad.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(bad)).contains("Diese Datei kann so nicht importiert werden", "Soll sie neu angelegt werden").doesNotContain("Jetzt importieren");

		var member = MonitoringCallers.signedIn(wiesbaden, TenantRole.CONTRIBUTOR);
		assertThat(html(mvc.perform(get(page).with(member)).andReturn())).doesNotContain("Maßnahmen aus einer CSV- oder XLSX-Datei");
		assertThat(mvc.perform(post(page + "/import").param("csv", FILE.replace("LAUFEND;30", "ABGESCHLOSSEN;")).with(member).with(csrf()))
			.andReturn().getResponse().getStatus()).isEqualTo(403);
		var stranger = MonitoringCallers.signedIn(tenant("dietzenbach"), TenantRole.EDITOR);
		assertThat(mvc.perform(post(page + "/import").param("csv", FILE).with(stranger).with(csrf())).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		assertThat(stored(wiesbaden, test).measures()).hasSize(test.edition().measures().size() + 1);
	}

	private static String html(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Autowired MeasureProgresses progresses;

	private Edition.MeasureStatus progressOf(TestMeasureEditions test, String title) {
		return progresses.overview(test.edition().id()).measures().stream().filter(m -> m.title().equals(title)).findFirst().orElseThrow()
			.status();
	}
}
