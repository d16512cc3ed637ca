package de.integrationskonzept.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import de.integrationskonzept.concepts.Actor;
import de.integrationskonzept.concepts.Actors;
import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;

/** The staff page of funded projects: per field with evaluations for members, escaped, closed to citizens and other tenants. */
@SpringBootTest
@AutoConfigureMockMvc
class MonitoringProjectPagesTests {

	@Autowired MockMvc mvc;
	@Autowired Tenants tenants;
	@Autowired TenantScope tenantScope;
	@Autowired ConceptEditions editions;
	@Autowired Actors actors;
	@Autowired FundedProjects projects;

	private TenantId tenant(String slug) {
		return tenants.findActiveBySlug(slug).orElseThrow().id();
	}

	private static RequestPostProcessor as(TenantId tenant, TenantRole role) {
		return user("redaktion@demo.invalid").authorities(TenantAuthority.of(tenant, role));
	}

	private MvcResult page(String slug, TestMeasureEditions test, RequestPostProcessor caller) throws Exception {
		return mvc.perform(get("/" + slug + "/verwaltung/monitoring/" + test.edition().id() + "/projekte").with(caller)).andReturn();
	}

	private TestMeasureEditions editionWithEvaluatedProject(TenantId tenant) {
		TestMeasureEditions test = TestMeasureEditions.fresh(tenantScope, editions, tenant);
		MonitoringCallers.asRole(tenantScope, tenant, TenantRole.EDITOR, () -> {
			Actor carrier = actors.add(new Actor(null, Actor.Kind.VEREIN, "Sprachbrücke e. V. " + java.util.UUID.randomUUID(), null, null, null, null, List.of(), null));
			FundedProject project = projects.create(test.edition().id(), new FundedProjects.Details("Elterncafé <script>x</script>",
					carrier.id(), new BigDecimal("12500.5"), LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), List.of(test.subGoal1()), null));
			return projects.evaluate(test.edition().id(), project.id(), test.subGoal1(), 4, "Mehr Kinder erreicht");
		});
		return test;
	}

	@Test
	void membersSeeTheProjectsPerFieldWithTheirEvaluationsInWords() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		TestMeasureEditions test = editionWithEvaluatedProject(wiesbaden);

		MvcResult shown = page("wiesbaden", test, as(wiesbaden, TenantRole.CONTRIBUTOR));

		assertThat(shown.getResponse().getStatus()).isEqualTo(200);
		String html = shown.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Bildung &amp; Sprache", "Sprachbrücke e. V.", "12.500,50\u00a0€", "01.01.2025 – 31.12.2026",
				"4 von 5 (deutlicher Beitrag)", "Mehr Kinder erreicht", "5 = Ziel wesentlich vorangebracht");
		assertThat(html).contains("Elterncafé &lt;script&gt;").doesNotContain("<script>x</script>");
		assertThat(page("wiesbaden", test, as(wiesbaden, TenantRole.CITIZEN)).getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void anotherTenantsSessionCannotReadTheProjects() throws Exception {
		TestMeasureEditions test = editionWithEvaluatedProject(tenant("wiesbaden"));
		var stranger = as(tenant("dietzenbach"), TenantRole.EDITOR);

		assertThat(page("wiesbaden", test, stranger).getResponse().getStatus()).isEqualTo(403);
		MvcResult foreign = page("dietzenbach", test, stranger);
		assertThat(foreign.getResponse().getStatus()).isEqualTo(404);
		assertThat(foreign.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Elterncafé");
	}
}
