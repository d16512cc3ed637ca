package de.integrationskonzept.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.testing.MailingSystemTest;
import de.integrationskonzept.testing.TestAccounts;

/**
 * The workshop pages without JavaScript: the public list and detail, registering and cancelling
 * through plain forms, names only on the editors' page, escaped workshop texts, and no way in for
 * members of another municipality.
 */
class WorkshopPagesTests extends MailingSystemTest {

	@Autowired ParticipationProcesses processes;
	@Autowired Workshops workshops;
	private TenantId wiesbaden;
	private TenantId dietzenbach;
	private ParticipationProcess process;

	@BeforeEach
	void setUp() {
		wiesbaden = tenant("wiesbaden");
		dietzenbach = tenant("dietzenbach");
		process = TestWorkshops.process(processes, tenantScope, wiesbaden);
	}

	private static UserRequestPostProcessor as(String email, TenantId tenant, TenantRole role) {
		return user(email).authorities(TenantAuthority.of(tenant, role));
	}

	private MvcResult perform(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn();
	}

	private static String html(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private String page(String slug, Workshop workshop) {
		return "/" + slug + "/beteiligung/" + process.id() + "/workshops/" + workshop.id();
	}

	private int registrations(Workshop workshop) {
		return inTenant(wiesbaden, () -> jdbc.queryForObject("select count(*) from participation.workshop_registration where workshop_id = ?",
				Integer.class, workshop.id()));
	}

	@Test
	void citizensRegisterAndCancelThroughPlainFormsAndOnlyEditorsSeeNames() throws Exception {
		Workshop workshop = TestWorkshops.create(workshops, tenantScope, wiesbaden, process, 7, 1);
		// A member of the tenant, as every signed-in citizen is: staff lists name only people of the tenant.
		String person = TestAccounts.newMember(jdbc, transactions, tenantScope, wiesbaden, "ws-page", TenantRole.CITIZEN);

		assertThat(html(perform(get("/wiesbaden/beteiligung/" + process.id() + "/workshops")))).contains(workshop.title(), "1 von 1",
				"Anmeldung offen");
		assertThat(html(perform(get(page("wiesbaden", workshop))))).contains("melden Sie sich an").doesNotContain("Verbindlich anmelden");
		assertThat(html(perform(get(page("wiesbaden", workshop)).with(as(person, wiesbaden, TenantRole.CITIZEN))))).contains("Verbindlich anmelden");

		MvcResult registered = perform(post(page("wiesbaden", workshop) + "/anmeldung").with(as(person, wiesbaden, TenantRole.CITIZEN)).with(csrf()));

		assertThat(registered.getResponse().getRedirectedUrl()).isEqualTo(page("wiesbaden", workshop));
		assertThat(html(perform(get(page("wiesbaden", workshop)).with(as(person, wiesbaden, TenantRole.CITIZEN)))))
			.contains("Ihr Platz ist bestätigt", "Abmelden");
		assertThat(html(perform(get("/wiesbaden/beteiligung/" + process.id() + "/workshops")))).contains("ausgebucht – Warteliste (0)")
			.doesNotContain("ws-page");
		String staff = html(perform(get("/wiesbaden/verwaltung/beteiligung/" + process.id() + "/workshops/" + workshop.id())
			.with(as("redaktion@demo.invalid", wiesbaden, TenantRole.EDITOR))));
		assertThat(staff).contains("ws-page", "bestätigt", "1 von 1 Plätzen vergeben");
		assertThat(perform(get("/wiesbaden/verwaltung/beteiligung/" + process.id() + "/workshops/" + workshop.id())
			.with(as(person, wiesbaden, TenantRole.CITIZEN))).getResponse().getStatus()).isEqualTo(403);

		MvcResult again = perform(post(page("wiesbaden", workshop) + "/anmeldung").with(as(person, wiesbaden, TenantRole.CITIZEN)).with(csrf()));
		assertThat(again.getResponse().getStatus()).isEqualTo(409);
		assertThat(html(again)).contains("bereits angemeldet");

		perform(post(page("wiesbaden", workshop) + "/abmeldung").with(as(person, wiesbaden, TenantRole.CITIZEN)).with(csrf()));
		assertThat(registrations(workshop)).isZero();
	}

	@Test
	void editorsPlanWorkshopsAndInvalidPlansAreRefusedWithMessagesNextToTheFields() throws Exception {
		String base = "/wiesbaden/verwaltung/beteiligung/" + process.id() + "/workshops";
		var editor = as("redaktion@demo.invalid", wiesbaden, TenantRole.EDITOR);

		MvcResult invalid = perform(post(base).with(editor).with(csrf()).param("title", "Zusammenleben").param("date", "2026-13-40")
			.param("startTime", "18:00").param("endTime", "17:00").param("capacity", "0"));

		assertThat(invalid.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(invalid)).contains("Bitte geben Sie das Datum an", "nach seinem Beginn enden", "einen Ort oder einen Link",
				"Zahl der Plätze", "href=\"#capacity\"", "aria-invalid=\"true\"");
		assertThat(inTenant(wiesbaden, () -> workshops.of(process.id()))).isEmpty();

		MvcResult created = perform(post(base).with(editor).with(csrf()).param("title", "Zusammenleben (Soziales, Wohnen, Kultur)")
			.param("field", "Zusammenleben").param("date", TestProcesses.today().plusDays(20).toString()).param("startTime", "17:00")
			.param("endTime", "20:00").param("onlineLink", "https://treffen.example/zusammenleben").param("capacity", "25"));

		assertThat(created.getResponse().getRedirectedUrl()).isEqualTo(base);
		assertThat(inTenant(wiesbaden, () -> workshops.of(process.id()))).singleElement()
			.satisfies(workshop -> assertThat(workshop.capacity()).isEqualTo(25));
		assertThat(html(perform(get("/wiesbaden/beteiligung/" + process.id() + "/workshops")))).contains("online")
			.doesNotContain("treffen.example");
	}

	@Test
	void workshopTextsAreEscaped() throws Exception {
		Workshop workshop = TestWorkshops.create(workshops, tenantScope, wiesbaden, process,
				new Workshops.Details("<script>alert('titel')</script>", "<b>Feld</b>", "<img src=x onerror=alert(1)>",
						TestProcesses.today().plusDays(3), java.time.LocalTime.of(10, 0), java.time.LocalTime.of(12, 0), "<i>Ort</i>", null, 5));
		TestProcesses.asEditor(tenantScope, wiesbaden,
				() -> workshops.document(process.id(), workshop.id(), "Ergebnis <script>alert('doku')</script> festgehalten."));

		String list = html(perform(get("/wiesbaden/beteiligung/" + process.id() + "/workshops")));
		String detail = html(perform(get(page("wiesbaden", workshop))));
		String documentation = html(perform(get(page("wiesbaden", workshop) + "/dokumentation")));

		assertThat(list + detail + documentation).doesNotContain("<script>alert", "<img src=x", "<b>Feld</b>", "<i>Ort</i>");
		assertThat(detail).contains("&lt;script&gt;alert(&#39;titel&#39;)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;");
		assertThat(documentation).contains("Ergebnis &lt;script&gt;alert(&#39;doku&#39;)&lt;/script&gt; festgehalten.");
	}

	@Test
	void anotherMunicipalitysMembersCannotReadRegisterOrChangeWorkshops() throws Exception {
		Workshop workshop = TestWorkshops.create(workshops, tenantScope, wiesbaden, process, 7, 5);
		String outsider = TestAccounts.newPerson(jdbc, "ws-outsider");
		var dietzenbachToken = jwt().jwt(token -> token.subject(outsider)).authorities(TenantAuthority.of(dietzenbach, TenantRole.EDITOR));
		String apiA = "/api/wiesbaden/participation/processes/" + process.id() + "/workshops";
		String apiB = "/api/dietzenbach/participation/processes/" + process.id() + "/workshops";

		assertThat(perform(get(apiA).with(dietzenbachToken)).getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(post(apiA + "/" + workshop.id() + "/registrations").with(dietzenbachToken)).getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(get(apiB).with(dietzenbachToken)).getResponse().getStatus()).isEqualTo(404);
		assertThat(perform(post(apiB + "/" + workshop.id() + "/registrations").with(dietzenbachToken)).getResponse().getStatus()).isEqualTo(404);
		assertThat(perform(delete(apiB + "/" + workshop.id() + "/registrations/mine").with(dietzenbachToken)).getResponse().getStatus())
			.isEqualTo(404);

		var dietzenbachSession = as(outsider, dietzenbach, TenantRole.EDITOR);
		assertThat(perform(post(page("wiesbaden", workshop) + "/anmeldung").with(dietzenbachSession).with(csrf())).getResponse().getStatus())
			.isEqualTo(403);
		assertThat(perform(post(page("dietzenbach", workshop) + "/anmeldung").with(dietzenbachSession).with(csrf())).getResponse().getStatus())
			.isEqualTo(404);
		assertThat(perform(get(page("dietzenbach", workshop))).getResponse().getStatus()).isEqualTo(404);
		String staffA = "/wiesbaden/verwaltung/beteiligung/" + process.id() + "/workshops/" + workshop.id();
		String staffB = "/dietzenbach/verwaltung/beteiligung/" + process.id() + "/workshops/" + workshop.id();
		assertThat(perform(get(staffA).with(dietzenbachSession)).getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(post(staffA + "/dokumentation").with(dietzenbachSession).with(csrf()).param("documentation", "Übernommen von außen"))
			.getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(post(staffB + "/dokumentation").with(dietzenbachSession).with(csrf()).param("documentation", "Übernommen von außen"))
			.getResponse().getStatus()).isEqualTo(404);
		assertThat(registrations(workshop)).isZero();
		assertThat(inTenant(wiesbaden, () -> workshops.get(process.id(), workshop.id())).documentation()).isNull();
	}
}
