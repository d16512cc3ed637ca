package de.integrationskonzept.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MvcResult;

import de.integrationskonzept.participation.internal.Closings;
import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import tools.jackson.databind.JsonNode;

/**
 * Expertenkreise through the REST API: only invited experts rate, only during the
 * Expertenbewertung, one rating per expert and goal; results sealed until the phase ends, then
 * aggregated; RatingsClosed once; nothing across tenants.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ExpertRatingsApiTests extends RatingAndVoteTestSetup {

	@Autowired ApplicationEvents events;
	@Autowired Closings closings;
	@Autowired List<de.integrationskonzept.platform.security.PersonalData> personalData;

	private static JwtRequestPostProcessor as(String email, TenantId tenant, TenantRole role) {
		return jwt().jwt(token -> token.subject(email)).authorities(TenantAuthority.of(tenant, role));
	}

	private String base(ParticipationProcess process) {
		return "/api/wiesbaden/participation/processes/" + process.id() + "/ratings";
	}

	private MvcResult invite(ParticipationProcess process, String expert) throws Exception {
		return call(post(base(process) + "/circles/" + Participants.BILDUNG + "/experts").with(as(EDITOR, wiesbaden, TenantRole.EDITOR))
			.contentType(MediaType.APPLICATION_JSON).content("{\"expert\":\"" + expert + "\"}"));
	}

	private MvcResult rate(ParticipationProcess process, String expert, TenantId tenant, UUID goal, int relevance, int feasibility, String comment)
			throws Exception {
		String body = "{\"relevance\":" + relevance + ",\"feasibility\":" + feasibility + (comment == null ? "" : ",\"comment\":\"" + comment + "\"") + "}";
		return call(put(base(process) + "/goals/" + goal).with(as(expert, tenant, TenantRole.CITIZEN)).contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private JsonNode results(ParticipationProcess process) throws Exception {
		MvcResult result = call(get(base(process) + "/results").with(as(EDITOR, wiesbaden, TenantRole.EDITOR)));
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return json(result);
	}

	private ParticipationProcess ratingProcess(int from, int to) {
		return TestProcesses.create(processes, tenantScope, wiesbaden, Participants.ratingFromTo(from, to));
	}

	@Test
	void invitedExpertRatesEachGoalOnceAndASecondSubmissionUpdatesTheRating() throws Exception {
		ParticipationProcess process = ratingProcess(-3, 5);
		String expert = people.member(wiesbaden, "expertin", TenantRole.CITIZEN);
		assertThat(invite(process, expert).getResponse().getStatus()).isEqualTo(204);

		assertThat(rate(process, expert, wiesbaden, goals.get(0), 2, 3, "Erst prüfen").getResponse().getStatus()).isEqualTo(200);
		MvcResult changed = rate(process, expert, wiesbaden, goals.get(0), 5, 4, null);

		assertThat(changed.getResponse().getStatus()).isEqualTo(200);
		JsonNode mine = json(call(get(base(process) + "/mine").with(as(expert, wiesbaden, TenantRole.CITIZEN))));
		assertThat(mine.size()).isEqualTo(1);
		assertThat(mine.get(0).get("fieldName").asString()).isEqualTo("Bildung & Sprache");
		assertThat(mine.get(0).get("goals").size()).isEqualTo(goals.size());
		assertThat(mine.get(0).get("ratings").size()).isEqualTo(1);
		JsonNode rating = mine.get(0).get("ratings").get(goals.get(0).toString());
		assertThat(rating.get("relevance").asInt()).isEqualTo(5);
		assertThat(rating.get("comment").isNull()).isTrue();
		assertThat(results(process).get("ratersSoFar").asInt()).isEqualTo(1);
	}

	@Test
	void ratingsAreRefusedBeforeAndAfterTheExpertenbewertungAndNothingIsStored() throws Exception {
		ParticipationProcess notYet = ratingProcess(3, 10);
		ParticipationProcess over = ratingProcess(-10, 2);
		String expert = people.member(wiesbaden, "expertin", TenantRole.CITIZEN);
		invite(notYet, expert);
		invite(over, expert);
		people.endPhase(wiesbaden, over, PhaseKind.EXPERTENBEWERTUNG);

		MvcResult early = rate(notYet, expert, wiesbaden, goals.get(0), 4, 4, null);
		MvcResult late = rate(over, expert, wiesbaden, goals.get(0), 4, 4, null);

		assertThat(early.getResponse().getStatus()).isEqualTo(409);
		assertThat(body(early)).contains("Die Phase „Expertenbewertung“ beginnt erst am");
		assertThat(late.getResponse().getStatus()).isEqualTo(409);
		assertThat(body(late)).contains("zu Ende gegangen");
		assertThat(results(notYet).get("ratersSoFar").asInt()).isZero();
		assertThat(results(over).get("goals").get(0).get("count").asInt()).isZero();
		assertThat(invite(over, people.member(wiesbaden, "spaet", TenantRole.CITIZEN)).getResponse().getStatus()).isEqualTo(409);
	}

	@Test
	void onlyInvitedExpertsOfTheGoalsFieldMayRate() throws Exception {
		ParticipationProcess process = ratingProcess(-1, 5);
		String expert = people.member(wiesbaden, "expertin", TenantRole.CITIZEN);
		String stranger = people.member(wiesbaden, "nachbar", TenantRole.CONTRIBUTOR);
		invite(process, expert);
		UUID otherFieldGoal = Participants.goalsOf(editions, tenantScope, wiesbaden, Participants.ARBEIT).get(0);

		assertThat(rate(process, stranger, wiesbaden, goals.get(0), 3, 3, null).getResponse().getStatus()).isEqualTo(403);
		assertThat(rate(process, expert, wiesbaden, otherFieldGoal, 3, 3, null).getResponse().getStatus()).isEqualTo(403);
		assertThat(rate(process, expert, wiesbaden, goals.get(0), 0, 6, null).getResponse().getStatus()).isEqualTo(422);
		assertThat(invite(process, "niemand-" + UUID.randomUUID() + "@test.invalid").getResponse().getStatus()).isEqualTo(422);
		assertThat(results(process).get("ratersSoFar").asInt()).isZero();
	}

	@Test
	void resultsAreSealedUntilThePhaseEndsThenAggregatedWithoutNamesAndClosedOnce() throws Exception {
		ParticipationProcess process = ratingProcess(-3, 5);
		List<String> experts = List.of(people.member(wiesbaden, "e1", TenantRole.CITIZEN), people.member(wiesbaden, "e2", TenantRole.CITIZEN),
				people.member(wiesbaden, "e3", TenantRole.CONTRIBUTOR));
		for (String expert : experts) {
			invite(process, people.idOf(expert).toString());
		}
		rate(process, experts.get(0), wiesbaden, goals.get(0), 5, 2, "Sehr wichtig");
		rate(process, experts.get(1), wiesbaden, goals.get(0), 4, 2, null);
		rate(process, experts.get(2), wiesbaden, goals.get(0), 4, 5, "Gut machbar");
		rate(process, experts.get(2), wiesbaden, goals.get(1), 1, 1, null);

		JsonNode sealed = results(process);
		assertThat(sealed.get("sealed").asBoolean()).isTrue();
		assertThat(sealed.get("ratersSoFar").asInt()).isEqualTo(3);
		assertThat(sealed.get("goals").size()).isZero();
		assertThat(events.stream(ParticipationEvents.RatingsClosed.class)).isEmpty();

		people.endPhase(wiesbaden, process, PhaseKind.EXPERTENBEWERTUNG);
		JsonNode open = results(process);
		results(process);
		closings.closeAllEnded();

		assertThat(open.get("sealed").asBoolean()).isFalse();
		JsonNode first = open.get("goals").get(0);
		assertThat(first.get("goalId").asString()).isEqualTo(goals.get(0).toString());
		assertThat(first.get("count").asInt()).isEqualTo(3);
		assertThat(first.get("relevanceMean").asDouble()).isEqualTo(4.33);
		assertThat(first.get("feasibilityMean").asDouble()).isEqualTo(3.0);
		assertThat(first.get("relevance").toString()).isEqualTo("[0,0,0,2,1]");
		assertThat(first.get("feasibility").toString()).isEqualTo("[0,2,0,0,1]");
		assertThat(first.get("comments").toString()).isEqualTo("[\"Gut machbar\",\"Sehr wichtig\"]");
		assertThat(open.get("goals").get(1).get("count").asInt()).isEqualTo(1);
		assertThat(open.toString()).doesNotContain("e1-", "e2-", "e3-", people.idOf(experts.get(0)).toString());
		assertThat(events.stream(ParticipationEvents.RatingsClosed.class).filter(event -> event.processId().equals(process.id())))
			.singleElement().satisfies(event -> assertThat(event.tenantId()).isEqualTo(wiesbaden));
	}

	@Test
	void theHourlyJobClosesEndedRatingsEvenIfNobodyLooks() throws Exception {
		ParticipationProcess process = ratingProcess(-3, 5);
		people.endPhase(wiesbaden, process, PhaseKind.EXPERTENBEWERTUNG);

		closings.closeAllEnded();
		closings.closeAllEnded();
		results(process);

		assertThat(events.stream(ParticipationEvents.RatingsClosed.class).filter(event -> event.processId().equals(process.id()))).hasSize(1);
	}

	@Test
	void membersOfAnotherTenantCanNeitherRateNorReadResults() throws Exception {
		ParticipationProcess process = ratingProcess(-3, 5);
		String expert = people.member(wiesbaden, "expertin", TenantRole.CITIZEN);
		invite(process, expert);
		String outsider = people.member(dietzenbach, "fremd", TenantRole.EDITOR);

		assertThat(rate(process, expert, dietzenbach, goals.get(0), 3, 3, null).getResponse().getStatus()).isEqualTo(403);
		assertThat(call(get(base(process) + "/results").with(as(outsider, dietzenbach, TenantRole.EDITOR))).getResponse().getStatus())
			.isEqualTo(403);
		// Through its own path the other tenant's process does not exist (row-level security).
		String own = "/api/dietzenbach/participation/processes/" + process.id() + "/ratings";
		assertThat(call(get(own + "/results").with(as(outsider, dietzenbach, TenantRole.EDITOR))).getResponse().getStatus()).isEqualTo(404);
		assertThat(call(put(own + "/goals/" + goals.get(0)).with(as(expert, dietzenbach, TenantRole.CITIZEN))
			.contentType(MediaType.APPLICATION_JSON).content("{\"relevance\":3,\"feasibility\":3}")).getResponse().getStatus()).isEqualTo(404);
		// A member of another tenant cannot be invited: the account is no member here.
		assertThat(invite(process, outsider).getResponse().getStatus()).isEqualTo(422);
		assertThat(results(process).get("ratersSoFar").asInt()).isZero();
	}

	@Test
	void theDataExportHoldsTheExpertsInvitationAndOwnRatingsOnly() throws Exception {
		ParticipationProcess process = ratingProcess(-3, 5);
		String expert = people.member(wiesbaden, "expertin", TenantRole.CITIZEN);
		String other = people.member(wiesbaden, "anderer", TenantRole.CITIZEN);
		invite(process, expert);
		invite(process, other);
		rate(process, expert, wiesbaden, goals.get(0), 4, 2, "Mein Kommentar");
		rate(process, other, wiesbaden, goals.get(0), 1, 1, "Fremder Kommentar");
		var section = personalData.stream().filter(part -> part.section().equals("participation-ratings-and-votes")).findFirst().orElseThrow();

		var export = tenantScope.callAs(wiesbaden, () -> transactions.execute(status -> section.export(people.idOf(expert))));

		assertThat(export.toString()).contains("Bildung & Sprache", "Mein Kommentar", "relevance=4").doesNotContain("Fremder Kommentar");
	}
}
