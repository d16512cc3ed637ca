package de.integrationskonzept.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.testing.MailingSystemTest;

/**
 * Tenant administrators invite people with a role; the link works once, for seven days, and
 * only under the tenant that sent it. New people set a password with it; people with an account
 * sign in first. Demo tenants and their demo accounts act.
 */
class InvitationTests extends MailingSystemTest {

	private static final String GOOD_PASSWORD = "Integration gelingt gemeinsam";

	@Autowired TenantInvitations invitations;
	@Autowired UserAccounts accounts;
	@Autowired PasswordEncoder passwords;

	private static String newAddress(String slug) {
		return "person-" + UUID.randomUUID() + "@" + slug + ".example";
	}

	/** Invites through the members page as the tenant's demo administrator; answers the link path. */
	private String invite(String slug, String email, TenantRole role) throws Exception {
		MockHttpSession admin = signIn(DemoAccounts.emailOf(slug, TenantRole.TENANT_ADMIN), DEMO_PASSWORD);
		mvc.perform(post("/" + slug + "/verwaltung/mitglieder/einladungen").session(admin).with(csrf())
				.param("email", email).param("role", role.name()))
			.andExpect(redirectedUrl("/" + slug + "/verwaltung/mitglieder"));
		return linkPath(onlyMailTo(email), "/" + slug + "/einladung/");
	}

	private List<String> rolesOf(TenantId tenant, String email) {
		return inTenant(tenant, () -> jdbc.queryForList("""
				select m.role from platform.membership m join platform.user_account a on a.id = m.user_id
				where a.email = ? order by m.role
				""", String.class, email));
	}

	@Test
	void tenantAdminInvitesAnEditorWhoSetsAPasswordAndSignsIn() throws Exception {
		String editor = newAddress("wiesbaden");
		MockHttpSession admin = signIn(DemoAccounts.emailOf("wiesbaden", TenantRole.TENANT_ADMIN), DEMO_PASSWORD);
		mvc.perform(get("/wiesbaden/verwaltung/mitglieder").session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(DemoAccounts.emailOf("wiesbaden", TenantRole.EDITOR))));

		String link = invite("wiesbaden", editor, TenantRole.EDITOR);
		mvc.perform(get("/wiesbaden/verwaltung/mitglieder").session(admin)).andExpect(content().string(containsString(editor)));

		mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString("autocomplete=\"new-password\"")));
		mvc.perform(post(link).with(csrf()).param("displayName", "Eda Redakteurin").param("password", "kurz"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Das Passwort ist zu kurz")))
			.andExpect(content().string(containsString("aria-describedby=\"password-error password-hint\"")));
		mvc.perform(post(link).with(csrf()).param("displayName", "Eda Redakteurin").param("password", "password123"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Dieses Passwort wird sehr häufig verwendet")));
		assertThat(accounts.findByEmail(editor)).as("refused input creates no account").isEmpty();

		mvc.perform(post(link).with(csrf()).param("displayName", "Eda Redakteurin").param("password", GOOD_PASSWORD))
			.andExpect(redirectedUrl("/anmelden?eingeladen"));
		mvc.perform(post("/anmelden").with(csrf()).param("email", editor).param("password", GOOD_PASSWORD))
			.andExpect(redirectedUrl("/"));

		assertThat(rolesOf(tenant("wiesbaden"), editor)).containsExactly("EDITOR");
		assertThat(accounts.findByEmail(editor)).hasValueSatisfying(account -> {
			assertThat(account.displayName()).isEqualTo("Eda Redakteurin");
			assertThat(account.emailVerified()).isTrue();
		});
		assertThat(jdbc.queryForObject("select count(*) from platform.security_audit where action = 'INVITATION_SENT' and detail = ?",
				Integer.class, editor + " EDITOR")).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from platform.security_audit where action in ('INVITATION_ACCEPTED', 'ROLE_GRANTED') and actor = ?",
				Integer.class, editor)).isEqualTo(2);
	}

	@Test
	void onlyTheHashOfTheTokenIsStoredAndTheLinkWorksOnce() throws Exception {
		String citizen = newAddress("dietzenbach");
		String link = invite("dietzenbach", citizen, TenantRole.CITIZEN);
		String token = link.substring(link.lastIndexOf('/') + 1);

		assertThat(Tokens.hash(token)).hasSize(64);
		assertThat(inTenant(tenant("dietzenbach"), () -> jdbc.queryForList(
				"select token_hash from platform.invitation where email = ?", String.class, citizen)))
			.containsExactly(Tokens.hash(token));
		assertThat(jdbc.queryForObject("select count(*) from platform.security_audit where detail like ?", Integer.class, "%" + token + "%"))
			.isZero();

		mvc.perform(post(link).with(csrf()).param("displayName", "Cem Bürger").param("password", GOOD_PASSWORD))
			.andExpect(redirectedUrl("/anmelden?eingeladen"));
		mvc.perform(get(link)).andExpect(status().isGone()).andExpect(content().string(containsString("bereits angenommen")));
		mvc.perform(post(link).with(csrf()).param("displayName", "Jemand anderes").param("password", "ein anderes Passwort hier"))
			.andExpect(status().isGone());
		assertThat(accounts.findByEmail(citizen)).hasValueSatisfying(account -> assertThat(account.displayName()).isEqualTo("Cem Bürger"));
	}

	@Test
	void existingAccountSignsInFirstAndThenAccepts() throws Exception {
		String person = newAddress("wiesbaden");
		accounts.create(person, "Bestehendes Konto", passwords.encode("ein bestehendes Passwort"), Account.Status.ACTIVE, true, false, false);
		String link = invite("wiesbaden", person, TenantRole.CONTRIBUTOR);

		var visit = mvc.perform(get(link)).andExpect(redirectedUrl("/anmelden?einladung")).andReturn();
		MockHttpSession session = (MockHttpSession) visit.getRequest().getSession();
		// The link does not let its holder replace the password of an account that can sign in.
		mvc.perform(post(link).with(csrf()).param("displayName", "Übernahme").param("password", "ein ganz neues Passwort"))
			.andExpect(redirectedUrl(link));
		assertThat(passwords.matches("ein bestehendes Passwort", accounts.findByEmail(person).orElseThrow().passwordHash())).isTrue();

		var signIn = mvc.perform(post("/anmelden").session(session).with(csrf()).param("email", person).param("password", "ein bestehendes Passwort"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(signIn.getResponse().getRedirectedUrl()).as("back to the invitation").contains(link);
		MockHttpSession signedIn = (MockHttpSession) signIn.getRequest().getSession();
		mvc.perform(get(link).session(signedIn)).andExpect(status().isOk()).andExpect(content().string(containsString("/annehmen")));
		var accepted = mvc.perform(post(link + "/annehmen").session(signedIn).with(csrf()))
			.andExpect(redirectedUrl("/konto?eingeladen"))
			.andReturn();

		assertThat(rolesOf(tenant("wiesbaden"), person)).containsExactly("CONTRIBUTOR");
		mvc.perform(get("/konto").session((MockHttpSession) accepted.getRequest().getSession()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mitwirkung")));
	}

	@Test
	void someoneElseSignedInCannotAcceptTheInvitation() throws Exception {
		String person = newAddress("wiesbaden");
		accounts.create(person, "Eingeladene Person", passwords.encode("ein bestehendes Passwort"), Account.Status.ACTIVE, true, false, false);
		String link = invite("wiesbaden", person, TenantRole.EDITOR);

		MockHttpSession other = signIn(DemoAccounts.emailOf("wiesbaden", TenantRole.CITIZEN), DEMO_PASSWORD);
		mvc.perform(get(link).session(other)).andExpect(status().isForbidden())
			.andExpect(content().string(containsString("andere E-Mail-Adresse")));
		mvc.perform(post(link + "/annehmen").session(other).with(csrf())).andExpect(status().isForbidden());

		assertThat(rolesOf(tenant("wiesbaden"), person)).isEmpty();
		assertThat(rolesOf(tenant("wiesbaden"), DemoAccounts.emailOf("wiesbaden", TenantRole.CITIZEN))).containsExactly("CITIZEN");
	}

	@Test
	void editorCannotInvite() throws Exception {
		MockHttpSession editor = signIn(DemoAccounts.emailOf("wiesbaden", TenantRole.EDITOR), DEMO_PASSWORD);
		String address = newAddress("wiesbaden");

		mvc.perform(get("/wiesbaden/verwaltung/mitglieder").session(editor)).andExpect(status().isForbidden());
		mvc.perform(post("/wiesbaden/verwaltung/mitglieder/einladungen").session(editor).with(csrf())
				.param("email", address).param("role", "TENANT_ADMIN"))
			.andExpect(status().isForbidden());
		TenantId wiesbaden = tenant("wiesbaden");
		assertThatThrownBy(() -> as(DemoAccounts.emailOf("wiesbaden", TenantRole.EDITOR),
				List.of(TenantAuthority.of(wiesbaden, TenantRole.EDITOR)),
				() -> inTenant(wiesbaden, () -> {
					invitations.invite(address, null, TenantRole.EDITOR);
					return null;
				})))
			.isInstanceOf(AccessDeniedException.class);
		// An administrator of another tenant is no administrator here.
		assertThatThrownBy(() -> as(DemoAccounts.emailOf("dietzenbach", TenantRole.TENANT_ADMIN),
				List.of(TenantAuthority.of(tenant("dietzenbach"), TenantRole.TENANT_ADMIN)),
				() -> inTenant(wiesbaden, () -> {
					invitations.invite(address, null, TenantRole.EDITOR);
					return null;
				})))
			.isInstanceOf(AccessDeniedException.class);

		assertThat(inTenant(wiesbaden, () -> jdbc.queryForObject("select count(*) from platform.invitation where email = ?",
				Integer.class, address))).isZero();
		assertThat(mailsTo(address, 0)).isEmpty();
	}

	@Test
	void invitationOfOneTenantFindsNothingUnderAnotherTenantsPath() throws Exception {
		String person = newAddress("wiesbaden");
		String link = invite("wiesbaden", person, TenantRole.EDITOR);
		String foreign = link.replace("/wiesbaden/", "/dietzenbach/");

		mvc.perform(get(foreign)).andExpect(status().isNotFound()).andExpect(content().string(containsString("Diese Einladung gibt es nicht")));
		mvc.perform(post(foreign).with(csrf()).param("displayName", "Fremd").param("password", GOOD_PASSWORD))
			.andExpect(status().isNotFound());

		assertThat(accounts.findByEmail(person)).isEmpty();
		assertThat(rolesOf(tenant("dietzenbach"), person)).isEmpty();
		mvc.perform(get(link)).andExpect(status().isOk());
	}

	@Test
	void expiredInvitationIsRefused() throws Exception {
		String person = newAddress("frankenthal");
		String link = invite("frankenthal", person, TenantRole.CONTRIBUTOR);
		inTenant(tenant("frankenthal"), () -> jdbc.update(
				"update platform.invitation set expires_at = now() - interval '1 minute' where email = ?", person));

		mvc.perform(get(link)).andExpect(status().isGone()).andExpect(content().string(containsString("abgelaufen")));
		mvc.perform(post(link).with(csrf()).param("displayName", "Zu spät").param("password", GOOD_PASSWORD))
			.andExpect(status().isGone());

		assertThat(accounts.findByEmail(person)).isEmpty();
	}

	@Test
	void invitingSomeoneWhoHoldsTheRoleAlreadyIsExplained() throws Exception {
		MockHttpSession admin = signIn(DemoAccounts.emailOf("duesseldorf", TenantRole.TENANT_ADMIN), DEMO_PASSWORD);

		mvc.perform(post("/duesseldorf/verwaltung/mitglieder/einladungen").session(admin).with(csrf())
				.param("email", DemoAccounts.emailOf("duesseldorf", TenantRole.EDITOR)).param("role", "EDITOR"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("hat die Rolle in Ihrer Kommune bereits")));
		mvc.perform(post("/duesseldorf/verwaltung/mitglieder/einladungen").session(admin).with(csrf())
				.param("email", "keine-adresse").param("role", "EDITOR"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Bitte geben Sie eine gültige E-Mail-Adresse an")));
	}

	@Test
	void formsWithoutCsrfTokenAreRejected() throws Exception {
		MockHttpSession admin = signIn(DemoAccounts.emailOf("wiesbaden", TenantRole.TENANT_ADMIN), DEMO_PASSWORD);
		String address = newAddress("wiesbaden");

		mvc.perform(post("/wiesbaden/verwaltung/mitglieder/einladungen").session(admin).param("email", address).param("role", "EDITOR"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/wiesbaden/verwaltung/mitglieder/rollen/entziehen").session(admin)
				.param("email", DemoAccounts.emailOf("wiesbaden", TenantRole.CITIZEN)).param("role", "CITIZEN"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/wiesbaden/verwaltung/sicherheit").session(admin).param("staffRequireTotp", "true"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/wiesbaden/einladung/irgendein-token").param("displayName", "X").param("password", GOOD_PASSWORD))
			.andExpect(status().isForbidden());

		assertThat(mailsTo(address, 0)).isEmpty();
		assertThat(rolesOf(tenant("wiesbaden"), DemoAccounts.emailOf("wiesbaden", TenantRole.CITIZEN))).containsExactly("CITIZEN");
	}
}
