package de.integrationskonzept.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.EditionStatus;
import de.integrationskonzept.concepts.Resolution;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Arbeitsgruppen through the REST API: who may propose, accept and reject goal suggestions, that
 * accepting adds the goal to the draft edition (and only to a draft), members need CONTRIBUTOR,
 * and another tenant's members reach nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class WorkingGroupApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired MockMvc mvc;
	@Autowired Tenants tenants;
	@Autowired TenantScope tenantScope;
	@Autowired TransactionTemplate transactions;
	@Autowired DataSource dataSource;
	@Autowired ParticipationProcesses processes;
	@Autowired ConceptEditions editions;
	@Autowired ApplicationEvents events;
	private TenantId wiesbaden;
	private TenantId dietzenbach;
	private WorkingGroupFixture fixture;
	private Edition edition;
	private ParticipationProcess process;
	private String base;
	private String lead;

	@BeforeEach
	void setUp() throws Exception {
		wiesbaden = tenants.findActiveBySlug("wiesbaden").orElseThrow().id();
		dietzenbach = tenants.findActiveBySlug("dietzenbach").orElseThrow().id();
		fixture = new WorkingGroupFixture(new JdbcTemplate(dataSource), transactions, tenantScope, editions, processes, wiesbaden);
		edition = fixture.draftEdition();
		process = fixture.processFor(edition, TestProcesses.ideasFromTo(-10, 10));
		base = "/api/wiesbaden/participation/processes/" + process.id() + "/working-groups";
		lead = fixture.person("leitung", TenantRole.CONTRIBUTOR);
	}

	private JwtRequestPostProcessor as(String email, TenantId tenant, TenantRole role) {
		return jwt().jwt(token -> token.subject(email)).authorities(TenantAuthority.of(tenant, role));
	}

	private JwtRequestPostProcessor editor() {
		return as("redaktion@demo.invalid", wiesbaden, TenantRole.EDITOR);
	}

	private MvcResult perform(MockHttpServletRequestBuilder request, JwtRequestPostProcessor caller, String body) throws Exception {
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return mvc.perform(request.with(caller)).andReturn();
	}

	private static JsonNode json(MvcResult result) throws Exception {
		return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private Edition.Field field() {
		return edition.fields().get(0);
	}

	/** A group for the edition's first field with {@link #lead} as its Leitung. */
	private String group() throws Exception {
		MvcResult created = perform(post(base), editor(), "{\"fieldId\":\"" + field().id() + "\",\"name\":\"AG Bildung\",\"description\":\"Kita bis Beruf\"}");
		assertThat(created.getResponse().getStatus()).as(body(created)).isEqualTo(201);
		String id = json(created).get("id").asString();
		assertThat(perform(post(base + "/" + id + "/members"), editor(), "{\"email\":\"" + lead + "\",\"role\":\"LEITUNG\"}")
			.getResponse().getStatus()).isEqualTo(201);
		return id;
	}

	private MvcResult propose(String group, JwtRequestPostProcessor caller, String title) throws Exception {
		return perform(post(base + "/" + group + "/suggestions"), caller, "{\"title\":\"" + title + "\",\"description\":\"Mehr Sprachkurse\"}");
	}

	private JsonNode suggestions(String group) throws Exception {
		return json(perform(get(base + "/" + group + "/suggestions"), editor(), null));
	}

	@Test
	void onlyMembersOfTheGroupProposeGoals() throws Exception {
		String group = group();
		String outsider = fixture.person("aussen", TenantRole.CONTRIBUTOR);

		MvcResult byOutsider = propose(group, as(outsider, wiesbaden, TenantRole.CONTRIBUTOR), "Vorschlag von außen");
		MvcResult byEditor = propose(group, editor(), "Vorschlag der Redaktion");
		MvcResult byMember = propose(group, as(lead, wiesbaden, TenantRole.CONTRIBUTOR), "Sprachkurse für alle");

		assertThat(byOutsider.getResponse().getStatus()).isEqualTo(403);
		assertThat(byEditor.getResponse().getStatus()).isEqualTo(403);
		assertThat(byMember.getResponse().getStatus()).isEqualTo(201);
		assertThat(json(byMember).get("status").asString()).isEqualTo("OFFEN");
		assertThat(suggestions(group)).hasSize(1);
		assertThat(suggestions(group).get(0).get("title").asString()).isEqualTo("Sprachkurse für alle");
		// A member whose tenant role was reduced to citizen acts no longer in the group.
		assertThat(propose(group, as(lead, wiesbaden, TenantRole.CITIZEN), "Als Bürgerin").getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void onlyEditorsAcceptAndAcceptingAddsTheGoalToTheDraftEdition() throws Exception {
		String group = group();
		Edition.Goal parent = field().goals().get(0);
		String top = json(propose(group, as(lead, wiesbaden, TenantRole.CONTRIBUTOR), "Sprachkurse für alle")).get("id").asString();
		String sub = json(perform(post(base + "/" + group + "/suggestions"), as(lead, wiesbaden, TenantRole.CONTRIBUTOR),
				"{\"title\":\"Kurse am Abend\",\"parentGoalId\":\"" + parent.id() + "\"}")).get("id").asString();

		MvcResult byMember = perform(post(base + "/" + group + "/suggestions/" + top + "/accept"), as(lead, wiesbaden, TenantRole.CONTRIBUTOR), null);
		MvcResult accepted = perform(post(base + "/" + group + "/suggestions/" + top + "/accept"), editor(), null);
		MvcResult acceptedSub = perform(post(base + "/" + group + "/suggestions/" + sub + "/accept"), editor(), null);

		assertThat(byMember.getResponse().getStatus()).isEqualTo(403);
		assertThat(accepted.getResponse().getStatus()).as(body(accepted)).isEqualTo(200);
		assertThat(json(accepted).get("status").asString()).isEqualTo("ANGENOMMEN");
		UUID goalId = UUID.fromString(json(accepted).get("goalId").asString());
		UUID subGoalId = UUID.fromString(json(acceptedSub).get("goalId").asString());
		Edition.Field saved = fixture.edition(edition).fields().get(0);
		assertThat(saved.goals()).hasSize(field().goals().size() + 1);
		Edition.Goal added = saved.goals().get(saved.goals().size() - 1);
		assertThat(added.id()).isEqualTo(goalId);
		assertThat(added.title().german()).isEqualTo("Sprachkurse für alle");
		assertThat(added.description().german()).isEqualTo("Mehr Sprachkurse");
		assertThat(saved.goals().get(0).subGoals()).extracting(Edition.Goal::id).contains(subGoalId);
		assertThat(events.stream(ParticipationEvents.GoalSuggestionAccepted.class)).anySatisfy(event -> {
			assertThat(event.tenantId()).isEqualTo(wiesbaden);
			assertThat(event.processId()).isEqualTo(process.id());
			assertThat(event.suggestionId()).isEqualTo(UUID.fromString(top));
			assertThat(event.goalId()).isEqualTo(goalId);
		});
		MvcResult again = perform(post(base + "/" + group + "/suggestions/" + top + "/accept"), editor(), null);
		assertThat(again.getResponse().getStatus()).isEqualTo(409);
	}

	@Test
	void acceptingForAnEditionNoLongerInDraftIsRefusedAndChangesNothing() throws Exception {
		String group = group();
		String suggestion = json(propose(group, as(lead, wiesbaden, TenantRole.CONTRIBUTOR), "Sprachkurse für alle")).get("id").asString();
		Edition submitted = fixture.asEditor(() -> editions.changeStatus(edition.id(), EditionStatus.ZUR_BESCHLUSSFASSUNG, Resolution.NONE,
				edition.version()));

		MvcResult refused = perform(post(base + "/" + group + "/suggestions/" + suggestion + "/accept"), editor(), null);

		assertThat(refused.getResponse().getStatus()).isEqualTo(409);
		assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(body(refused)).contains("Ausgabe nicht mehr im Entwurf", "zur Beschlussfassung");
		Edition after = fixture.edition(edition);
		assertThat(after.version()).isEqualTo(submitted.version());
		assertThat(after.allGoals().count()).isEqualTo(edition.allGoals().count());
		assertThat(suggestions(group).get(0).get("status").asString()).isEqualTo("OFFEN");
		assertThat(events.stream(ParticipationEvents.GoalSuggestionAccepted.class)).isEmpty();
	}

	@Test
	void rejectingNeedsAReasonWhichTheGroupSees() throws Exception {
		String group = group();
		String suggestion = json(propose(group, as(lead, wiesbaden, TenantRole.CONTRIBUTOR), "Sprachkurse für alle")).get("id").asString();
		String reject = base + "/" + group + "/suggestions/" + suggestion + "/reject";

		MvcResult withoutReason = perform(post(reject), editor(), "{\"reason\":\"  \"}");
		MvcResult byMember = perform(post(reject), as(lead, wiesbaden, TenantRole.CONTRIBUTOR), "{\"reason\":\"Passt nicht\"}");

		assertThat(withoutReason.getResponse().getStatus()).isEqualTo(422);
		assertThat(body(withoutReason)).contains("Die Begründung der Ablehnung fehlt.");
		assertThat(byMember.getResponse().getStatus()).isEqualTo(403);
		assertThat(suggestions(group).get(0).get("status").asString()).isEqualTo("OFFEN");

		MvcResult rejected = perform(post(reject), editor(), "{\"reason\":\"Ist schon Ziel 1.2\"}");

		assertThat(rejected.getResponse().getStatus()).isEqualTo(200);
		JsonNode seenByGroup = json(perform(get(base + "/" + group + "/suggestions"), as(lead, wiesbaden, TenantRole.CONTRIBUTOR), null)).get(0);
		assertThat(seenByGroup.get("status").asString()).isEqualTo("ABGELEHNT");
		assertThat(seenByGroup.get("rejectionReason").asString()).isEqualTo("Ist schon Ziel 1.2");
		assertThat(fixture.edition(edition).allGoals().count()).isEqualTo(edition.allGoals().count());
	}

	@Test
	void membersMustBeAccountsOfTheTenantWithAtLeastContributor() throws Exception {
		String group = group();
		String citizen = fixture.person("buerger", TenantRole.CITIZEN);
		String members = base + "/" + group + "/members";

		MvcResult unknown = perform(post(members), editor(), "{\"email\":\"niemand@test.invalid\",\"role\":\"MITGLIED\"}");
		MvcResult onlyCitizen = perform(post(members), editor(), "{\"email\":\"" + citizen + "\",\"role\":\"MITGLIED\"}");
		MvcResult byContributor = perform(post(members), as(lead, wiesbaden, TenantRole.CONTRIBUTOR),
				"{\"email\":\"" + lead + "\",\"role\":\"MITGLIED\"}");

		assertThat(unknown.getResponse().getStatus()).isEqualTo(422);
		assertThat(body(unknown)).contains("kein Konto mit einer Rolle in dieser Kommune");
		assertThat(onlyCitizen.getResponse().getStatus()).isEqualTo(422);
		assertThat(body(onlyCitizen)).contains("mindestens die Rolle");
		assertThat(byContributor.getResponse().getStatus()).isEqualTo(403);
		JsonNode list = json(perform(get(members), editor(), null));
		assertThat(list).hasSize(1);
		assertThat(list.get(0).get("role").asString()).isEqualTo("LEITUNG");
		assertThat(list.get(0).get("email").asString()).isEqualTo(lead);
		// Members see each other's names, not their addresses.
		assertThat(json(perform(get(members), as(lead, wiesbaden, TenantRole.CONTRIBUTOR), null)).get(0).get("email").isNull()).isTrue();

		String accountId = list.get(0).get("accountId").asString();
		assertThat(perform(delete(members + "/" + accountId), editor(), null).getResponse().getStatus()).isEqualTo(204);
		assertThat(propose(group, as(lead, wiesbaden, TenantRole.CONTRIBUTOR), "Nach dem Austritt").getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void theLeitungSchedulesMeetingsAndKeepsMinutesWhichOnlyMembersRead() throws Exception {
		String group = group();
		String member = fixture.person("mitglied", TenantRole.CONTRIBUTOR);
		perform(post(base + "/" + group + "/members"), editor(), "{\"email\":\"" + member + "\",\"role\":\"MITGLIED\"}");
		String meeting = "{\"startsAt\":\"2026-12-03T18:30\",\"location\":\"Rathaus, Raum 12\",\"online\":false,\"agenda\":\"TOP 1: Ziele\"}";

		MvcResult byMember = perform(post(base + "/" + group + "/meetings"), as(member, wiesbaden, TenantRole.CONTRIBUTOR), meeting);
		MvcResult byLead = perform(post(base + "/" + group + "/meetings"), as(lead, wiesbaden, TenantRole.CONTRIBUTOR), meeting);
		String id = json(byLead).get("id").asString();
		MvcResult minutes = perform(put(base + "/" + group + "/meetings/" + id + "/minutes"), as(lead, wiesbaden, TenantRole.CONTRIBUTOR),
				"{\"minutes\":\"Beschlossen: drei Zielvorschläge\"}");

		assertThat(byMember.getResponse().getStatus()).isEqualTo(403);
		assertThat(byLead.getResponse().getStatus()).isEqualTo(201);
		assertThat(minutes.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(perform(get(base + "/" + group + "/meetings"), as(member, wiesbaden, TenantRole.CONTRIBUTOR), null)))
			.contains("Beschlossen: drei Zielvorschläge", "TOP 1: Ziele", "2026-12-03T18:30");
		String outsider = fixture.person("aussen", TenantRole.CONTRIBUTOR);
		assertThat(perform(get(base + "/" + group + "/meetings"), as(outsider, wiesbaden, TenantRole.CONTRIBUTOR), null).getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(perform(get(base + "/" + group + "/members"), as(outsider, wiesbaden, TenantRole.CONTRIBUTOR), null).getResponse()
			.getStatus()).isEqualTo(403);
		// Everyone of the tenant sees the group with its meeting dates, without agenda, minutes or members.
		String listed = body(perform(get(base), as(outsider, wiesbaden, TenantRole.CITIZEN), null));
		assertThat(listed).contains("AG Bildung", "2026-12-03T18:30").doesNotContain("TOP 1", "Beschlossen", lead);
	}

	@Test
	void theLeitungAttachesFilesToTheMinutesWhichOnlyMembersDownload() throws Exception {
		String group = group();
		String member = fixture.person("mitglied", TenantRole.CONTRIBUTOR);
		String outsider = fixture.person("aussen", TenantRole.CONTRIBUTOR);
		perform(post(base + "/" + group + "/members"), editor(), "{\"email\":\"" + member + "\",\"role\":\"MITGLIED\"}");
		String meeting = json(perform(post(base + "/" + group + "/meetings"), as(lead, wiesbaden, TenantRole.CONTRIBUTOR),
				"{\"startsAt\":\"2026-12-03T18:30\",\"location\":\"Rathaus\"}")).get("id").asString();
		String files = base + "/" + group + "/meetings/" + meeting + "/files";
		MockMultipartFile text = new MockMultipartFile("file", "protokoll.txt", "text/plain", "Anwesend: 7".getBytes(StandardCharsets.UTF_8));
		MockMultipartFile html = new MockMultipartFile("file", "x.html", "text/html", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));

		MvcResult byMember = mvc.perform(multipart(files).file(text).with(as(member, wiesbaden, TenantRole.CONTRIBUTOR))).andReturn();
		MvcResult refused = mvc.perform(multipart(files).file(html).with(as(lead, wiesbaden, TenantRole.CONTRIBUTOR))).andReturn();
		MvcResult attached = mvc.perform(multipart(files).file(text).param("caption", "Anwesenheit").with(as(lead, wiesbaden, TenantRole.CONTRIBUTOR)))
			.andReturn();

		assertThat(byMember.getResponse().getStatus()).isEqualTo(403);
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(attached.getResponse().getStatus()).as(body(attached)).isEqualTo(201);
		String file = files + "/" + json(attached).get("id").asString();
		MvcResult download = perform(get(file), as(member, wiesbaden, TenantRole.CONTRIBUTOR), null);
		assertThat(download.getResponse().getStatus()).isEqualTo(200);
		assertThat(download.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo("Anwesend: 7");
		assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(body(perform(get(base + "/" + group + "/meetings"), as(member, wiesbaden, TenantRole.CONTRIBUTOR), null)))
			.contains("protokoll.txt", "Anwesenheit");
		assertThat(perform(get(file), as(outsider, wiesbaden, TenantRole.CONTRIBUTOR), null).getResponse().getStatus()).isEqualTo(403);
		String foreignFile = file.replace("/api/wiesbaden/", "/api/dietzenbach/");
		assertThat(perform(get(foreignFile), as("redaktion@dietzenbach.invalid", dietzenbach, TenantRole.EDITOR), null).getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(perform(delete(file), as(member, wiesbaden, TenantRole.CONTRIBUTOR), null).getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(delete(file), editor(), null).getResponse().getStatus()).isEqualTo(204);
		assertThat(perform(get(file), editor(), null).getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void proposalsAreRefusedOnceTheProcessHasEnded() throws Exception {
		process = fixture.processFor(edition, TestProcesses.ideasFromTo(-60, -40));
		base = "/api/wiesbaden/participation/processes/" + process.id() + "/working-groups";
		String group = group();

		MvcResult refused = propose(group, as(lead, wiesbaden, TenantRole.CONTRIBUTOR), "Zu spät");

		assertThat(refused.getResponse().getStatus()).isEqualTo(409);
		assertThat(body(refused)).contains("Das Beteiligungsverfahren ist beendet");
		assertThat(suggestions(group)).isEmpty();
	}

	@Test
	void membersOfAnotherTenantCanNeitherReadNorChangeTheGroups() throws Exception {
		String group = group();
		String suggestion = json(propose(group, as(lead, wiesbaden, TenantRole.CONTRIBUTOR), "Sprachkurse für alle")).get("id").asString();
		JwtRequestPostProcessor foreignEditor = as("redaktion@dietzenbach.invalid", dietzenbach, TenantRole.EDITOR);
		String foreignBase = "/api/dietzenbach/participation/processes/" + process.id() + "/working-groups";

		// With a valid token of Dietzenbach on Wiesbaden's paths: refused.
		assertThat(perform(get(base), foreignEditor, null).getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(get(base + "/" + group + "/members"), foreignEditor, null).getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(post(base + "/" + group + "/suggestions/" + suggestion + "/accept"), foreignEditor, null).getResponse().getStatus())
			.isEqualTo(403);
		// Through Dietzenbach's own paths, Wiesbaden's process and group do not exist (row-level security).
		assertThat(perform(get(foreignBase), foreignEditor, null).getResponse().getStatus()).isEqualTo(404);
		assertThat(perform(get(foreignBase + "/" + group), foreignEditor, null).getResponse().getStatus()).isEqualTo(404);
		assertThat(perform(post(foreignBase + "/" + group + "/suggestions/" + suggestion + "/accept"), foreignEditor, null).getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(perform(post(foreignBase + "/" + group + "/suggestions/" + suggestion + "/reject"), foreignEditor, "{\"reason\":\"Fremd\"}")
			.getResponse().getStatus()).isEqualTo(404);
		assertThat(suggestions(group).get(0).get("status").asString()).isEqualTo("OFFEN");
		assertThat(fixture.edition(edition).allGoals().count()).isEqualTo(edition.allGoals().count());
	}
}
