package de.integrationskonzept.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * Moderation: reports count once per person, three hide an item for review, editors hide with a
 * public reason or restore, and hidden text reaches neither the page nor the API.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IdeaModerationTests {

	private static final String OFFENSIVE = "Beleidigender Text über die Nachbarn";

	@Autowired MockMvc mvc;
	@Autowired Tenants tenants;
	@Autowired TenantScope tenantScope;
	@Autowired ParticipationProcesses processes;
	@Autowired Ideas ideas;
	@Autowired IdeaModeration moderation;
	@Autowired JdbcTemplate jdbc;
	private TenantId wiesbaden;
	private ParticipationProcess process;
	private Idea idea;
	private String page;

	@BeforeEach
	void setUp() {
		wiesbaden = tenants.findActiveBySlug("wiesbaden").orElseThrow().id();
		process = TestProcesses.create(processes, tenantScope, wiesbaden, TestProcesses.ideasFromTo(-5, 5));
		idea = IdeaPeople.submit(ideas, tenantScope, IdeaPeople.person(jdbc, "verfasser"), wiesbaden, process, OFFENSIVE);
		page = "/wiesbaden/beteiligung/" + process.id();
	}

	private MvcResult perform(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn();
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private MvcResult report(String email) throws Exception {
		return perform(post("/api/wiesbaden/participation/ideas/" + idea.id() + "/reports").with(IdeaPeople.token(email, wiesbaden,
				TenantRole.CITIZEN)).contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"beleidigend\"}"));
	}

	private Moderation state() {
		return tenantScope.callAs(wiesbaden, () -> ideas.get(idea.id())).moderation();
	}

	private String apiAsOther() throws Exception {
		return body(perform(get("/api/wiesbaden/participation/processes/" + process.id())
			.with(IdeaPeople.token(IdeaPeople.person(jdbc, "leserin"), wiesbaden, TenantRole.CITIZEN))));
	}

	@Test
	void threeDifferentPeopleHideAnIdeaForReviewAndOnePersonCountsOnce() throws Exception {
		String first = IdeaPeople.person(jdbc, "melderin");
		assertThat(report(first).getResponse().getStatus()).isEqualTo(204);
		MvcResult twice = report(first);
		assertThat(twice.getResponse().getStatus()).isEqualTo(409);
		assertThat(body(twice)).contains("Sie haben diesen Beitrag bereits gemeldet");
		report(IdeaPeople.person(jdbc, "melder"));
		assertThat(state()).as("two people are not enough").isEqualTo(Moderation.VISIBLE);
		assertThat(body(perform(get(page)))).contains(OFFENSIVE);

		MvcResult third = perform(post(page + "/ideen/" + idea.id() + "/melden").with(csrf())
			.with(IdeaPeople.session(IdeaPeople.person(jdbc, "dritte"), wiesbaden, TenantRole.CITIZEN)).param("reason", "beleidigend"));

		assertThat(third.getFlashMap().get("message")).asString().contains("Ihre Meldung ist eingegangen");
		assertThat(state()).isEqualTo(Moderation.PENDING_REVIEW);
		assertThat(body(perform(get(page)))).doesNotContain(OFFENSIVE).contains("Ausgeblendet: Nach Meldungen wird dieser Beitrag");
		assertThat(apiAsOther()).doesNotContain(OFFENSIVE).contains("\"moderation\":\"PENDING_REVIEW\"");
		assertThat(tenantScope.callAs(wiesbaden, () -> ideas.behind(java.util.List.of(java.util.UUID.randomUUID())))).isEmpty();
	}

	@Test
	void editorsHideWithAPublicReasonAndRestoreClearingTheReports() throws Exception {
		report(IdeaPeople.person(jdbc, "melderin"));
		var editor = IdeaPeople.session("redaktion@demo.invalid", wiesbaden, TenantRole.EDITOR);
		String queuePage = "/wiesbaden/verwaltung/beteiligung/moderation";
		assertThat(body(perform(get(queuePage).with(editor)))).contains(OFFENSIVE, "beleidigend", "Ausblenden</button>")
			.doesNotContain("melderin");
		assertThat(perform(get(queuePage).with(IdeaPeople.session("buergerin@demo.invalid", wiesbaden, TenantRole.CITIZEN)))
			.getResponse().getStatus()).isEqualTo(403);

		MvcResult noReason = perform(post(queuePage + "/IDEA/" + idea.id() + "/ausblenden").with(editor).with(csrf()).param("reason", ""));
		assertThat(noReason.getResponse().getStatus()).isEqualTo(422);
		assertThat(body(noReason)).contains("Der Grund für das Ausblenden fehlt.", "href=\"#grund-" + idea.id() + "\"");
		assertThat(state()).isEqualTo(Moderation.VISIBLE);

		MvcResult hidden = perform(post(queuePage + "/IDEA/" + idea.id() + "/ausblenden").with(editor).with(csrf())
			.param("reason", "beleidigender Inhalt"));
		assertThat(hidden.getResponse().getRedirectedUrl()).isEqualTo(queuePage);
		assertThat(body(perform(get(page)))).contains("Ausgeblendet: beleidigender Inhalt").doesNotContain(OFFENSIVE);
		assertThat(apiAsOther()).contains("\"moderationNote\":\"Ausgeblendet: beleidigender Inhalt\"").doesNotContain(OFFENSIVE);
		assertThat(tenantScope.callAs(wiesbaden, () -> IdeaPeople.as(tenantScope, "redaktion@demo.invalid", wiesbaden, TenantRole.EDITOR,
				moderation::queue))).anySatisfy(entry -> {
					assertThat(entry.id()).isEqualTo(idea.id());
					assertThat(entry.reports()).as("reports are done with").isZero();
					assertThat(entry.text()).as("editors still read the text").contains("Beleidigender Text");
				});

		perform(post(queuePage + "/IDEA/" + idea.id() + "/wiederherstellen").with(editor).with(csrf()));
		assertThat(state()).isEqualTo(Moderation.VISIBLE);
		assertThat(body(perform(get(page)))).contains(OFFENSIVE).doesNotContain("Ausgeblendet");
		assertThat(IdeaPeople.as(tenantScope, "redaktion@demo.invalid", wiesbaden, TenantRole.EDITOR, moderation::queue))
			.noneSatisfy(entry -> assertThat(entry.id()).isEqualTo(idea.id()));
	}

	@Test
	void reportedCommentsAreHiddenLikeIdeasAndOnlyEditorsModerateThroughTheApi() throws Exception {
		String commenter = IdeaPeople.person(jdbc, "kommentar");
		IdeaComment comment = IdeaPeople.as(tenantScope, commenter, wiesbaden, TenantRole.CITIZEN,
				() -> ideas.comment(idea.id(), "Unsachlicher Kommentar hier"));
		for (String prefix : new String[] { "a", "b", "c" }) {
			perform(post("/api/wiesbaden/participation/comments/" + comment.id() + "/reports")
				.with(IdeaPeople.token(IdeaPeople.person(jdbc, prefix), wiesbaden, TenantRole.CITIZEN)));
		}
		assertThat(body(perform(get(page)))).doesNotContain("Unsachlicher Kommentar hier").contains("Ausgeblendet: Nach Meldungen");

		String citizen = IdeaPeople.person(jdbc, "buerger");
		assertThat(perform(post("/api/wiesbaden/participation/moderation/COMMENT/" + comment.id() + "/restore")
			.with(IdeaPeople.token(citizen, wiesbaden, TenantRole.CITIZEN))).getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(get("/api/wiesbaden/participation/moderation").with(IdeaPeople.token(citizen, wiesbaden, TenantRole.CONTRIBUTOR)))
			.getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(post("/api/wiesbaden/participation/moderation/COMMENT/" + comment.id() + "/hide")
			.with(IdeaPeople.token("redaktion@demo.invalid", wiesbaden, TenantRole.EDITOR)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"unsachlich\"}")).getResponse().getStatus()).isEqualTo(204);
		assertThat(body(perform(get(page)))).contains("Ausgeblendet: unsachlich").doesNotContain("Unsachlicher Kommentar hier");
	}
}
