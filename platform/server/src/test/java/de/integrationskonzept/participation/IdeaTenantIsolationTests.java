package de.integrationskonzept.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * Members of another municipality — with a valid token or session of their own tenant — can
 * neither support, comment, report, moderate nor decide on Wiesbaden's ideas, by either path.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IdeaTenantIsolationTests {

	@Autowired MockMvc mvc;
	@Autowired Tenants tenants;
	@Autowired TenantScope tenantScope;
	@Autowired ParticipationProcesses processes;
	@Autowired Ideas ideas;
	@Autowired JdbcTemplate jdbc;
	@Autowired org.springframework.transaction.support.TransactionTemplate transactions;
	private TenantId wiesbaden;
	private TenantId dietzenbach;
	private ParticipationProcess process;
	private Idea idea;
	private IdeaComment comment;

	@BeforeEach
	void setUp() {
		wiesbaden = tenants.findActiveBySlug("wiesbaden").orElseThrow().id();
		dietzenbach = tenants.findActiveBySlug("dietzenbach").orElseThrow().id();
		process = TestProcesses.create(processes, tenantScope, wiesbaden, TestProcesses.ideasFromTo(-5, 5));
		idea = IdeaPeople.submit(ideas, tenantScope, IdeaPeople.person(jdbc, "wiesbadenerin"), wiesbaden, process, "Nur für Wiesbaden");
		comment = IdeaPeople.as(tenantScope, IdeaPeople.person(jdbc, "kommentar"), wiesbaden, TenantRole.CITIZEN,
				() -> ideas.comment(idea.id(), "Ein Wiesbadener Kommentar"));
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	@Test
	void anotherTenantsTokenCanNeitherSupportCommentReportModerateNorDecide() throws Exception {
		String stranger = IdeaPeople.person(jdbc, "dietzenbacher");
		var citizen = IdeaPeople.token(stranger, dietzenbach, TenantRole.CITIZEN);
		var editor = IdeaPeople.token(stranger, dietzenbach, TenantRole.EDITOR);
		for (String slug : new String[] { "wiesbaden", "dietzenbach" }) {
			String api = "/api/" + slug + "/participation";
			int expected = "wiesbaden".equals(slug) ? 403 : 404;
			assertThat(status(post(api + "/ideas/" + idea.id() + "/support").with(citizen))).as(slug).isEqualTo(expected);
			assertThat(status(json(post(api + "/ideas/" + idea.id() + "/comments").with(citizen), "{\"text\":\"Fremd\"}"))).isEqualTo(expected);
			assertThat(status(post(api + "/ideas/" + idea.id() + "/reports").with(citizen))).isEqualTo(expected);
			assertThat(status(post(api + "/comments/" + comment.id() + "/reports").with(citizen))).isEqualTo(expected);
			assertThat(status(json(put(api + "/ideas/" + idea.id() + "/status").with(editor), "{\"status\":\"IN_PRUEFUNG\"}"))).isEqualTo(expected);
			assertThat(status(json(post(api + "/moderation/IDEA/" + idea.id() + "/hide").with(editor), "{\"reason\":\"fremd\"}")))
				.isEqualTo(expected);
			assertThat(status(get(api + "/ideas/" + idea.id()).with(citizen))).isEqualTo(expected);
		}
		String queue = mvc.perform(get("/api/dietzenbach/participation/moderation").with(editor)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(queue).doesNotContain(idea.id().toString(), comment.id().toString());
		assertUnchanged();
	}

	@Test
	void anotherTenantsSessionCannotUseThePageForms() throws Exception {
		var stranger = IdeaPeople.session(IdeaPeople.person(jdbc, "dietzenbacherin"), dietzenbach, TenantRole.EDITOR);
		String page = "/wiesbaden/beteiligung/" + process.id() + "/ideen/" + idea.id();
		assertThat(status(post(page + "/unterstuetzen").with(stranger).with(csrf()))).isEqualTo(403);
		assertThat(status(post(page + "/kommentare").with(stranger).with(csrf()).param("text", "Fremd"))).isEqualTo(403);
		assertThat(status(post(page + "/melden").with(stranger).with(csrf()))).isEqualTo(403);
		assertThat(status(post(page + "/kommentare/" + comment.id() + "/melden").with(stranger).with(csrf()))).isEqualTo(403);
		assertThat(status(post("/wiesbaden/verwaltung/beteiligung/moderation/IDEA/" + idea.id() + "/ausblenden").with(stranger).with(csrf())
			.param("reason", "fremd"))).isEqualTo(403);
		assertThat(status(post("/wiesbaden/verwaltung/beteiligung/" + process.id() + "/ideen/" + idea.id() + "/status").with(stranger)
			.with(csrf()).param("status", "IN_PRUEFUNG"))).isEqualTo(403);
		assertThat(status(post("/dietzenbach/beteiligung/" + process.id() + "/ideen/" + idea.id() + "/unterstuetzen").with(stranger)
			.with(csrf()))).as("through its own path the idea does not exist").isEqualTo(404);
		assertThat(status(get("/dietzenbach/verwaltung/beteiligung/" + process.id() + "/ideen").with(stranger))).isEqualTo(404);
		assertUnchanged();
	}

	private void assertUnchanged() {
		Idea now = tenantScope.callAs(wiesbaden, () -> ideas.get(idea.id()));
		assertThat(now.supporters()).isZero();
		assertThat(now.comments()).hasSize(1);
		assertThat(now.moderation()).isEqualTo(Moderation.VISIBLE);
		assertThat(now.status()).isEqualTo(IdeaStatus.EINGEGANGEN);
		Integer reports = tenantScope.callAs(wiesbaden, () -> transactions.execute(status -> jdbc.queryForObject(
				"select count(*) from participation.content_report where idea_id = ? or comment_id = ?", Integer.class, idea.id(), comment.id())));
		assertThat(reports).isZero();
	}
}
