package de.integrationskonzept.monitoring;

import static de.integrationskonzept.monitoring.MonitoringCallers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.Edition.MeasureStatus;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * The staff page of measures on real PostgreSQL: members read status, percent and roll-ups but
 * cannot change anything, editors change the status of several measures at once (all or nothing,
 * without JavaScript), and another tenant's session gets nowhere.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MonitoringMeasurePagesTests {

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

	private static String page(String slug, TestMeasureEditions test) {
		return "/" + slug + "/verwaltung/monitoring/" + test.edition().id() + "/massnahmen";
	}

	/** The stored status of a measure, read past the pages. */
	private MeasureStatus statusOf(TenantId tenant, TestMeasureEditions test, UUID measure) {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("redaktion@demo.invalid", null,
				List.of(TenantAuthority.of(tenant, TenantRole.CONTRIBUTOR))));
		try {
			return tenantScope.callAs(tenant, () -> progresses.overview(test.edition().id()).measures().stream()
				.filter(progress -> progress.measureId().equals(measure)).findFirst().orElseThrow().status());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void membersSeeStatusPercentAndRollUpsButCannotChangeTheStatus() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		TestMeasureEditions test = TestMeasureEditions.fresh(tenantScope, editions, wiesbaden);
		UUID kita = test.measure("Kita-Sprachförderung");
		var member = signedIn(wiesbaden, TenantRole.CONTRIBUTOR);

		MvcResult read = perform(get(page("wiesbaden", test)).with(member));
		assertThat(read.getResponse().getStatus()).isEqualTo(200);
		assertThat(html(read)).contains("Bildung &amp; Sprache", "Kita-Sprachförderung", "laufend", "50 %", "16,7 %",
				"<progress max=\"100\" value=\"17\"", "<th scope=\"row\"")
			.doesNotContain("Status der ausgewählten Maßnahmen ändern", "type=\"checkbox\"");
		assertThat(html(perform(get("/wiesbaden/verwaltung/monitoring/" + test.edition().id()).with(member)))).contains(page("wiesbaden", test));

		assertThat(perform(post(page("wiesbaden", test) + "/status").with(member).with(csrf()).param("massnahme", kita.toString())
			.param("status", "ABGESCHLOSSEN")).getResponse().getStatus()).isEqualTo(403);
		assertThat(statusOf(wiesbaden, test, kita)).isEqualTo(MeasureStatus.GEPLANT);
		assertThat(perform(get(page("wiesbaden", test)).with(signedIn(wiesbaden, TenantRole.CITIZEN))).getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void editorsChangeTheStatusOfSeveralMeasuresAtOnceAllOrNothing() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		TestMeasureEditions test = TestMeasureEditions.fresh(tenantScope, editions, wiesbaden);
		UUID kita = test.measure("Kita-Sprachförderung");
		UUID lotsen = test.measure("Integrationslotsen");
		var editor = signedIn(wiesbaden, TenantRole.EDITOR);
		assertThat(html(perform(get(page("wiesbaden", test)).with(editor)))).contains("type=\"checkbox\"", "<legend>", "Status ändern");

		MvcResult refused = perform(post(page("wiesbaden", test) + "/status").with(editor).with(csrf()).param("massnahme", kita.toString())
			.param("massnahme", UUID.randomUUID().toString()).param("status", "ABGESCHLOSSEN"));
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(refused)).contains("role=\"alert\"", "Es wurde nichts geändert", "Unbekannte Maßnahmen");
		assertThat(statusOf(wiesbaden, test, kita)).isEqualTo(MeasureStatus.GEPLANT);
		assertThat(perform(post(page("wiesbaden", test) + "/status").with(editor).with(csrf()).param("status", "LAUFEND"))
			.getResponse().getStatus()).as("nothing selected").isEqualTo(422);

		MvcResult changed = perform(post(page("wiesbaden", test) + "/status").with(editor).with(csrf()).param("massnahme", kita.toString())
			.param("massnahme", lotsen.toString()).param("status", "ABGESCHLOSSEN"));
		assertThat(changed.getResponse().getStatus()).isEqualTo(302);
		assertThat(changed.getFlashMap().get("message").toString()).contains("2 Maßnahmen", "abgeschlossen");
		assertThat(statusOf(wiesbaden, test, kita)).isEqualTo(MeasureStatus.ABGESCHLOSSEN);
		assertThat(statusOf(wiesbaden, test, lotsen)).isEqualTo(MeasureStatus.ABGESCHLOSSEN);
		assertThat(html(perform(get(page("wiesbaden", test)).with(editor)))).contains("100 %");
	}

	@Test
	void anotherTenantsSessionCanNeitherReadNorChangeTheMeasures() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		TenantId dietzenbach = tenant("dietzenbach");
		TestMeasureEditions test = TestMeasureEditions.fresh(tenantScope, editions, wiesbaden);
		UUID kita = test.measure("Kita-Sprachförderung");
		var stranger = signedIn(dietzenbach, TenantRole.EDITOR);

		assertThat(perform(get(page("wiesbaden", test)).with(stranger)).getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(post(page("wiesbaden", test) + "/status").with(stranger).with(csrf()).param("massnahme", kita.toString())
			.param("status", "LAUFEND")).getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(get(page("dietzenbach", test)).with(stranger)).getResponse().getStatus()).isEqualTo(404);
		assertThat(perform(post(page("dietzenbach", test) + "/status").with(stranger).with(csrf()).param("massnahme", kita.toString())
			.param("status", "LAUFEND")).getResponse().getStatus()).isIn(404, 422);
		assertThat(statusOf(wiesbaden, test, kita)).isEqualTo(MeasureStatus.GEPLANT);
	}
}
