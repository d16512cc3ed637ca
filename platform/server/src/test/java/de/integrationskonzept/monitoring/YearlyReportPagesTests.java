package de.integrationskonzept.monitoring;

import static de.integrationskonzept.monitoring.MonitoringCallers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;

/** The staff pages of yearly reports: create a draft, commentary (with refusals that change nothing), freeze after a confirm step, roles, another tenant's session. */
@SpringBootTest
@AutoConfigureMockMvc
class YearlyReportPagesTests {

	@Autowired MockMvc mvc;
	@Autowired Tenants tenants;
	@Autowired TenantScope tenantScope;
	@Autowired ConceptEditions editions;

	private TenantId tenant(String slug) {
		return tenants.findActiveBySlug(slug).orElseThrow().id();
	}

	private MvcResult perform(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn();
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void editorsCreateCommentAndFreezeAReportMembersRead() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		TestMeasureEditions test = TestMeasureEditions.fresh(tenantScope, editions, wiesbaden);
		String base = "/wiesbaden/verwaltung/monitoring/" + test.edition().id() + "/berichte";
		var editor = signedIn(wiesbaden, TenantRole.EDITOR);
		var member = signedIn(wiesbaden, TenantRole.CONTRIBUTOR);

		assertThat(body(perform(get(base).with(member)))).contains("noch keinen Bericht").doesNotContain("Entwurf anlegen");
		MvcResult badYear = perform(post(base).with(editor).with(csrf()).param("year", "20x6"));
		assertThat(badYear.getResponse().getStatus()).isEqualTo(422);
		assertThat(body(badYear)).contains("Es wurde nichts geändert", "vier Ziffern", "href=\"#year\"").contains("noch keinen Bericht");
		assertThat(perform(post(base).with(member).with(csrf()).param("year", "2016")).getResponse().getStatus()).isEqualTo(403);

		MvcResult created = perform(post(base).with(editor).with(csrf()).param("year", "2016"));
		assertThat(created.getResponse().getRedirectedUrl()).isEqualTo(base + "/2016");
		assertThat(perform(post(base).with(editor).with(csrf()).param("year", "2016")).getResponse().getStatus()).isEqualTo(409);

		String field = test.edition().fields().get(0).id().toString();
		MvcResult tooLong = perform(post(base + "/2016/kommentar").with(editor).with(csrf()).param("section", field).param("text", "y".repeat(4001)));
		assertThat(tooLong.getResponse().getStatus()).isEqualTo(422);
		assertThat(body(tooLong)).contains("höchstens 4000 Zeichen", "href=\"#kommentar-" + field + "\"");
		assertThat(perform(post(base + "/2016/kommentar").with(member).with(csrf()).param("section", "summary").param("text", "x"))
			.getResponse().getStatus()).isEqualTo(403);
		MvcResult saved = perform(post(base + "/2016/kommentar").with(editor).with(csrf()).param("section", "summary")
			.param("text", "Gute Fortschritte <b>bei</b> Kitas"));
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(base + "/2016#kommentar-summary");

		String draft = body(perform(get(base + "/2016").with(member)));
		assertThat(draft).contains("Entwurf – zeigt die aktuellen Daten", "Gute Fortschritte &lt;b&gt;bei&lt;/b&gt; Kitas", "Sprachstand bei Einschulung")
			.doesNotContain("yyyy", "<textarea", "Bericht einfrieren");
		assertThat(body(perform(get(base + "/2016").with(editor)))).contains("<textarea", "Bericht einfrieren");

		assertThat(perform(get(base + "/2016/einfrieren").with(member)).getResponse().getStatus()).isEqualTo(403);
		assertThat(body(perform(get(base + "/2016/einfrieren").with(editor)))).contains("endgültig einfrieren");
		assertThat(perform(post(base + "/2016/einfrieren").with(editor).with(csrf())).getResponse().getRedirectedUrl()).isEqualTo(base + "/2016");
		String frozen = body(perform(get(base + "/2016").with(editor)));
		assertThat(frozen).contains("Eingefroren am", "Auf der öffentlichen Seite veröffentlichen").doesNotContain("<textarea");
		MvcResult late = perform(post(base + "/2016/kommentar").with(editor).with(csrf()).param("section", "summary").param("text", "später"));
		assertThat(late.getResponse().getStatus()).isEqualTo(409);
		assertThat(body(late)).contains("eingefroren und kann nicht mehr geändert werden");
		MvcResult pdf = perform(get(base + "/2016/bericht.pdf").with(member));
		assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
	}

	@Test
	void anotherTenantsSessionCanNeitherReadNorChangeAReport() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		TestMeasureEditions test = TestMeasureEditions.fresh(tenantScope, editions, wiesbaden);
		String base = "/wiesbaden/verwaltung/monitoring/" + test.edition().id() + "/berichte";
		perform(post(base).with(signedIn(wiesbaden, TenantRole.EDITOR)).with(csrf()).param("year", "2015"));
		var foreign = signedIn(tenant("dietzenbach"), TenantRole.EDITOR);
		assertThat(perform(get(base + "/2015").with(foreign)).getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(post(base + "/2015/einfrieren").with(foreign).with(csrf())).getResponse().getStatus()).isEqualTo(403);
		String foreignBase = base.replace("/wiesbaden/", "/dietzenbach/");
		assertThat(perform(get(foreignBase + "/2015").with(foreign)).getResponse().getStatus()).isEqualTo(404);
		assertThat(perform(post(foreignBase + "/2015/kommentar").with(foreign).with(csrf()).param("section", "summary").param("text", "x"))
			.getResponse().getStatus()).isEqualTo(404);
		assertThat(body(perform(get(base + "/2015").with(signedIn(wiesbaden, TenantRole.CONTRIBUTOR))))).contains("Entwurf").doesNotContain(">x<");
	}
}
