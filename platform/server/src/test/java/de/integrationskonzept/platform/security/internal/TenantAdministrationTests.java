package de.integrationskonzept.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;

import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.testing.MailingSystemTest;

/**
 * A tenant's administrators take roles away and decide whether staff must use a second factor.
 */
class TenantAdministrationTests extends MailingSystemTest {

	@Autowired UserAccounts accounts;
	@Autowired PasswordEncoder passwords;
	@Autowired SecondFactors secondFactors;

	private List<String> rolesOf(TenantId tenant, String email) {
		return inTenant(tenant, () -> jdbc.queryForList("""
				select m.role from platform.membership m join platform.user_account a on a.id = m.user_id where a.email = ?
				""", String.class, email));
	}

	@Test
	void tenantAdminRevokesARoleButNotTheTenantsLastAdministratorRole() throws Exception {
		TenantId frankenthal = tenant("frankenthal");
		String member = "mitglied-" + UUID.randomUUID() + "@frankenthal.example";
		UUID id = accounts.create(member, "Mitglied", passwords.encode("ein langes Testpasswort"), Account.Status.ACTIVE, true, false, false);
		inTenant(frankenthal, () -> {
			accounts.grant(id, TenantRole.CONTRIBUTOR, null);
			return null;
		});
		String admin = DemoAccounts.emailOf("frankenthal", TenantRole.TENANT_ADMIN);
		MockHttpSession session = signIn(admin, DEMO_PASSWORD);

		mvc.perform(post("/frankenthal/verwaltung/mitglieder/rollen/entziehen").session(session).with(csrf())
				.param("email", member).param("role", "CONTRIBUTOR"))
			.andExpect(redirectedUrl("/frankenthal/verwaltung/mitglieder"))
			.andExpect(flash().attribute("revoked", true));
		mvc.perform(get("/frankenthal/verwaltung/mitglieder").session(session))
			.andExpect(content().string(containsString("Die Rolle wurde entzogen.")));
		assertThat(rolesOf(frankenthal, member)).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from platform.security_audit where action = 'ROLE_REVOKED' and actor = ? and detail = ?",
				Integer.class, admin, member + " CONTRIBUTOR")).isEqualTo(1);

		mvc.perform(post("/frankenthal/verwaltung/mitglieder/rollen/entziehen").session(session).with(csrf())
				.param("email", admin).param("role", "TENANT_ADMIN"))
			.andExpect(redirectedUrl("/frankenthal/verwaltung/mitglieder"))
			.andExpect(flash().attribute("lastAdministrator", true));
		assertThat(rolesOf(frankenthal, admin)).containsExactly("TENANT_ADMIN");
		mvc.perform(get("/frankenthal/verwaltung/mitglieder").session(session))
			.andExpect(content().string(containsString("Die letzte Administrationsrolle der Kommune kann nicht entzogen werden")));
	}

	@Test
	void editorCannotRevokeRoles() throws Exception {
		MockHttpSession editor = signIn(DemoAccounts.emailOf("frankenthal", TenantRole.EDITOR), DEMO_PASSWORD);

		mvc.perform(post("/frankenthal/verwaltung/mitglieder/rollen/entziehen").session(editor).with(csrf())
				.param("email", DemoAccounts.emailOf("frankenthal", TenantRole.CITIZEN)).param("role", "CITIZEN"))
			.andExpect(status().isForbidden());

		assertThat(rolesOf(tenant("frankenthal"), DemoAccounts.emailOf("frankenthal", TenantRole.CITIZEN))).containsExactly("CITIZEN");
	}

	@Test
	void tenantAdminRequiresASecondFactorForAllStaff() throws Exception {
		TenantId boerde = tenant("landkreis-boerde");
		String admin = DemoAccounts.emailOf("landkreis-boerde", TenantRole.TENANT_ADMIN);
		String editor = DemoAccounts.emailOf("landkreis-boerde", TenantRole.EDITOR);
		String citizen = DemoAccounts.emailOf("landkreis-boerde", TenantRole.CITIZEN);
		MockHttpSession session = signIn(admin, DEMO_PASSWORD);
		try {
			mvc.perform(get("/landkreis-boerde/verwaltung/sicherheit").session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("aria-describedby=\"staffRequireTotp-hint\"")));
			mvc.perform(post("/landkreis-boerde/verwaltung/sicherheit").session(session).with(csrf()).param("staffRequireTotp", "true"))
				.andExpect(redirectedUrl("/landkreis-boerde/verwaltung/sicherheit"));

			assertThat(inTenant(boerde, () -> jdbc.queryForObject(
					"select staff_require_totp from platform.tenant_security_setting where tenant_id = ?", Boolean.class, boerde.value())))
				.isTrue();
			assertThat(jdbc.queryForObject("select count(*) from platform.security_audit where tenant_id = ? and actor = ? and action = ?",
					Integer.class, boerde.value(), admin, "TENANT_SECURITY_SETTING_CHANGED")).isEqualTo(1);
			assertThat(secondFactors.required(accounts.findByEmail(editor).orElseThrow())).isTrue();
			assertThat(secondFactors.required(accounts.findByEmail(citizen).orElseThrow())).as("citizens are not staff").isFalse();
			mvc.perform(post("/anmelden").with(csrf()).param("email", editor).param("password", DEMO_PASSWORD))
				.andExpect(redirectedUrl(SecondFactorGate.PAGE));

			MockHttpSession citizenSession = signIn(citizen, DEMO_PASSWORD);
			mvc.perform(post("/landkreis-boerde/verwaltung/sicherheit").session(citizenSession).with(csrf()).param("staffRequireTotp", "false"))
				.andExpect(status().isForbidden());
		}
		finally {
			mvc.perform(post("/landkreis-boerde/verwaltung/sicherheit").session(session).with(csrf()));
		}
		assertThat(secondFactors.required(accounts.findByEmail(editor).orElseThrow())).isFalse();
	}
}
