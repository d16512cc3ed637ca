package de.integrationskonzept.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.testing.MailingSystemTest;

/**
 * Versioned consent texts: a new text is a new version named after the day, published texts stay
 * readable, a contribution made against an outdated text is refused, and each municipality has its own.
 */
class ConsentTextTests extends MailingSystemTest {

	@Autowired Consents consents;
	@Autowired ParticipationProcesses processes;
	@Autowired Ideas ideas;
	@Autowired Workshops workshops;

	private <T> T asEditorOf(TenantId tenant, java.util.function.Supplier<T> work) {
		return inTenant(tenant, () -> as("redaktion@demo.invalid", List.of(TenantAuthority.of(tenant, TenantRole.EDITOR)), work));
	}

	@Test
	void publishingCreatesANewVersionAndKeepsTheOldOnes() {
		TenantId frankenthal = tenant("frankenthal");
		String before = inTenant(frankenthal, () -> consents.current().version());
		var first = asEditorOf(frankenthal, () -> consents.publish("Frankenthal: Ihre Idee wird veröffentlicht und ausgewertet (Fassung A)."));
		var second = asEditorOf(frankenthal, () -> consents.publish("Frankenthal: Ihre Idee wird veröffentlicht und ausgewertet (Fassung B)."));

		String today = ParticipationProcess.today().toString();
		assertThat(first.version()).startsWith(today);
		assertThat(second.version()).startsWith(today).isNotEqualTo(first.version());
		var history = inTenant(frankenthal, consents::history);
		assertThat(history.getFirst()).isEqualTo(second);
		assertThat(history).extracting(Consents.Consent::version).contains(first.version(), before, Consents.DEFAULT.version());
		assertThat(inTenant(tenant("dietzenbach"), consents::history)).extracting(Consents.Consent::text)
			.noneMatch(text -> text.startsWith("Frankenthal"));
	}

	@Test
	void contributionAgainstAnOutdatedTextIsRefused() {
		TenantId wiesbaden = tenant("wiesbaden");
		String shown = inTenant(wiesbaden, () -> consents.current().version());
		asEditorOf(wiesbaden, () -> consents.publish("Wiesbaden: Ihr Beitrag wird öffentlich gezeigt, Ihr Name nie."));
		String current = inTenant(wiesbaden, () -> consents.current().version());

		assertThatThrownBy(() -> inTenant(wiesbaden, () -> consents.versionAgreedTo(true, shown)))
			.isInstanceOf(ParticipationProblems.ConsentOutdated.class);
		assertThatThrownBy(() -> inTenant(wiesbaden, () -> consents.versionAgreedTo(false, current)))
			.isInstanceOf(ParticipationProblems.Invalid.class);
		assertThat(inTenant(wiesbaden, () -> consents.versionAgreedTo(true, current))).isEqualTo(current);
		assertThat(inTenant(wiesbaden, () -> consents.versionAgreedTo(true, null))).as("API client without version").isEqualTo(current);
	}

	@Test
	void onlyEditorsPublishAndShortTextsAreRefused() throws Exception {
		TenantId duesseldorf = tenant("duesseldorf");
		assertThatThrownBy(() -> inTenant(duesseldorf, () -> as("buerger@demo.invalid", List.of(TenantAuthority.of(duesseldorf, TenantRole.CITIZEN)),
				() -> consents.publish("Ein Text, den nur die Redaktion veröffentlichen darf."))))
			.isInstanceOf(AccessDeniedException.class);
		String page = mvc.perform(post("/duesseldorf/verwaltung/beteiligung/einwilligung").with(csrf())
				.with(user("redaktion@demo.invalid").authorities(TenantAuthority.of(duesseldorf, TenantRole.EDITOR))).param("text", "zu kurz"))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("zwischen 20 und 5000 Zeichen");
		mvc.perform(post("/duesseldorf/verwaltung/beteiligung/einwilligung").with(csrf())
				.with(user("redaktion@demo.invalid").authorities(TenantAuthority.of(tenant("wiesbaden"), TenantRole.EDITOR)))
				.param("text", "Ein Text aus einer anderen Kommune, der hier nichts zu suchen hat."))
			.andExpect(status().isForbidden());
	}

