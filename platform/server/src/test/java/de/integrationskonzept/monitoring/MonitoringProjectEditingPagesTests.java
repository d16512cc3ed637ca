package de.integrationskonzept.monitoring;

import static de.integrationskonzept.monitoring.MonitoringCallers.asRole;
import static de.integrationskonzept.monitoring.MonitoringCallers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import de.integrationskonzept.concepts.Actor;
import de.integrationskonzept.concepts.Actors;
import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * Editors keep funded projects on the staff pages (real PostgreSQL): create one, change it, report
 * outputs, evaluate it against the goals it claims (history kept); a refused form stores nothing;
 * members only read; another tenant's session changes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MonitoringProjectEditingPagesTests {

	@Autowired MockMvc mvc;
	@Autowired Tenants tenants;
	@Autowired TenantScope tenantScope;
	@Autowired ConceptEditions editions;
	@Autowired Actors actors;
	@Autowired FundedProjects projects;

	private TenantId tenant(String slug) {
		return tenants.findActiveBySlug(slug).orElseThrow().id();
	}

	private MvcResult perform(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn();
	}

	private static String html(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static String base(String slug, TestMeasureEditions test) {
		return "/" + slug + "/verwaltung/monitoring/" + test.edition().id() + "/projekte";
	}

	private UUID carrier(TenantId tenant) {
		return asRole(tenantScope, tenant, TenantRole.EDITOR, () -> actors.add(new Actor(null, Actor.Kind.VEREIN,
				"Sprachbrücke e. V. " + UUID.randomUUID(), null, null, null, null, List.of(), null)).id());
	}

	private List<FundedProject> projectsOf(TenantId tenant, TestMeasureEditions test) {
		return asRole(tenantScope, tenant, TenantRole.CONTRIBUTOR, () -> projects.list(test.edition().id()));
	}

	private static MockHttpServletRequestBuilder projectForm(MockHttpServletRequestBuilder request, UUID carrier, String amount, UUID... goals) {
		request.param("title", "Elterncafé").param("carrierActorId", carrier.toString()).param("amount", amount)
			.param("startsOn", "2025-01-01").param("endsOn", "31.12.2026").param("description", "Treffpunkt für Eltern");
		for (UUID goal : goals) {
			request.param("goalIds", goal.toString());
		}
		return request;
	}

	@Test
	void editorsCreateChangeReportAndEvaluateAProject() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		TestMeasureEditions test = TestMeasureEditions.fresh(tenantScope, editions, wiesbaden);
		UUID carrier = carrier(wiesbaden);
		var editor = signedIn(wiesbaden, TenantRole.EDITOR);
		assertThat(html(perform(get(base("wiesbaden", test)).with(editor)))).contains("Neues Förderprojekt erfassen");
		assertThat(html(perform(get(base("wiesbaden", test) + "/neu").with(editor)))).contains("Sprachbrücke e. V.", "<legend>Ziele, denen das Projekt dient</legend>");

		MvcResult created = perform(projectForm(post(base("wiesbaden", test)).with(editor).with(csrf()), carrier, "12.500,50", test.subGoal1()));
		assertThat(created.getResponse().getStatus()).isEqualTo(302);
		FundedProject project = projectsOf(wiesbaden, test).getFirst();
		assertThat(project.amount()).isEqualByComparingTo(new BigDecimal("12500.50"));
		assertThat(created.getResponse().getRedirectedUrl()).endsWith("/projekte/" + project.id());
		String page = base("wiesbaden", test) + "/" + project.id();

		assertThat(perform(post(page + "/ergebnisse").with(editor).with(csrf()).param("year", "2025").param("outputText", "Elterncafé-Treffen")
			.param("value", "24").param("unit", "Treffen")).getResponse().getStatus()).isEqualTo(302);
		assertThat(perform(post(page + "/bewertungen").with(editor).with(csrf()).param("goalId", test.subGoal1().toString()).param("rating", "3")
			.param("text", "Erste Familien erreicht")).getResponse().getStatus()).isEqualTo(302);
		assertThat(perform(post(page + "/bewertungen").with(editor).with(csrf()).param("goalId", test.subGoal1().toString()).param("rating", "4")
			.param("text", "Deutlich mehr Familien")).getResponse().getStatus()).isEqualTo(302);

		String html = html(perform(get(page).with(editor)));
		assertThat(html).contains("12.500,50\u00a0€", "01.01.2025 – 31.12.2026", "Elterncafé-Treffen", "24 Treffen", "4 von 5 (deutlicher Beitrag)",
				"3 von 5 (spürbarer Beitrag)", "überholt", "Angaben speichern");
		assertThat(html.indexOf("Deutlich mehr Familien")).as("newest evaluation first").isLessThan(html.indexOf("Erste Familien erreicht"));

		assertThat(perform(projectForm(post(page).with(editor).with(csrf()), carrier, "15.000", test.subGoal1())).getResponse().getStatus())
			.isEqualTo(302);
		assertThat(projectsOf(wiesbaden, test).getFirst().amount()).isEqualByComparingTo(new BigDecimal("15000"));
	}

	@Test
	void aRefusedFormNamesEveryProblemAndStoresNothing() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		TestMeasureEditions test = TestMeasureEditions.fresh(tenantScope, editions, wiesbaden);
		UUID carrier = carrier(wiesbaden);
		var editor = signedIn(wiesbaden, TenantRole.EDITOR);

		MvcResult noGoal = perform(projectForm(post(base("wiesbaden", test)).with(editor).with(csrf()), carrier, "viel"));
		assertThat(noGoal.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(noGoal)).contains("role=\"alert\"", "Fördersumme: „viel“ ist keine Zahl");
		MvcResult endBeforeStart = perform(post(base("wiesbaden", test)).with(editor).with(csrf()).param("title", "Elterncafé")
			.param("carrierActorId", carrier.toString()).param("amount", "100").param("startsOn", "2026-01-01").param("endsOn", "2025-01-01"));
		assertThat(endBeforeStart.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(endBeforeStart)).contains("Das Ende der Förderung liegt vor ihrem Beginn", "mindestens ein Ziel");
		assertThat(projectsOf(wiesbaden, test)).isEmpty();

		perform(projectForm(post(base("wiesbaden", test)).with(editor).with(csrf()), carrier, "100", test.subGoal1()));
		FundedProject project = projectsOf(wiesbaden, test).getFirst();
		MvcResult badRating = perform(post(base("wiesbaden", test) + "/" + project.id() + "/bewertungen").with(editor).with(csrf())
			.param("goalId", test.subGoal1().toString()).param("rating", "9").param("text", "x"));
		assertThat(badRating.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(badRating)).contains("zwischen 1 (kein Beitrag) und 5");
		assertThat(projectsOf(wiesbaden, test).getFirst().evaluations()).isEmpty();
	}

	@Test
	void membersReadAndOtherTenantsChangeNothing() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		TenantId dietzenbach = tenant("dietzenbach");
		TestMeasureEditions test = TestMeasureEditions.fresh(tenantScope, editions, wiesbaden);
		UUID carrier = carrier(wiesbaden);
		perform(projectForm(post(base("wiesbaden", test)).with(signedIn(wiesbaden, TenantRole.EDITOR)).with(csrf()), carrier, "100", test.subGoal1()));
		FundedProject project = projectsOf(wiesbaden, test).getFirst();
		String page = base("wiesbaden", test) + "/" + project.id();

		var member = signedIn(wiesbaden, TenantRole.CONTRIBUTOR);
		assertThat(html(perform(get(page).with(member)))).contains("Elterncafé").doesNotContain("Bewertung speichern");
		assertThat(perform(get(base("wiesbaden", test) + "/neu").with(member)).getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(post(page + "/bewertungen").with(member).with(csrf()).param("goalId", test.subGoal1().toString())
			.param("rating", "5").param("text", "x")).getResponse().getStatus()).isEqualTo(403);

		var stranger = signedIn(dietzenbach, TenantRole.EDITOR);
		assertThat(perform(get(page).with(stranger)).getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(projectForm(post(page).with(stranger).with(csrf()), carrier, "1", test.subGoal1())).getResponse().getStatus())
			.isEqualTo(403);
		String foreign = base("dietzenbach", test) + "/" + project.id();
		assertThat(perform(get(foreign).with(stranger)).getResponse().getStatus()).isEqualTo(404);
		assertThat(perform(post(foreign + "/ergebnisse").with(stranger).with(csrf()).param("year", "2025").param("outputText", "x"))
			.getResponse().getStatus()).isEqualTo(404);
		FundedProject unchanged = projectsOf(wiesbaden, test).getFirst();
		assertThat(unchanged.amount()).isEqualByComparingTo(new BigDecimal("100"));
		assertThat(unchanged.outputs()).isEmpty();
		assertThat(unchanged.evaluations()).isEmpty();
	}
}
