package de.integrationskonzept.monitoring;

import static de.integrationskonzept.monitoring.MonitoringCallers.asRole;
import static de.integrationskonzept.monitoring.MonitoringCallers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.Edition.MeasureStatus;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * The staff page of one measure on real PostgreSQL: editors set status, percent, weight and note
 * and keep milestones on a timeline; a bad form stores nothing; members only read; another
 * tenant's session gets nowhere.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MonitoringMeasureDetailPagesTests {

	@Autowired MockMvc mvc;
	@Autowired Tenants tenants;
	@Autowired TenantScope tenantScope;
	@Autowired ConceptEditions editions;
	@Autowired MeasureProgresses progresses;

	private TenantId tenant(String slug) {
		return tenants.findActiveBySlug(slug).orElseThrow().id();
	}

	private MvcResult perform(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn();
	}

	private static String html(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static String page(String slug, TestMeasureEditions test, UUID measure) {
		return "/" + slug + "/verwaltung/monitoring/" + test.edition().id() + "/massnahmen/" + measure;
	}

	private MeasureProgress progressOf(TenantId tenant, TestMeasureEditions test, UUID measure) {
		return asRole(tenantScope, tenant, TenantRole.CONTRIBUTOR, () -> progresses.overview(test.edition().id()).measures().stream()
			.filter(progress -> progress.measureId().equals(measure)).findFirst().orElseThrow());
	}

	@Test
	void editorsSetProgressAndTheHistoryKeepsEveryChange() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		TestMeasureEditions test = TestMeasureEditions.fresh(tenantScope, editions, wiesbaden);
		UUID kita = test.measure("Kita-Sprachförderung");
		var editor = signedIn(wiesbaden, TenantRole.EDITOR);
		assertThat(html(perform(get("/wiesbaden/verwaltung/monitoring/" + test.edition().id() + "/massnahmen").with(editor))))
			.as("the measures table links each measure").contains(page("wiesbaden", test, kita));

		MvcResult saved = perform(post(page("wiesbaden", test, kita)).with(editor).with(csrf()).param("status", "LAUFEND")
			.param("percent", "30").param("weight", "2,5").param("note", "Zwei Kitas gestartet"));
		assertThat(saved.getResponse().getStatus()).isEqualTo(302);
		MeasureProgress progress = progressOf(wiesbaden, test, kita);
		assertThat(progress.status()).isEqualTo(MeasureStatus.LAUFEND);
		assertThat(progress.percent()).isEqualTo(30);
		assertThat(progress.percentOverridden()).isTrue();
		assertThat(progress.weight()).isEqualByComparingTo(new BigDecimal("2.5"));

		perform(post(page("wiesbaden", test, kita)).with(editor).with(csrf()).param("status", "ABGESCHLOSSEN").param("percent", "")
			.param("weight", "2,5").param("note", "fertig"));
		assertThat(progressOf(wiesbaden, test, kita).percent()).as("empty percent: the status default").isEqualTo(100);

		String html = html(perform(get(page("wiesbaden", test, kita)).with(editor)));
		assertThat(html).contains("Verlauf der Änderungen", "30 % (von Hand gesetzt)", "100 %", "Zwei Kitas gestartet", "überholt",
				"Fortschritt speichern");
	}

	@Test
	void aBadFormIsExplainedAndStoresNothing() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		TestMeasureEditions test = TestMeasureEditions.fresh(tenantScope, editions, wiesbaden);
		UUID kita = test.measure("Kita-Sprachförderung");
		var editor = signedIn(wiesbaden, TenantRole.EDITOR);

		MvcResult refused = perform(post(page("wiesbaden", test, kita)).with(editor).with(csrf()).param("status", "LAUFEND")
			.param("percent", "140").param("weight", "viel"));
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(refused)).contains("role=\"alert\"", "Gewicht: „viel“ ist keine Zahl", "aria-invalid=\"true\"");
		MvcResult outOfRange = perform(post(page("wiesbaden", test, kita)).with(editor).with(csrf()).param("status", "LAUFEND")
			.param("percent", "140"));
		assertThat(outOfRange.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(outOfRange)).contains("zwischen 0 und 100 Prozent");
		MvcResult milestone = perform(post(page("wiesbaden", test, kita) + "/meilensteine").with(editor).with(csrf()).param("title", "")
			.param("dueOn", "31.02.2026"));
		assertThat(milestone.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(milestone)).contains("ist ungültig");

		MeasureProgress progress = progressOf(wiesbaden, test, kita);
		assertThat(progress.status()).isEqualTo(MeasureStatus.GEPLANT);
		assertThat(progress.changedAt()).isNull();
		assertThat(progress.milestones()).isEmpty();
	}

	@Test
	void milestonesFormATimelineAndAreMarkedDone() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		TestMeasureEditions test = TestMeasureEditions.fresh(tenantScope, editions, wiesbaden);
		UUID kita = test.measure("Kita-Sprachförderung");
		var editor = signedIn(wiesbaden, TenantRole.EDITOR);
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));

		perform(post(page("wiesbaden", test, kita) + "/meilensteine").with(editor).with(csrf()).param("title", "Fortbildung Fachkräfte")
			.param("dueOn", today.plusMonths(2).toString()));
		perform(post(page("wiesbaden", test, kita) + "/meilensteine").with(editor).with(csrf()).param("title", "Konzept abgestimmt")
			.param("dueOn", today.minusDays(10).toString()));
		String html = html(perform(get(page("wiesbaden", test, kita)).with(editor)));
		assertThat(html).contains("<ol class=\"timeline\"", "überfällig seit", "offen bis");
		assertThat(html.indexOf("Konzept abgestimmt")).as("timeline ordered by date").isLessThan(html.indexOf("Fortbildung Fachkräfte"));

		UUID overdue = progressOf(wiesbaden, test, kita).milestones().stream().filter(m -> m.title().equals("Konzept abgestimmt"))
			.findFirst().orElseThrow().id();
		assertThat(perform(post(page("wiesbaden", test, kita) + "/meilensteine/" + overdue).with(editor).with(csrf()).param("stand", "erledigt"))
			.getResponse().getStatus()).isEqualTo(302);
		assertThat(progressOf(wiesbaden, test, kita).milestones()).filteredOn(m -> m.id().equals(overdue))
			.singleElement().extracting(MeasureProgress.Milestone::doneOn).isEqualTo(today);
		assertThat(html(perform(get(page("wiesbaden", test, kita)).with(editor)))).contains("erledigt am", "wieder öffnen");
	}

	@Test
	void membersReadAndOtherTenantsGetNowhere() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		TenantId dietzenbach = tenant("dietzenbach");
		TestMeasureEditions test = TestMeasureEditions.fresh(tenantScope, editions, wiesbaden);
		UUID kita = test.measure("Kita-Sprachförderung");
		var member = signedIn(wiesbaden, TenantRole.CONTRIBUTOR);

		MvcResult read = perform(get(page("wiesbaden", test, kita)).with(member));
		assertThat(read.getResponse().getStatus()).isEqualTo(200);
		assertThat(html(read)).contains("Kita-Sprachförderung", "Meilensteine (Zeitleiste)").doesNotContain("Fortschritt speichern");
		assertThat(perform(post(page("wiesbaden", test, kita)).with(member).with(csrf()).param("status", "LAUFEND"))
			.getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(get(page("wiesbaden", test, UUID.randomUUID())).with(member)).getResponse().getStatus()).isEqualTo(404);

		var stranger = signedIn(dietzenbach, TenantRole.EDITOR);
		assertThat(perform(get(page("wiesbaden", test, kita)).with(stranger)).getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(post(page("wiesbaden", test, kita)).with(stranger).with(csrf()).param("status", "LAUFEND"))
			.getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(get(page("dietzenbach", test, kita)).with(stranger)).getResponse().getStatus()).isEqualTo(404);
		assertThat(perform(post(page("dietzenbach", test, kita) + "/meilensteine").with(stranger).with(csrf()).param("title", "x")
			.param("dueOn", "2026-01-01")).getResponse().getStatus()).isEqualTo(404);
		assertThat(progressOf(wiesbaden, test, kita).status()).isEqualTo(MeasureStatus.GEPLANT);
		assertThat(progressOf(wiesbaden, test, kita).milestones()).isEmpty();
	}
}
