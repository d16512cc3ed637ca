package de.integrationskonzept.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * Ideas through the REST API: accepted only during the Ideensammlung, refused before and after
 * with problem details and nothing stored, and closed to members of other tenants.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ParticipationApiTests {

	private static final String IDEA = """
			{"title":"Sprachcafé im Stadtteil","text":"Ein wöchentliches Sprachcafé in der Stadtteilbibliothek.","field":"Bildung & Sprache","consent":true}
			""";

	@Autowired MockMvc mvc;
	@Autowired Tenants tenants;
	@Autowired TenantScope tenantScope;
	@Autowired ParticipationProcesses processes;
	@Autowired ApplicationEvents events;
	private TenantId wiesbaden;
	private TenantId dietzenbach;

	@Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

	@BeforeEach
	void setUp() {
		// Ideas record the author's account, so the person these tests sign in as has one.
		IdeaPeople.ensureAccount(jdbc, "buergerin@demo.invalid");
		wiesbaden = tenants.findActiveBySlug("wiesbaden").orElseThrow().id();
		dietzenbach = tenants.findActiveBySlug("dietzenbach").orElseThrow().id();
	}

	private JwtRequestPostProcessor as(TenantId tenant, TenantRole role) {
		return jwt().jwt(token -> token.subject("buergerin@demo.invalid")).authorities(TenantAuthority.of(tenant, role));
	}

	private MvcResult perform(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn();
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private MvcResult submit(String slug, ParticipationProcess process, TenantId caller, String idea) throws Exception {
		return perform(post("/api/" + slug + "/participation/processes/" + process.id() + "/ideas").with(as(caller, TenantRole.CITIZEN))
			.contentType(MediaType.APPLICATION_JSON).content(idea));
	}

	private String processJson(ParticipationProcess process) throws Exception {
		MvcResult read = perform(get("/api/wiesbaden/participation/processes/" + process.id()).with(as(wiesbaden, TenantRole.CITIZEN)));
		assertThat(read.getResponse().getStatus()).isEqualTo(200);
		return body(read);
	}

	private String currentPhase(ParticipationProcess process) throws Exception {
		return tools.jackson.databind.json.JsonMapper.builder().build().readTree(processJson(process)).at("/process/currentPhase/kind")
			.asString();
	}

	@Test
	void ideaIsAcceptedWhileTheIdeensammlungRunsAndRecordsTheConsentVersion() throws Exception {
		ParticipationProcess process = TestProcesses.create(processes, tenantScope, wiesbaden, TestProcesses.ideasFromTo(-10, 10));

		MvcResult accepted = submit("wiesbaden", process, wiesbaden, IDEA);

		assertThat(accepted.getResponse().getStatus()).isEqualTo(201);
		assertThat(body(accepted)).contains("\"status\":\"EINGEGANGEN\"", "Sprachcafé im Stadtteil")
			.containsPattern("\"consentVersion\":\"[0-9]{4}-[0-9]{2}-[0-9]{2}");
		assertThat(processJson(process)).contains("Sprachcafé im Stadtteil").doesNotContain("buergerin@demo.invalid");
		assertThat(currentPhase(process)).isEqualTo("IDEENSAMMLUNG");
		assertThat(events.stream(ParticipationEvents.IdeaSubmitted.class))
			.anySatisfy(event -> {
				assertThat(event.tenantId()).isEqualTo(wiesbaden);
				assertThat(event.processId()).isEqualTo(process.id());
			});
		assertThat(body(perform(get("/api/wiesbaden/participation/processes").with(as(wiesbaden, TenantRole.CITIZEN)))))
			.contains(process.id().toString());
	}

	@Test
	void ideasAreRefusedBeforeAndAfterTheIdeensammlungAndNothingIsStored() throws Exception {
		ParticipationProcess notYet = TestProcesses.create(processes, tenantScope, wiesbaden, TestProcesses.ideasFromTo(5, 30));
		ParticipationProcess over = TestProcesses.create(processes, tenantScope, wiesbaden, TestProcesses.ideasFromTo(-30, -1));

		MvcResult early = submit("wiesbaden", notYet, wiesbaden, IDEA);
		MvcResult late = submit("wiesbaden", over, wiesbaden, IDEA);

		assertThat(early.getResponse().getStatus()).isEqualTo(409);
		assertThat(early.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(body(early)).contains("In dieser Phase nicht möglich", "Die Ideensammlung beginnt erst am");
		assertThat(late.getResponse().getStatus()).isEqualTo(409);
		assertThat(body(late)).contains("Die Ideensammlung ist am", "zu Ende gegangen");
		assertThat(processJson(notYet)).contains("\"ideas\":[]");
		assertThat(processJson(over)).contains("\"ideas\":[]");
		assertThat(currentPhase(over)).isEqualTo("AUSWERTUNG");
		assertThat(events.stream(ParticipationEvents.IdeaSubmitted.class)).isEmpty();
	}

	@Test
	void invalidIdeaIsRefusedWithEveryProblemAndNothingIsStored() throws Exception {
		ParticipationProcess process = TestProcesses.create(processes, tenantScope, wiesbaden, TestProcesses.ideasFromTo(0, 0));

		MvcResult refused = submit("wiesbaden", process, wiesbaden, "{\"title\":\"ab\",\"text\":\"kurz\",\"consent\":false}");

		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(body(refused)).contains("Der Titel ist zu kurz (mindestens 3 Zeichen).",
				"Die Beschreibung Ihrer Idee ist zu kurz (mindestens 10 Zeichen).", "Bitte stimmen Sie der Veröffentlichung");
		assertThat(processJson(process)).contains("\"ideas\":[]");
	}

	@Test
	void membersOfAnotherTenantCanNeitherSubmitNorReadTheProcess() throws Exception {
		ParticipationProcess process = TestProcesses.create(processes, tenantScope, wiesbaden, TestProcesses.ideasFromTo(-1, 10));

		assertThat(submit("wiesbaden", process, dietzenbach, IDEA).getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(get("/api/wiesbaden/participation/processes/" + process.id()).with(as(dietzenbach, TenantRole.EDITOR)))
			.getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(get("/api/wiesbaden/participation/processes").with(as(dietzenbach, TenantRole.CITIZEN)))
			.getResponse().getStatus()).isEqualTo(403);
		// Through its own path the other tenant's process does not exist (row-level security).
		assertThat(perform(get("/api/dietzenbach/participation/processes/" + process.id()).with(as(dietzenbach, TenantRole.CITIZEN)))
			.getResponse().getStatus()).isEqualTo(404);
		assertThat(submit("dietzenbach", process, dietzenbach, IDEA).getResponse().getStatus()).isEqualTo(404);
		assertThat(body(perform(get("/api/dietzenbach/participation/processes").with(as(dietzenbach, TenantRole.CITIZEN)))))
			.doesNotContain(process.id().toString());
		assertThat(processJson(process)).contains("\"ideas\":[]");
	}
}
