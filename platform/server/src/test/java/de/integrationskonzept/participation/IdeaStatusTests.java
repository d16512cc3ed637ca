package de.integrationskonzept.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;
import de.integrationskonzept.publishing.internal.FieldSlugs;

/**
 * What became of an idea: editors move it through the review into a goal or measure of the
 * edition (announced as IdeaAccepted, shown on the public Handlungsfeld page) or decline it with a
 * reason, and the author reads the outcome under "Meine Beiträge".
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class IdeaStatusTests {

	private static final String EDITOR = "redaktion@demo.invalid";

	@Autowired MockMvc mvc;
	@Autowired Tenants tenants;
	@Autowired TenantScope tenantScope;
	@Autowired ParticipationProcesses processes;
	@Autowired Ideas ideas;
	@Autowired ConceptEditions editions;
	@Autowired JdbcTemplate jdbc;
	@Autowired ApplicationEvents events;
	private TenantId wiesbaden;
	private ParticipationProcess process;
	private String author;
	private Idea idea;

	@BeforeEach
	void setUp() {
		wiesbaden = tenants.findActiveBySlug("wiesbaden").orElseThrow().id();
		process = TestProcesses.create(processes, tenantScope, wiesbaden, TestProcesses.ideasFromTo(-5, 5));
		author = IdeaPeople.person(jdbc, "ideengeberin");
		idea = IdeaPeople.submit(ideas, tenantScope, author, wiesbaden, process, "Mehrsprachige Elternabende " + UUID.randomUUID());
	}

	private MvcResult perform(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn();
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private Idea change(IdeaStatus status, UUID item, String reason) {
		return IdeaPeople.as(tenantScope, EDITOR, wiesbaden, TenantRole.EDITOR,
				() -> ideas.changeStatus(idea.id(), new Ideas.StatusChange(status, item, reason)));
	}

	private Edition edition() {
		return IdeaPeople.as(tenantScope, EDITOR, wiesbaden, TenantRole.EDITOR, () -> editions.get(EditionId.of(TestProcesses.WIESBADEN_EDITION)));
	}

	@Test
	void statusMovesThroughTheReviewAndTakingOverNeedsAGoalOrMeasureOfTheEdition() {
		assertThatThrownBy(() -> change(IdeaStatus.UEBERNOMMEN, edition().measures().getFirst().id(), null))
			.isInstanceOf(ParticipationProblems.Invalid.class).hasMessageContaining("sie kommt zuerst in die Prüfung");
		assertThat(change(IdeaStatus.IN_PRUEFUNG, null, null).status()).isEqualTo(IdeaStatus.IN_PRUEFUNG);

		assertThatThrownBy(() -> change(IdeaStatus.UEBERNOMMEN, null, null))
			.hasMessageContaining("Bitte geben Sie das Ziel oder die Maßnahme an");
		assertThatThrownBy(() -> change(IdeaStatus.UEBERNOMMEN, UUID.randomUUID(), null))
			.hasMessageContaining("Ein Ziel oder eine Maßnahme mit dieser Kennung gibt es in der Ausgabe");
		assertThatThrownBy(() -> change(IdeaStatus.NICHT_UEBERNOMMEN, null, " "))
			.hasMessageContaining("Bitte begründen Sie, warum die Idee nicht übernommen wird.");
		assertThat(tenantScope.callAs(wiesbaden, () -> ideas.get(idea.id())).status()).isEqualTo(IdeaStatus.IN_PRUEFUNG);
		assertThat(events.stream(ParticipationEvents.IdeaAccepted.class)).isEmpty();

		Idea declined = change(IdeaStatus.NICHT_UEBERNOMMEN, null, "Gibt es schon im Familienzentrum.");
		assertThat(declined.status()).isEqualTo(IdeaStatus.NICHT_UEBERNOMMEN);
		assertThat(declined.statusReason()).isEqualTo("Gibt es schon im Familienzentrum.");
		assertThatThrownBy(() -> IdeaPeople.as(tenantScope, author, wiesbaden, TenantRole.CONTRIBUTOR,
				() -> ideas.changeStatus(idea.id(), new Ideas.StatusChange(IdeaStatus.IN_PRUEFUNG, null, null))))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	@Test
	void anIdeaTakenOverIntoASubGoalIsAnnouncedAndShownToItsAuthorAndOnTheHandlungsfeldPage() throws Exception {
		Edition edition = edition();
		Edition.Field field = edition.fields().stream().filter(candidate -> candidate.goals().stream().anyMatch(goal -> !goal.subGoals().isEmpty()))
			.findFirst().orElse(edition.fields().getFirst());
		Edition.Goal goal = field.goals().stream().flatMap(Edition.Goal::withSubGoals).reduce((first, last) -> last).orElseThrow();
		String fieldPage = "/wiesbaden/handlungsfelder/" + FieldSlugs.of(edition, field);
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> perform(get(fieldPage)).getResponse().getStatus() == 200);
		assertThat(body(perform(get(fieldPage)))).doesNotContain(idea.title());
		change(IdeaStatus.IN_PRUEFUNG, null, null);

		MvcResult accepted = perform(put("/api/wiesbaden/participation/ideas/" + idea.id() + "/status")
			.with(IdeaPeople.token(EDITOR, wiesbaden, TenantRole.EDITOR)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"UEBERNOMMEN\",\"acceptedInto\":\"" + goal.id() + "\"}"));

		assertThat(accepted.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(accepted)).contains("\"status\":\"UEBERNOMMEN\"", "\"acceptedInto\":\"" + goal.id() + "\"",
				"Ziel „" + goal.title().german());
		assertThat(events.stream(ParticipationEvents.IdeaAccepted.class)).singleElement().satisfies(event -> {
			assertThat(event.tenantId()).isEqualTo(wiesbaden);
			assertThat(event.processId()).isEqualTo(process.id());
			assertThat(event.ideaId()).isEqualTo(idea.id());
			assertThat(event.itemId()).isEqualTo(goal.id());
		});
		String mine = body(perform(get("/wiesbaden/beteiligung/meine-beitraege").with(IdeaPeople.session(author, wiesbaden, TenantRole.CITIZEN))));
		assertThat(mine).contains(idea.title(), "übernommen", "als Ziel „" + goal.title().german());
		assertThat(tenantScope.callAs(wiesbaden, () -> ideas.behind(java.util.List.of(goal.id())))).containsKey(goal.id());
		// The page cache hears of the change through PostgreSQL (trigger on the idea table) and renders anew.
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(body(perform(get(fieldPage))))
			.contains("Sie haben gesagt – wir haben getan", idea.title()));
	}

	@Test
	void meineBeitraegeNeedsSignInAndShowsOnlyOnesOwnIdeas() throws Exception {
		assertThat(perform(get("/wiesbaden/beteiligung/meine-beitraege")).getResponse().getRedirectedUrl()).contains("/anmelden");
		String other = IdeaPeople.person(jdbc, "andere");
		assertThat(body(perform(get("/wiesbaden/beteiligung/meine-beitraege").with(IdeaPeople.session(other, wiesbaden, TenantRole.CITIZEN)))))
			.contains("Sie haben noch keine Ideen eingereicht.").doesNotContain(idea.title());
	}

	@Test
	void editorsDecideThroughTheStaffPage() throws Exception {
		var editor = IdeaPeople.session(EDITOR, wiesbaden, TenantRole.EDITOR);
		String staffPage = "/wiesbaden/verwaltung/beteiligung/" + process.id() + "/ideen";
		assertThat(body(perform(get(staffPage).with(editor)))).contains(idea.title(), "<legend>Entscheidung zu dieser Idee</legend>");
		assertThat(perform(get(staffPage).with(IdeaPeople.session(author, wiesbaden, TenantRole.CITIZEN))).getResponse().getStatus())
			.isEqualTo(403);

		MvcResult refused = perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(staffPage + "/" + idea.id() + "/status")
			.with(editor).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("status", "NICHT_UEBERNOMMEN").param("reason", ""));
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(body(refused)).contains("Bitte begründen Sie", "href=\"#reason-" + idea.id() + "\"");
	}
}
