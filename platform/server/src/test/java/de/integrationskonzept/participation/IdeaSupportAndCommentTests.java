package de.integrationskonzept.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
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
 * Support and comments: once per person and never for one's own idea; comments validated, escaped
 * and shown without names; a deleted account leaves "gelöschter Nutzer"; abuse limits.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IdeaSupportAndCommentTests {

	@Autowired MockMvc mvc;
	@Autowired Tenants tenants;
	@Autowired TenantScope tenantScope;
	@Autowired ParticipationProcesses processes;
	@Autowired Ideas ideas;
	@Autowired JdbcTemplate jdbc;
	@Autowired org.springframework.core.env.Environment environment;
	@Autowired org.springframework.transaction.support.TransactionTemplate transactions;
	private TenantId wiesbaden;
	private ParticipationProcess process;
	private String author;
	private Idea idea;

	@BeforeEach
	void setUp() {
		wiesbaden = tenants.findActiveBySlug("wiesbaden").orElseThrow().id();
		process = TestProcesses.create(processes, tenantScope, wiesbaden, TestProcesses.ideasFromTo(-5, 5));
		author = IdeaPeople.person(jdbc, "autorin");
		idea = IdeaPeople.submit(ideas, tenantScope, author, wiesbaden, process, "Sprachcafé am Markt");
	}

	private MvcResult perform(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn();
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private MvcResult support(String email) throws Exception {
		return perform(post("/api/wiesbaden/participation/ideas/" + idea.id() + "/support")
			.with(IdeaPeople.token(email, wiesbaden, TenantRole.CITIZEN)));
	}

	private Idea reload() {
		return tenantScope.callAs(wiesbaden, () -> ideas.get(idea.id()));
	}

	@Test
	void eachPersonSupportsAnIdeaOnceButNotTheirOwnAndCanWithdraw() throws Exception {
		String first = IdeaPeople.person(jdbc, "unterstuetzerin");
		String second = IdeaPeople.person(jdbc, "unterstuetzer");

		assertThat(support(first).getResponse().getStatus()).isEqualTo(200);
		MvcResult again = support(first);
		assertThat(again.getResponse().getStatus()).isEqualTo(409);
		assertThat(body(again)).contains("Sie unterstützen diese Idee bereits.");
		MvcResult own = support(author);
		assertThat(own.getResponse().getStatus()).isEqualTo(409);
		assertThat(body(own)).contains("Ihre eigene Idee können Sie nicht unterstützen.");
		assertThat(body(support(second))).contains("\"supporters\":2", "\"supportedByMe\":true");
		assertThat(reload().supporters()).isEqualTo(2);

		perform(delete("/api/wiesbaden/participation/ideas/" + idea.id() + "/support").with(IdeaPeople.token(second, wiesbaden, TenantRole.CITIZEN)));
		assertThat(reload().supporters()).isEqualTo(1);
		assertThat(body(perform(get("/wiesbaden/beteiligung/" + process.id())))).contains("1 Person unterstützt diese Idee");
	}

	@Test
	void supportThroughThePageFormWorksWithoutJavaScript() throws Exception {
		String citizen = IdeaPeople.person(jdbc, "formular");
		var session = IdeaPeople.session(citizen, wiesbaden, TenantRole.CITIZEN);
		String page = "/wiesbaden/beteiligung/" + process.id();
		assertThat(body(perform(get(page).with(session)))).contains("action=\"" + page + "/ideen/" + idea.id() + "/unterstuetzen\"",
				"Idee unterstützen</button>");
		assertThat(body(perform(get(page).with(IdeaPeople.session(author, wiesbaden, TenantRole.CITIZEN)))))
			.as("no support button on one's own idea").doesNotContain("Idee unterstützen</button>");

		MvcResult supported = perform(post(page + "/ideen/" + idea.id() + "/unterstuetzen").with(session).with(csrf()));

		assertThat(supported.getResponse().getRedirectedUrl()).isEqualTo(page + "#idee-" + idea.id());
		assertThat(supported.getFlashMap().get("message")).isEqualTo("Danke! Sie unterstützen diese Idee.");
		assertThat(body(perform(get(page).with(session)))).contains("Unterstützung zurückziehen</button>");
		MvcResult twice = perform(post(page + "/ideen/" + idea.id() + "/unterstuetzen").with(session).with(csrf()));
		assertThat(twice.getFlashMap().get("error")).isEqualTo("Sie unterstützen diese Idee bereits.");
		assertThat(reload().supporters()).isEqualTo(1);
	}

	@Test
	void commentsAreValidatedEscapedAndShownWithoutNamesOldestFirst() throws Exception {
		String commenter = IdeaPeople.person(jdbc, "kommentatorin");
		var session = IdeaPeople.session(commenter, wiesbaden, TenantRole.CITIZEN);
		String page = "/wiesbaden/beteiligung/" + process.id();

		MvcResult tooShort = perform(post(page + "/ideen/" + idea.id() + "/kommentare").with(session).with(csrf()).param("text", " x "));
		assertThat(tooShort.getResponse().getStatus()).isEqualTo(422);
		assertThat(body(tooShort)).contains("Ihr Kommentar ist zu kurz (mindestens 2 Zeichen).", "href=\"#kommentar-text-" + idea.id() + "\"",
				"aria-invalid=\"true\"");
		MvcResult tooLong = perform(post("/api/wiesbaden/participation/ideas/" + idea.id() + "/comments")
			.with(IdeaPeople.token(commenter, wiesbaden, TenantRole.CITIZEN)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"" + "x".repeat(2001) + "\"}"));
		assertThat(tooLong.getResponse().getStatus()).isEqualTo(422);
		assertThat(reload().comments()).isEmpty();

		perform(post(page + "/ideen/" + idea.id() + "/kommentare").with(session).with(csrf()).param("text", "Gute Idee, ich helfe mit."));
		perform(post(page + "/ideen/" + idea.id() + "/kommentare").with(session).with(csrf())
			.param("text", "<script>alert('x')</script> & mehr"));

		String html = body(perform(get(page)));
		assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; mehr").doesNotContain("<script>alert");
		assertThat(html.indexOf("Gute Idee, ich helfe mit.")).isLessThan(html.indexOf("&lt;script&gt;"));
		assertThat(html).contains("Bürgerin/Bürger").doesNotContain(commenter).doesNotContain("kommentatorin");
		assertThat(body(perform(get("/api/wiesbaden/participation/ideas/" + idea.id()).with(IdeaPeople.token(author, wiesbaden,
				TenantRole.CITIZEN))))).contains("\"author\":\"Bürgerin/Bürger\"").doesNotContain(commenter);
	}

	@Test
	void aDeletedAccountLeavesItsIdeaAndCommentsAsGeloeschterNutzer() throws Exception {
		String commenter = IdeaPeople.person(jdbc, "geht");
		IdeaPeople.as(tenantScope, commenter, wiesbaden, TenantRole.CITIZEN, () -> ideas.comment(idea.id(), "Das unterstütze ich gern."));
		IdeaPeople.as(tenantScope, commenter, wiesbaden, TenantRole.CITIZEN, () -> ideas.support(idea.id()));

		IdeaPeople.deleteAccounts(environment, author, commenter);

		Idea anonymised = reload();
		assertThat(anonymised.author()).isEqualTo("gelöschter Nutzer");
		assertThat(anonymised.comments()).singleElement().satisfies(comment -> {
			assertThat(comment.author()).isEqualTo("gelöschter Nutzer");
			assertThat(comment.text()).isEqualTo("Das unterstütze ich gern.");
		});
		assertThat(anonymised.supporters()).as("support of a deleted account still counts").isEqualTo(1);
		assertThat(body(perform(get("/wiesbaden/beteiligung/" + process.id())))).contains("gelöschter Nutzer", "Sprachcafé am Markt");
	}

	@Test
	void aPersonSubmitsAtMostTenIdeasADay() throws Exception {
		String busy = IdeaPeople.person(jdbc, "fleissig");
		for (int i = 1; i <= 10; i++) {
			IdeaPeople.submit(ideas, tenantScope, busy, wiesbaden, process, "Idee Nummer " + i);
		}
		MvcResult eleventh = perform(post("/api/wiesbaden/participation/processes/" + process.id() + "/ideas")
			.with(IdeaPeople.token(busy, wiesbaden, TenantRole.CITIZEN)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Idee Nummer 11\",\"text\":\"Noch eine Idee mit genug Text.\",\"consent\":true}"));

		assertThat(eleventh.getResponse().getStatus()).isEqualTo(429);
		assertThat(body(eleventh)).contains("Sie haben heute schon 10 Ideen eingereicht.");
		assertThat(tenantScope.callAs(wiesbaden, () -> ideas.of(process.id())).stream().map(Idea::title)).doesNotContain("Idee Nummer 11")
			.contains("Idee Nummer 10");
		// Another person is not affected.
		assertThat(IdeaPeople.submit(ideas, tenantScope, IdeaPeople.person(jdbc, "andere"), wiesbaden, process, "Andere Idee").title())
			.isEqualTo("Andere Idee");
	}

	@Test
	void supportAndCommentsEndWithTheIdeensammlung() {
		ParticipationProcess over = TestProcesses.create(processes, tenantScope, wiesbaden, TestProcesses.ideasFromTo(-1, 0));
		Idea late = IdeaPeople.submit(ideas, tenantScope, author, wiesbaden, over, "Am letzten Tag");
		// The Ideensammlung ended yesterday (moved back as if time had passed).
		tenantScope.runAs(wiesbaden, () -> transactions.executeWithoutResult(status -> jdbc.update(
				"update participation.phase set starts_on = starts_on - 10, ends_on = ends_on - 10 where process_id = ?", over.id())));
		String citizen = IdeaPeople.person(jdbc, "spaet");

		org.assertj.core.api.Assertions.assertThatThrownBy(() -> IdeaPeople.as(tenantScope, citizen, wiesbaden, TenantRole.CITIZEN,
				() -> ideas.support(late.id()))).isInstanceOf(ParticipationProblems.PhaseClosed.class);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> IdeaPeople.as(tenantScope, citizen, wiesbaden, TenantRole.CITIZEN,
				() -> ideas.comment(late.id(), "Zu spät?"))).isInstanceOf(ParticipationProblems.PhaseClosed.class);
		assertThat(tenantScope.callAs(wiesbaden, () -> ideas.get(late.id())).supporters()).isZero();
	}
}
