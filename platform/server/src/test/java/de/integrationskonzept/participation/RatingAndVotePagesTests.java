package de.integrationskonzept.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MvcResult;

import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;

/**
 * The pages of the Expertenkreise and the Abstimmung, used as a person would without JavaScript:
 * editors invite and configure, experts rate goal by goal, voters vote, and the results pages
 * stay sealed until the phase has ended.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RatingAndVotePagesTests extends RatingAndVoteTestSetup {

	@Autowired ExpertRatings ratings;

	private static UserRequestPostProcessor as(String email, TenantId tenant, TenantRole role) {
		return user(email).authorities(TenantAuthority.of(tenant, role));
	}

	private static String html(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private String staff(ParticipationProcess process) {
		return "/wiesbaden/verwaltung/beteiligung/" + process.id();
	}

	private String page(ParticipationProcess process) {
		return "/wiesbaden/beteiligung/" + process.id();
	}

	@Test
	void editorInvitesAnExpertWhoRatesThroughTheFormAndChangesTheRating() throws Exception {
		ParticipationProcess process = TestProcesses.create(processes, tenantScope, wiesbaden, Participants.ratingFromTo(-2, 5));
		String expert = people.member(wiesbaden, "expertin", TenantRole.CITIZEN);

		MvcResult unknown = call(post(staff(process) + "/expertenkreise/" + Participants.BILDUNG).with(as(EDITOR, wiesbaden, TenantRole.EDITOR))
			.with(csrf()).param("expert", "niemand@test.invalid"));
		MvcResult invited = call(post(staff(process) + "/expertenkreise/" + Participants.BILDUNG).with(as(EDITOR, wiesbaden, TenantRole.EDITOR))
			.with(csrf()).param("expert", expert));

		assertThat(unknown.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(unknown)).contains("Bitte korrigieren Sie Ihre Angaben", "href=\"#expert-" + Participants.BILDUNG + "\"",
				"aria-invalid=\"true\"", "ist niemand Mitglied dieser Kommune");
		assertThat(invited.getResponse().getStatus()).isEqualTo(302);
		assertThat(html(call(get(staff(process) + "/expertenkreise").with(as(EDITOR, wiesbaden, TenantRole.EDITOR))))).contains(expert);

		String form = html(call(get(page(process) + "/bewertung").with(as(expert, wiesbaden, TenantRole.CITIZEN))));
		assertThat(form).contains("Handlungsfeld: Bildung &amp; Sprache", "<legend>Relevanz (1 = sehr gering, 5 = sehr hoch)</legend>",
				"<legend>Umsetzbarkeit (1 = sehr gering, 5 = sehr hoch)</legend>", "type=\"radio\"");
		MvcResult missing = call(post(page(process) + "/bewertung/" + goals.get(0)).with(as(expert, wiesbaden, TenantRole.CITIZEN)).with(csrf())
			.param("relevance", "4"));
		assertThat(missing.getResponse().getStatus()).isEqualTo(422);
		assertThat(html(missing)).contains("href=\"#feasibility-" + goals.get(0) + "\"", "Bitte bewerten Sie die Umsetzbarkeit");

		for (String relevance : List.of("2", "5")) {
			assertThat(call(post(page(process) + "/bewertung/" + goals.get(0)).with(as(expert, wiesbaden, TenantRole.CITIZEN)).with(csrf())
				.param("relevance", relevance).param("feasibility", "3").param("comment", "<script>alert(1)</script>")).getResponse().getStatus())
				.isEqualTo(302);
		}
		String after = html(call(get(page(process) + "/bewertung").with(as(expert, wiesbaden, TenantRole.CITIZEN))));
		assertThat(after).contains("Ihre Bewertung: Relevanz 5, Umsetzbarkeit 3", "1 von " + goals.size() + " Zielen bewertet",
				"&lt;script&gt;").doesNotContain("<script>alert(1)</script>");
		assertThat(html(call(get(staff(process) + "/bewertungen").with(as(EDITOR, wiesbaden, TenantRole.EDITOR)))))
			.contains("Die Ergebnisse sind versiegelt", "Bisher haben 1 Expertinnen und Experten bewertet.");
	}

	@Test
	void ratingResultsPageShowsMeansDistributionsAndCommentsOnlyAfterThePhase() throws Exception {
		ParticipationProcess process = TestProcesses.create(processes, tenantScope, wiesbaden, Participants.ratingFromTo(-2, 5));
		String expert = people.member(wiesbaden, "expertin", TenantRole.CITIZEN);
		TestProcesses.asEditor(tenantScope, wiesbaden, () -> {
			ratings.invite(process.id(), Participants.BILDUNG, expert);
			return null;
		});
		call(post(page(process) + "/bewertung/" + goals.get(0)).with(as(expert, wiesbaden, TenantRole.CITIZEN)).with(csrf())
			.param("relevance", "4").param("feasibility", "2").param("comment", "Braucht mehr Personal"));
		people.endPhase(wiesbaden, process, PhaseKind.EXPERTENBEWERTUNG);

		String results = html(call(get(staff(process) + "/bewertungen").with(as(EDITOR, wiesbaden, TenantRole.EDITOR))));

		assertThat(results).doesNotContain("versiegelt").contains("<th scope=\"col\">Relevanz (Mittel)</th>", "4,00", "2,00", "<svg",
				"aria-label=\"1 von 1\"", "Braucht mehr Personal").doesNotContain(expert);
		assertThat(call(post(page(process) + "/bewertung/" + goals.get(0)).with(as(expert, wiesbaden, TenantRole.CITIZEN)).with(csrf())
			.param("relevance", "1").param("feasibility", "1")).getResponse().getStatus()).isEqualTo(409);
	}

	@Test
	void editorConfiguresTheVoteAndAnInvitedVoterVotesWhileTheResultStaysSealed() throws Exception {
		ParticipationProcess process = TestProcesses.create(processes, tenantScope, wiesbaden, Participants.voteFromTo(-1, 5));
		String voter = people.member(wiesbaden, "waehler", TenantRole.CITIZEN);
		String setupPage = html(call(get(staff(process) + "/abstimmung").with(as(EDITOR, wiesbaden, TenantRole.EDITOR))));
		assertThat(setupPage).contains("<legend>Wer darf abstimmen?</legend>", "noch nicht eingerichtet", "checked=\"checked\"");

		assertThat(call(post(staff(process) + "/abstimmung").with(as(EDITOR, wiesbaden, TenantRole.EDITOR)).with(csrf()).param("mode", "INVITED")
			.param("goal", goals.get(0).toString(), goals.get(1).toString())).getResponse().getStatus()).isEqualTo(302);
		assertThat(call(post(staff(process) + "/abstimmung/stimmberechtigte").with(as(EDITOR, wiesbaden, TenantRole.EDITOR)).with(csrf())
			.param("voter", voter)).getResponse().getStatus()).isEqualTo(302);

		String ballot = html(call(get(page(process) + "/abstimmung").with(as(voter, wiesbaden, TenantRole.CITIZEN))));
		assertThat(ballot).contains("<fieldset", "<legend>", "Zustimmung", "Ablehnung", "Enthaltung");
		assertThat(call(post(page(process) + "/abstimmung").with(as(voter, wiesbaden, TenantRole.CITIZEN)).with(csrf())
			.param("choice-" + goals.get(0), "ZUSTIMMUNG")).getResponse().getStatus()).isEqualTo(302);
		assertThat(html(call(get(page(process) + "/abstimmung").with(as(voter, wiesbaden, TenantRole.CITIZEN)))))
			.containsPattern("value=\"ZUSTIMMUNG\"[^>]*checked");
		assertThat(call(post(page(process) + "/abstimmung").with(as(people.member(wiesbaden, "fremd", TenantRole.CITIZEN), wiesbaden,
				TenantRole.CITIZEN)).with(csrf()).param("choice-" + goals.get(0), "ABLEHNUNG")).getResponse().getStatus()).isEqualTo(403);

		assertThat(html(call(get(page(process) + "/abstimmung/ergebnis")))).contains("Das Ergebnis ist versiegelt");
		people.endPhase(wiesbaden, process, PhaseKind.ABSTIMMUNG);
		String result = html(call(get(page(process) + "/abstimmung/ergebnis")));
		assertThat(result).doesNotContain("versiegelt").contains("Abgestimmt haben 1 von 1 Stimmberechtigten (Beteiligung 100,0 %)",
				"aria-label=\"Zustimmung 1, Ablehnung 0, Enthaltung 0\"", "<th scope=\"row\">");
	}

	@Test
	void aSessionOfAnotherTenantCannotUseTheStaffPagesOrSeeTheProcess() throws Exception {
		ParticipationProcess process = TestProcesses.create(processes, tenantScope, wiesbaden, Participants.ratingFromTo(-2, 5));
		String outsider = people.member(dietzenbach, "fremd", TenantRole.EDITOR);

		assertThat(call(get(staff(process) + "/expertenkreise").with(as(outsider, dietzenbach, TenantRole.EDITOR))).getResponse().getStatus())
			.isEqualTo(403);
		assertThat(call(get(staff(process) + "/bewertungen").with(as(outsider, dietzenbach, TenantRole.EDITOR))).getResponse().getStatus())
			.isEqualTo(403);
		assertThat(call(post(staff(process) + "/expertenkreise/" + Participants.BILDUNG).with(as(outsider, dietzenbach, TenantRole.EDITOR))
			.with(csrf()).param("expert", outsider)).getResponse().getStatus()).isEqualTo(403);
		assertThat(call(get("/dietzenbach/verwaltung/beteiligung/" + process.id() + "/bewertungen").with(as(outsider, dietzenbach, TenantRole.EDITOR)))
			.getResponse().getStatus()).isEqualTo(404);
		assertThat(call(get("/dietzenbach/beteiligung/" + process.id() + "/abstimmung/ergebnis")).getResponse().getStatus()).isEqualTo(404);
	}
}
