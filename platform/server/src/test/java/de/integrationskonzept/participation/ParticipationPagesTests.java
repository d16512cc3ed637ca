package de.integrationskonzept.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * The pages: editors create processes (phases validated), the public sees open processes, and
 * signed-in citizens submit ideas through a form that shows errors next to the fields.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ParticipationPagesTests {

	@Autowired MockMvc mvc;
	@Autowired Tenants tenants;
	@Autowired TenantScope tenantScope;
	@Autowired ParticipationProcesses processes;
	@Autowired Ideas ideas;
	private TenantId wiesbaden;

	@Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

	@BeforeEach
	void setUp() {
		// Ideas record the author's account, so the person these tests sign in as has one.
		IdeaPeople.ensureAccount(jdbc, "buergerin@demo.invalid");
		wiesbaden = tenants.findActiveBySlug("wiesbaden").orElseThrow().id();
	}

	private UserRequestPostProcessor as(TenantId tenant, TenantRole role) {
		return user("buergerin@demo.invalid").authorities(TenantAuthority.of(tenant, role));
	}

	private MvcResult perform(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn();
	}

	private static String html(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private int ideaCount(ParticipationProcess process) {
		return tenantScope.callAs(wiesbaden, () -> ideas.of(process.id()).size());
	}

	@Test
	void phasesMustBeCompleteInOrderAndMustNotOverlap() {
		LocalDate today = TestProcesses.today();
		int before = tenantScope.callAs(wiesbaden, () -> processes.list().size());
		List<Phase> overlapping = List.of(new Phase(PhaseKind.IDEENSAMMLUNG, today, today.plusDays(30)),
				new Phase(PhaseKind.EXPERTENBEWERTUNG, today.plusDays(30), today.plusDays(60)));
		List<Phase> backwards = List.of(new Phase(PhaseKind.IDEENSAMMLUNG, today.plusDays(10), today));

		assertThatThrownBy(() -> TestProcesses.create(processes, tenantScope, wiesbaden, overlapping))
			.isInstanceOf(ParticipationProblems.Invalid.class)
			.satisfies(problem -> assertThat(((ParticipationProblems.Invalid) problem).fieldErrors().get("phases"))
				.contains("Phase 2 (Expertenbewertung) beginnt am", "aber Phase 1 endet erst am", "überschneiden sich nicht"));
		assertThatThrownBy(() -> TestProcesses.create(processes, tenantScope, wiesbaden, backwards))
			.hasMessageContaining("Phase 1 (Ideensammlung) endet am").hasMessageContaining("vor ihrem Beginn");
		assertThatThrownBy(() -> TestProcesses.create(processes, tenantScope, wiesbaden, List.of()))
			.hasMessageContaining("mindestens eine Phase");
		assertThat(tenantScope.callAs(wiesbaden, () -> processes.list().size())).isEqualTo(before);
	}

	@Test
	void editorsCreateAProcessThroughTheFormAndSeeErrorsNextToTheFields() throws Exception {
		var editor = as(wiesbaden, TenantRole.EDITOR);
		assertThat(html(perform(get("/wiesbaden/verwaltung/beteiligung").with(editor)))).contains("Beteiligungsverfahren anlegen",
				"Integrationskonzept 2021–2025",
				"<label for=\"phases0.startsOn\">Phase 1: Beginn</label>", "id=\"phases0.startsOn\"");
		assertThat(perform(get("/wiesbaden/verwaltung/beteiligung").with(as(wiesbaden, TenantRole.CITIZEN))).getResponse().getStatus())
			.isEqualTo(403);

		MvcResult refused = perform(post("/wiesbaden/verwaltung/beteiligung").with(editor).with(csrf())
			.param("editionId", TestProcesses.WIESBADEN_EDITION).param("title", "Fo")
			.param("phases[0].kind", "IDEENSAMMLUNG").param("phases[0].startsOn", "2027-06-01").param("phases[0].endsOn", "2027-08-31")
			.param("phases[1].kind", "WORKSHOPS").param("phases[1].startsOn", "2027-08-15").param("phases[1].endsOn", "2027-09-30"));
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(refused)).contains("Bitte korrigieren Sie Ihre Angaben", "id=\"title-error\"", "Der Titel ist zu kurz",
				"id=\"phases-error\"", "Phase 2 (Workshops) beginnt am 15.08.2027, aber Phase 1 endet erst am 31.08.2027", "aria-invalid=\"true\"");

		String title = "Ideen für Wiesbaden " + java.util.UUID.randomUUID();
		MvcResult created = perform(post("/wiesbaden/verwaltung/beteiligung").with(editor).with(csrf())
			.param("editionId", TestProcesses.WIESBADEN_EDITION).param("title", title).param("description", "Sagen Sie uns Ihre Meinung.")
			.param("phases[0].kind", "IDEENSAMMLUNG").param("phases[0].startsOn", "2027-06-01").param("phases[0].endsOn", "2027-08-31")
			.param("phases[1].kind", "AUSWERTUNG").param("phases[1].startsOn", "").param("phases[1].endsOn", ""));
		assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/wiesbaden/verwaltung/beteiligung");
		assertThat(html(perform(get("/wiesbaden/verwaltung/beteiligung").with(editor)))).contains(title, "Ideensammlung: 01.06.2027 – 31.08.2027");
	}

	@Test
	void citizensSubmitIdeasThroughTheFormWithErrorsNextToTheFields() throws Exception {
		ParticipationProcess process = TestProcesses.create(processes, tenantScope, wiesbaden, TestProcesses.ideasFromTo(-3, 20));
		String page = "/wiesbaden/beteiligung/" + process.id();
		var citizen = as(wiesbaden, TenantRole.CITIZEN);

		assertThat(html(perform(get("/wiesbaden/beteiligung")))).contains(process.title(), "Aktuelle Phase", "Ideensammlung");
		assertThat(html(perform(get(page)))).contains("melden Sie sich an").doesNotContain("Idee einreichen</button>");
		assertThat(html(perform(get(page).with(citizen)))).contains("action=\"" + page + "/ideen\"", "name=\"_csrf\"",
				"Einwilligungstext, Fassung", "name=\"consentVersion\"", "Idee einreichen</button>");

		MvcResult refused = perform(post(page + "/ideen").with(citizen).with(csrf()).param("title", "ab").param("text", "zu kurz"));
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(refused)).contains("Bitte korrigieren Sie Ihre Angaben", "href=\"#title\"", "id=\"title-error\"",
				"Der Titel ist zu kurz (mindestens 3 Zeichen).", "id=\"text-error\"", "id=\"consent-error\"",
				"aria-describedby=\"title-error title-hint\"");
		assertThat(ideaCount(process)).isZero();

		MvcResult accepted = perform(post(page + "/ideen").with(citizen).with(csrf()).param("title", "Patenschaften für Neuzugewanderte")
			.param("text", "Ehrenamtliche begleiten neu Zugewanderte im ersten Jahr.").param("field", "Teilhabe").param("consent", "true"));
		assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo(page);
		assertThat(accepted.getFlashMap().get("message")).isEqualTo("Vielen Dank! Ihre Idee ist eingegangen.");
		assertThat(html(perform(get(page)))).contains("Patenschaften für Neuzugewanderte", "Handlungsfeld: Teilhabe", "eingegangen");
		assertThat(ideaCount(process)).isEqualTo(1);
	}

	@Test
	void theFormRefusesIdeasOutsideTheIdeensammlungAndCitizensOfOtherTenants() throws Exception {
		ParticipationProcess over = TestProcesses.create(processes, tenantScope, wiesbaden, TestProcesses.ideasFromTo(-20, -2));
		String page = "/wiesbaden/beteiligung/" + over.id();
		var idea = post(page + "/ideen").with(csrf()).param("title", "Späte Idee").param("text", "Diese Idee kommt nach dem Schluss.")
			.param("consent", "true");

		MvcResult late = perform(idea.with(as(wiesbaden, TenantRole.CITIZEN)));
		assertThat(late.getResponse().getStatus()).isEqualTo(409);
		assertThat(html(late)).contains("Die Ideensammlung ist am", "zu Ende gegangen");
		assertThat(html(perform(get(page).with(as(wiesbaden, TenantRole.CITIZEN))))).doesNotContain("Idee einreichen</button>");

		ParticipationProcess running = TestProcesses.create(processes, tenantScope, wiesbaden, TestProcesses.ideasFromTo(-2, 2));
		MvcResult foreign = perform(post("/wiesbaden/beteiligung/" + running.id() + "/ideen").with(csrf()).param("title", "Fremde Idee")
			.param("text", "Aus einer anderen Kommune eingereicht.").param("consent", "true")
			.with(as(tenants.findActiveBySlug("dietzenbach").orElseThrow().id(), TenantRole.CITIZEN)));
		assertThat(foreign.getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(get("/dietzenbach/beteiligung/" + running.id())).getResponse().getStatus()).as("another tenant's process")
			.isEqualTo(404);
		assertThat(perform(get("/wiesbaden/beteiligung/" + java.util.UUID.randomUUID())).getResponse().getStatus()).isEqualTo(404);
		assertThat(ideaCount(over)).isZero();
		assertThat(ideaCount(running)).isZero();
	}
}
