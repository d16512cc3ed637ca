package de.integrationskonzept.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * The pages of the Arbeitsgruppen: the public list names groups, fields and meeting dates but no
 * members; the group page is for members and editors only; editors manage members and decide on
 * suggestions; everything people typed is escaped.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WorkingGroupPagesTests {

	private static final String SCRIPT = "<script>alert('x')</script>";

	@Autowired MockMvc mvc;
	@Autowired Tenants tenants;
	@Autowired TenantScope tenantScope;
	@Autowired TransactionTemplate transactions;
	@Autowired DataSource dataSource;
	@Autowired ParticipationProcesses processes;
	@Autowired ConceptEditions editions;
	@Autowired WorkingGroups groups;
	@Autowired WorkingGroupMeetings meetings;
	@Autowired GoalSuggestions suggestions;
	private TenantId wiesbaden;
	private TenantId dietzenbach;
	private WorkingGroupFixture fixture;
	private ParticipationProcess process;
	private WorkingGroup group;
	private WorkingGroup.Meeting meeting;
	private String lead;

	@BeforeEach
	void setUp() {
		wiesbaden = tenants.findActiveBySlug("wiesbaden").orElseThrow().id();
		dietzenbach = tenants.findActiveBySlug("dietzenbach").orElseThrow().id();
		fixture = new WorkingGroupFixture(new JdbcTemplate(dataSource), transactions, tenantScope, editions, processes, wiesbaden);
		Edition edition = fixture.draftEdition();
		process = fixture.processFor(edition, TestProcesses.ideasFromTo(-10, 10));
		lead = fixture.person("leitung", TenantRole.CONTRIBUTOR);
		group = fixture.asEditor(() -> groups.create(process.id(),
				new WorkingGroups.NewGroup(edition.fields().get(0).id().toString(), "AG " + SCRIPT, "Beschreibung " + SCRIPT)));
		fixture.asEditor(() -> groups.addMember(group.id(), lead, WorkingGroup.MemberRole.LEITUNG));
		meeting = fixture.asEditor(() -> meetings.schedule(group.id(), new WorkingGroupMeetings.NewMeeting(LocalDateTime.of(2026, 12, 3, 18, 30),
				"Rathaus", false, "Geheime Tagesordnung " + SCRIPT)));
	}

	private UserRequestPostProcessor as(String email, TenantId tenant, TenantRole role) {
		return user(email).authorities(TenantAuthority.of(tenant, role));
	}

	private UserRequestPostProcessor editor() {
		return as("redaktion@demo.invalid", wiesbaden, TenantRole.EDITOR);
	}

	private MvcResult perform(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn();
	}

	private static String html(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private String groupPage() {
		return "/wiesbaden/beteiligung/" + process.id() + "/arbeitsgruppen/" + group.id();
	}

	private String adminPage() {
		return "/wiesbaden/verwaltung/beteiligung/" + process.id() + "/arbeitsgruppen/" + group.id();
	}

	@Test
	void thePublicListShowsGroupsFieldsAndMeetingDatesButNoMembersOrAgenda() throws Exception {
		MvcResult page = perform(get("/wiesbaden/beteiligung/" + process.id() + "/arbeitsgruppen"));

		assertThat(page.getResponse().getStatus()).isEqualTo(200);
		assertThat(html(page)).contains("Bildung &amp; Sprache", "03.12.2026, 18:30 Uhr", "AG &lt;script&gt;")
			.doesNotContain(SCRIPT, "Geheime Tagesordnung", lead, "leitung");
	}

	@Test
	void theGroupPageIsForMembersAndEditorsOnly() throws Exception {
		String outsider = fixture.person("aussen", TenantRole.CONTRIBUTOR);

		MvcResult anonymous = perform(get(groupPage()));
		MvcResult byOutsider = perform(get(groupPage()).with(as(outsider, wiesbaden, TenantRole.CONTRIBUTOR)));
		MvcResult byMember = perform(get(groupPage()).with(as(lead, wiesbaden, TenantRole.CONTRIBUTOR)));
		MvcResult byEditor = perform(get(groupPage()).with(editor()));

		assertThat(anonymous.getResponse().getStatus()).isIn(302, 401, 403);
		assertThat(html(anonymous)).doesNotContain("Geheime Tagesordnung");
		assertThat(byOutsider.getResponse().getStatus()).isEqualTo(403);
		assertThat(html(byOutsider)).doesNotContain("Geheime Tagesordnung");
		assertThat(byMember.getResponse().getStatus()).isEqualTo(200);
		assertThat(html(byMember)).contains("Geheime Tagesordnung &lt;script&gt;", "Ziel vorschlagen", "Sitzung ansetzen")
			.doesNotContain(SCRIPT);
		assertThat(byEditor.getResponse().getStatus()).isEqualTo(200);
		// Editors see meetings and minutes but propose nothing themselves.
		assertThat(html(byEditor)).contains("Geheime Tagesordnung").doesNotContain("id=\"vorschlagen\"");
	}

	@Test
	void aMemberProposesThroughTheFormAndErrorsStandNextToTheFields() throws Exception {
		MvcResult invalid = perform(post(groupPage() + "/vorschlaege").with(as(lead, wiesbaden, TenantRole.CONTRIBUTOR)).with(csrf())
			.param("title", "x"));
		MvcResult proposed = perform(post(groupPage() + "/vorschlaege").with(as(lead, wiesbaden, TenantRole.CONTRIBUTOR)).with(csrf())
			.param("title", "Ziel " + SCRIPT).param("description", "Warum " + SCRIPT));

		assertThat(invalid.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(invalid)).contains("href=\"#title\"", "Der Titel des Ziels ist zu kurz", "aria-describedby=\"title-error title-hint\"");
		assertThat(proposed.getResponse().getStatus()).isEqualTo(302);
		String admin = html(perform(get(adminPage()).with(editor())));
		assertThat(admin).contains("Ziel &lt;script&gt;", "Warum &lt;script&gt;", lead).doesNotContain(SCRIPT);
	}

	@Test
	void editorsRejectWithAReasonThroughTheirPages() throws Exception {
		perform(post(groupPage() + "/vorschlaege").with(as(lead, wiesbaden, TenantRole.CONTRIBUTOR)).with(csrf()).param("title", "Sprachkurse"));
		String suggestion = fixture.asEditor(() -> suggestions.of(group.id()).get(0).id().toString());
		String reject = adminPage() + "/vorschlaege/" + suggestion + "/ablehnen";

		MvcResult withoutReason = perform(post(reject).with(editor()).with(csrf()).param("text", ""));
		MvcResult byMember = perform(post(reject).with(as(lead, wiesbaden, TenantRole.CONTRIBUTOR)).with(csrf()).param("text", "Nein"));
		MvcResult rejected = perform(post(reject).with(editor()).with(csrf()).param("text", "Gibt es schon " + SCRIPT));

		assertThat(withoutReason.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(withoutReason)).contains("Die Begründung der Ablehnung fehlt.", "href=\"#text\"");
		assertThat(byMember.getResponse().getStatus()).isEqualTo(403);
		assertThat(rejected.getResponse().getStatus()).isEqualTo(302);
		assertThat(html(perform(get(groupPage()).with(as(lead, wiesbaden, TenantRole.CONTRIBUTOR)))))
			.contains("abgelehnt", "Gibt es schon &lt;script&gt;").doesNotContain(SCRIPT);
	}

	@Test
	void theLeitungKeepsMinutesWithAFileThroughThePages() throws Exception {
		String minutes = groupPage() + "/sitzungen/" + meeting.id() + "/protokoll";
		String member = fixture.person("mitglied", TenantRole.CONTRIBUTOR);
		fixture.asEditor(() -> groups.addMember(group.id(), member, WorkingGroup.MemberRole.MITGLIED));

		MvcResult formForMember = perform(get(minutes).with(as(member, wiesbaden, TenantRole.CONTRIBUTOR)));
		MvcResult saved = perform(post(minutes).with(as(lead, wiesbaden, TenantRole.CONTRIBUTOR)).with(csrf()).param("text", "Ergebnis " + SCRIPT));
		MvcResult empty = perform(multipart(groupPage() + "/sitzungen/" + meeting.id() + "/dateien")
			.file(new MockMultipartFile("file", "leer.txt", "text/plain", new byte[0])).with(as(lead, wiesbaden, TenantRole.CONTRIBUTOR)).with(csrf()));
		MvcResult attached = perform(multipart(groupPage() + "/sitzungen/" + meeting.id() + "/dateien")
			.file(new MockMultipartFile("file", "anwesenheit.txt", "text/plain", "7 Personen".getBytes(StandardCharsets.UTF_8)))
			.with(as(lead, wiesbaden, TenantRole.CONTRIBUTOR)).with(csrf()));

		assertThat(formForMember.getResponse().getStatus()).isEqualTo(403);
		assertThat(saved.getResponse().getStatus()).isEqualTo(302);
		assertThat(empty.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(empty)).contains("href=\"#file\"", "aria-describedby=\"file-error file-hint\"");
		assertThat(attached.getResponse().getStatus()).isEqualTo(302);
		String page = html(perform(get(groupPage()).with(as(member, wiesbaden, TenantRole.CONTRIBUTOR))));
		assertThat(page).contains("Ergebnis &lt;script&gt;", "anwesenheit.txt").doesNotContain(SCRIPT);
		String link = page.replaceAll("(?s).*href=\"([^\"]*/dateien/[^\"]*)\".*", "$1");
		assertThat(html(perform(get(link).with(as(member, wiesbaden, TenantRole.CONTRIBUTOR))))).isEqualTo("7 Personen");
		assertThat(perform(get(link)).getResponse().getStatus()).isIn(302, 401, 403);
	}

	@Test
	void anotherTenantsStaffReachNeitherTheGroupNorItsAdministration() throws Exception {
		UserRequestPostProcessor foreignEditor = as("redaktion@dietzenbach.invalid", dietzenbach, TenantRole.EDITOR);

		assertThat(perform(get(groupPage()).with(foreignEditor)).getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(get(adminPage()).with(foreignEditor)).getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(post(adminPage() + "/mitglieder").with(foreignEditor).with(csrf()).param("email", lead).param("role", "MITGLIED"))
			.getResponse().getStatus()).isEqualTo(403);
		String foreignPath = "/dietzenbach/verwaltung/beteiligung/" + process.id() + "/arbeitsgruppen/" + group.id();
		assertThat(perform(get(foreignPath).with(foreignEditor)).getResponse().getStatus()).isEqualTo(404);
		assertThat(perform(get("/dietzenbach/beteiligung/" + process.id() + "/arbeitsgruppen")).getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void editorsAddMembersByAddressAndSeeRefusalsNextToTheField() throws Exception {
		String citizen = fixture.person("buerger", TenantRole.CITIZEN);
		String member = fixture.person("mitglied", TenantRole.CONTRIBUTOR);

		MvcResult refused = perform(post(adminPage() + "/mitglieder").with(editor()).with(csrf()).param("email", citizen).param("role", "MITGLIED"));
		MvcResult added = perform(post(adminPage() + "/mitglieder").with(editor()).with(csrf()).param("email", member).param("role", "MITGLIED"));

		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(refused)).contains("href=\"#email\"", "mindestens die Rolle", "<legend>Rolle in der Arbeitsgruppe</legend>");
		assertThat(added.getResponse().getStatus()).isEqualTo(302);
		assertThat(html(perform(get(adminPage()).with(editor())))).contains(member, lead);
	}
}