	@Test
	void ideaRecordsTheVersionShownAndAnOutdatedFormIsRefused() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		ParticipationProcess process = TestProcesses.create(processes, tenantScope, wiesbaden, TestProcesses.ideasFromTo(-1, 5));
		String citizen = de.integrationskonzept.testing.TestAccounts.newPerson(jdbc, "einwilligung");
		String shown = inTenant(wiesbaden, () -> consents.current().version());
		var asCitizen = user(citizen).authorities(TenantAuthority.of(wiesbaden, TenantRole.CITIZEN));
		mvc.perform(post("/wiesbaden/beteiligung/" + process.id() + "/ideen").with(csrf()).with(asCitizen)
				.param("title", "Elterncafé in der Kita").param("text", "Ein offenes Elterncafé mit Dolmetschenden einmal im Monat.")
				.param("consent", "true").param("consentVersion", shown))
			.andExpect(status().is3xxRedirection());
		assertThat(inTenant(wiesbaden, () -> jdbc.queryForObject("select consent_version from participation.idea where process_id = ?",
				String.class, process.id()))).isEqualTo(shown);

		asEditorOf(wiesbaden, () -> consents.publish("Wiesbaden (neu): Ihre Idee wird veröffentlicht und von der Verwaltung ausgewertet."));
		String page = mvc.perform(post("/wiesbaden/beteiligung/" + process.id() + "/ideen").with(csrf()).with(asCitizen)
				.param("title", "Sprachpatenschaften").param("text", "Ehrenamtliche begleiten neu Zugewanderte beim Deutschlernen.")
				.param("consent", "true").param("consentVersion", shown))
			.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Wiesbaden (neu): Ihre Idee wird veröffentlicht");
		assertThat(inTenant(wiesbaden, () -> jdbc.queryForObject("select count(*) from participation.idea where process_id = ?",
				Integer.class, process.id()))).isOne();
	}

	@Test
	void commentsAndWorkshopRegistrationsRecordTheVersionInForce() {
		TenantId wiesbaden = tenant("wiesbaden");
		ParticipationProcess process = TestProcesses.create(processes, tenantScope, wiesbaden, TestProcesses.ideasFromTo(-1, 5));
		String citizen = de.integrationskonzept.testing.TestAccounts.newPerson(jdbc, "einwilligung-kommentar");
		var citizenRole = List.of(TenantAuthority.of(wiesbaden, TenantRole.CITIZEN));
		Idea idea = inTenant(wiesbaden, () -> as(citizen, citizenRole, () -> ideas.submit(process.id(),
				new Ideas.NewIdea("Begegnungsgarten", "Ein Gemeinschaftsgarten für alle im Stadtteil, mit Beeten für Familien.", null, null, true))));
		var published = asEditorOf(wiesbaden, () -> consents.publish("Wiesbaden (Kommentare): Ihr Beitrag wird öffentlich gezeigt."));
		inTenant(wiesbaden, () -> as(citizen, citizenRole, () -> ideas.comment(idea.id(), "Gute Idee, ich würde mitgärtnern.")));
		assertThat(inTenant(wiesbaden, () -> jdbc.queryForObject("select consent_version from participation.idea_comment where idea_id = ?",
				String.class, idea.id()))).isEqualTo(published.version());
		Workshop workshop = TestWorkshops.create(workshops, tenantScope, wiesbaden, process, 5, 10);
		inTenant(wiesbaden, () -> as(citizen, citizenRole, () -> workshops.register(process.id(), workshop.id())));
		assertThat(inTenant(wiesbaden, () -> jdbc.queryForObject(
				"select consent_version from participation.workshop_registration where workshop_id = ?", String.class, workshop.id())))
			.isEqualTo(published.version());
	}

	@Test
	void publicPageShowsEveryVersion() throws Exception {
		String page = mvc.perform(get("/dietzenbach/beteiligung/einwilligung")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Geltende Fassung", Consents.DEFAULT.version());
	}
}
