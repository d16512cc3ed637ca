package de.integrationskonzept.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
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
 * The Abstimmung through the REST API: only eligible voters, only during the phase, one vote per
 * person and item (a second vote replaces the first), results sealed until the end, VoteClosed
 * once, nothing across tenants.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class FinalVoteApiTests extends RatingAndVoteTestSetup {

	@Autowired ApplicationEvents events;
	@Autowired Closings closings;

	private static JwtRequestPostProcessor as(String email, TenantId tenant, TenantRole role) {
		return jwt().jwt(token -> token.subject(email)).authorities(TenantAuthority.of(tenant, role));
	}

	private String base(ParticipationProcess process) {
		return "/api/wiesbaden/participation/processes/" + process.id() + "/vote";
	}

	private MvcResult configure(ParticipationProcess process, String mode, List<UUID> items) throws Exception {
		String ids = String.join(",", items.stream().map(id -> "\"" + id + "\"").toList());
		return call(put(base(process) + "/setup").with(as(EDITOR, wiesbaden, TenantRole.EDITOR)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"mode\":\"" + mode + "\",\"goalIds\":[" + ids + "]}"));
	}

	private MvcResult addVoter(ParticipationProcess process, String voter) throws Exception {
		return call(post(base(process) + "/voters").with(as(EDITOR, wiesbaden, TenantRole.EDITOR)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"voter\":\"" + voter + "\"}"));
	}

	private MvcResult vote(ParticipationProcess process, String voter, TenantId tenant, UUID goal, String choice) throws Exception {
		return call(post(base(process)).with(as(voter, tenant, TenantRole.CITIZEN)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"choices\":{\"" + goal + "\":\"" + choice + "\"}}"));
	}

	private JsonNode results(ParticipationProcess process) throws Exception {
		MvcResult result = call(get(base(process) + "/results").with(as(EDITOR, wiesbaden, TenantRole.EDITOR)));
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return json(result);
	}

	private ParticipationProcess voteProcess(int from, int to) {
		return TestProcesses.create(processes, tenantScope, wiesbaden, Participants.voteFromTo(from, to));
	}

	@Test
	void withoutChosenGoalsAllGoalsOfTheEditionArePutToTheVote() throws Exception {
		ParticipationProcess process = voteProcess(-1, 5);

		JsonNode setup = json(configure(process, "ALL_MEMBERS", List.of()));

		assertThat(setup.get("items").size()).isEqualTo(setup.get("goals").size()).isGreaterThan(goals.size());
		assertThat(json(configure(process, "INVITED", goals.subList(0, 2))).get("items").size()).isEqualTo(2);
		assertThat(configure(process, "INVITED", List.of(UUID.randomUUID())).getResponse().getStatus()).isEqualTo(422);
	}

	@Test
	void onlyInvitedVotersMayVoteAndEachHasOneVotePerItem() throws Exception {
		ParticipationProcess process = voteProcess(-1, 5);
		configure(process, "INVITED", goals);
		String voter = people.member(wiesbaden, "waehlerin", TenantRole.CITIZEN);
		String uninvited = people.member(wiesbaden, "nicht-eingeladen", TenantRole.EDITOR);
		assertThat(addVoter(process, voter).getResponse().getStatus()).isEqualTo(204);

		assertThat(vote(process, voter, wiesbaden, goals.get(0), "ABLEHNUNG").getResponse().getStatus()).isEqualTo(200);
		MvcResult changed = vote(process, voter, wiesbaden, goals.get(0), "ZUSTIMMUNG");
		MvcResult refused = vote(process, uninvited, wiesbaden, goals.get(0), "ZUSTIMMUNG");

		assertThat(changed.getResponse().getStatus()).isEqualTo(200);
		assertThat(json(changed).get("choices").toString()).isEqualTo("{\"" + goals.get(0) + "\":\"ZUSTIMMUNG\"}");
		assertThat(refused.getResponse().getStatus()).isEqualTo(403);
		assertThat(json(call(get(base(process) + "/ballot").with(as(uninvited, wiesbaden, TenantRole.CITIZEN)))).get("canVote").asBoolean())
			.isFalse();
		assertThat(vote(process, voter, wiesbaden, UUID.randomUUID(), "ZUSTIMMUNG").getResponse().getStatus()).isEqualTo(422);
		assertThat(configure(process, "INVITED", goals.subList(0, 1)).getResponse().getStatus()).isEqualTo(409);

		people.endPhase(wiesbaden, process, PhaseKind.ABSTIMMUNG);
		JsonNode result = results(process);
		assertThat(result.get("items").get(0).get("zustimmung").asInt()).isEqualTo(1);
		assertThat(result.get("items").get(0).get("ablehnung").asInt()).isZero();
		assertThat(result.get("voters").asInt()).isEqualTo(1);
		assertThat(result.get("eligible").asInt()).isEqualTo(1);
	}

	@Test
	void withAllMembersEveryCitizenMayVoteButOnlyDuringTheAbstimmung() throws Exception {
		ParticipationProcess open = voteProcess(-1, 5);
		ParticipationProcess notYet = voteProcess(2, 5);
		configure(open, "ALL_MEMBERS", goals);
		configure(notYet, "ALL_MEMBERS", goals);
		String citizen = people.member(wiesbaden, "buerger", TenantRole.CITIZEN);

		assertThat(vote(open, citizen, wiesbaden, goals.get(1), "ENTHALTUNG").getResponse().getStatus()).isEqualTo(200);
		MvcResult early = vote(notYet, citizen, wiesbaden, goals.get(1), "ENTHALTUNG");

		assertThat(early.getResponse().getStatus()).isEqualTo(409);
		assertThat(early.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Die Phase „Abstimmung“ beginnt erst am");
		people.endPhase(wiesbaden, notYet, PhaseKind.ABSTIMMUNG);
		assertThat(vote(notYet, citizen, wiesbaden, goals.get(1), "ENTHALTUNG").getResponse().getStatus()).isEqualTo(409);
		assertThat(results(notYet).get("voters").asInt()).isZero();
	}

	@Test
	void resultsAreSealedUntilTheEndThenCountedWithTurnoutAndVoteClosedIsPublishedOnce() throws Exception {
		ParticipationProcess process = voteProcess(-1, 5);
		configure(process, "INVITED", goals.subList(0, 2));
		List<String> voters = List.of(people.member(wiesbaden, "v1", TenantRole.CITIZEN), people.member(wiesbaden, "v2", TenantRole.CITIZEN),
				people.member(wiesbaden, "v3", TenantRole.CITIZEN), people.member(wiesbaden, "v4", TenantRole.CITIZEN));
		voters.forEach(voter -> {
			try {
				addVoter(process, people.idOf(voter).toString());
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		vote(process, voters.get(0), wiesbaden, goals.get(0), "ZUSTIMMUNG");
		vote(process, voters.get(1), wiesbaden, goals.get(0), "ZUSTIMMUNG");
		vote(process, voters.get(2), wiesbaden, goals.get(0), "ABLEHNUNG");
		vote(process, voters.get(2), wiesbaden, goals.get(1), "ENTHALTUNG");

		JsonNode sealed = results(process);
		assertThat(sealed.get("sealed").asBoolean()).isTrue();
		assertThat(sealed.get("items").size()).isZero();
		assertThat(sealed.get("voters").asInt()).isZero();

		people.endPhase(wiesbaden, process, PhaseKind.ABSTIMMUNG);
		closings.closeAllEnded();
		JsonNode open = results(process);
		results(process);

		assertThat(open.get("sealed").asBoolean()).isFalse();
		assertThat(open.get("eligible").asInt()).isEqualTo(4);
		assertThat(open.get("voters").asInt()).isEqualTo(3);
		assertThat(open.get("turnoutPercent").asDouble()).isEqualTo(75.0);
		JsonNode first = open.get("items").get(0);
		assertThat(first.get("item").get("goalId").asString()).isEqualTo(goals.get(0).toString());
		assertThat(List.of(first.get("zustimmung").asInt(), first.get("ablehnung").asInt(), first.get("enthaltung").asInt()))
			.containsExactly(2, 1, 0);
		assertThat(open.get("items").get(1).get("enthaltung").asInt()).isEqualTo(1);
		assertThat(events.stream(ParticipationEvents.VoteClosed.class).filter(event -> event.processId().equals(process.id())))
			.singleElement().satisfies(event -> assertThat(event.tenantId()).isEqualTo(wiesbaden));
	}

	@Test
	void membersOfAnotherTenantCanNeitherVoteNorReadResults() throws Exception {
		ParticipationProcess process = voteProcess(-1, 5);
		configure(process, "ALL_MEMBERS", goals);
		String outsider = people.member(dietzenbach, "fremd", TenantRole.EDITOR);

		assertThat(vote(process, outsider, dietzenbach, goals.get(0), "ZUSTIMMUNG").getResponse().getStatus()).isEqualTo(403);
		assertThat(call(get(base(process) + "/results").with(as(outsider, dietzenbach, TenantRole.EDITOR))).getResponse().getStatus())
			.isEqualTo(403);
		String own = "/api/dietzenbach/participation/processes/" + process.id() + "/vote";
		assertThat(call(get(own + "/results").with(as(outsider, dietzenbach, TenantRole.EDITOR))).getResponse().getStatus()).isEqualTo(404);
		assertThat(call(post(own).with(as(outsider, dietzenbach, TenantRole.CITIZEN)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"choices\":{\"" + goals.get(0) + "\":\"ZUSTIMMUNG\"}}")).getResponse().getStatus()).isEqualTo(404);
		assertThat(addVoter(process, outsider).getResponse().getStatus()).isEqualTo(422);
		people.endPhase(wiesbaden, process, PhaseKind.ABSTIMMUNG);
		assertThat(results(process).get("voters").asInt()).isZero();
	}
}
