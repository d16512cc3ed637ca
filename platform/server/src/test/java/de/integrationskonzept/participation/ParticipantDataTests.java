package de.integrationskonzept.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;

import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.testing.MailingSystemTest;
import de.integrationskonzept.testing.TestAccounts;

/**
 * GDPR for participants: the data export contains their own contributions; deleting the account
 * keeps the contributions anonymously and gives a workshop seat to the waiting list.
 */
class ParticipantDataTests extends MailingSystemTest {

	private static final String PASSWORD = "Lange-Passphrase-2026";
	private static final Pattern EXPORT_LINK = Pattern.compile("/konto/datenexport/[A-Za-z0-9_-]{20,}");

	@Autowired PasswordEncoder passwords;
	@Autowired ParticipationProcesses processes;
	@Autowired Ideas ideas;
	@Autowired Workshops workshops;

	private String citizen(TenantId tenant) {
		String email = TestAccounts.newPerson(jdbc, "teilnehmerin");
		UUID id = TestAccounts.idOf(jdbc, email);
		jdbc.update("update platform.user_account set password_hash = ?, email_verified_at = now() where id = ?", passwords.encode(PASSWORD), id);
		inTenant(tenant, () -> jdbc.update("insert into platform.membership (tenant_id, user_id, role) values (?, ?, 'CITIZEN')", tenant.value(), id));
		return email;
	}

	private <T> T asCitizen(String email, TenantId tenant, java.util.function.Supplier<T> work) {
		return inTenant(tenant, () -> as(email, List.of(TenantAuthority.of(tenant, TenantRole.CITIZEN)), work));
	}

	@Test
	void exportHoldsTheOwnContributionsAndDeletionAnonymisesThemAndFreesTheSeat() throws Exception {
		TenantId wiesbaden = tenant("wiesbaden");
		var today = TestProcesses.today();
		ParticipationProcess process = TestProcesses.create(processes, tenantScope, wiesbaden, List.of(
				new Phase(PhaseKind.IDEENSAMMLUNG, today.minusDays(2), today.plusDays(10)),
				new Phase(PhaseKind.WORKSHOPS, today.plusDays(11), today.plusDays(40))));
		Workshop workshop = TestWorkshops.create(workshops, tenantScope, wiesbaden, process, 20, 1);
		String leaving = citizen(wiesbaden);
		String waiting = citizen(wiesbaden);
		Idea idea = asCitizen(leaving, wiesbaden, () -> ideas.submit(process.id(),
				new Ideas.NewIdea("Mehrsprachige Elternabende", "Elternabende an Grundschulen mit Dolmetschenden für die häufigsten Sprachen.",
						null, null, true)));
		asCitizen(leaving, wiesbaden, () -> workshops.register(process.id(), workshop.id()));
		assertThat(asCitizen(waiting, wiesbaden, () -> workshops.register(process.id(), workshop.id())).status())
			.isEqualTo(RegistrationStatus.WAITING);

		MockHttpSession session = signIn(leaving, PASSWORD);
		String page = mvc.perform(post("/konto/datenexport").session(session).with(csrf())).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Matcher link = EXPORT_LINK.matcher(page);
		assertThat(link.find()).isTrue();
		String export = mvc.perform(get(link.group()).session(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(export).contains("participation-contributions", "Mehrsprachige Elternabende", workshop.title(), "CONFIRMED");

		mvc.perform(post("/konto/loeschen").session(session).with(csrf()).param("password", PASSWORD)).andExpect(status().is3xxRedirection());

		assertThat(inTenant(wiesbaden, () -> jdbc.queryForObject("select author_id is null from participation.idea where id = ?", Boolean.class,
				idea.id()))).as("the idea stays, without its author").isTrue();
		assertThat(asCitizen(waiting, wiesbaden, () -> workshops.mine(process.id(), workshop.id())).orElseThrow().status())
			.as("the freed seat went to the waiting list").isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(inTenant(wiesbaden, () -> jdbc.queryForObject(
				"select count(*) from participation.workshop_registration where workshop_id = ? and account_id is null", Integer.class,
				workshop.id()))).isZero();
		assertThat(String.join("\n", mailsTo(waiting, 2).stream().map(MailingSystemTest::subject).toList())).contains("Platz");
	}
}
