package de.integrationskonzept.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import de.integrationskonzept.platform.security.TenantRole;

/**
 * Session sign-in for the web UI: form login with CSRF protection, lockout with back-off, and
 * the second factor for platform admins.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignInTests {

	@Autowired MockMvc mvc;
	@Autowired UserAccounts accounts;
	@Autowired PasswordEncoder passwords;
	@Autowired JdbcTemplate jdbc;

	private static final String PASSWORD = "Demo-Integration-2026";

	private String newAccount() {
		String email = "signin-" + UUID.randomUUID() + "@demo.invalid";
		accounts.create(email, "Test", passwords.encode("ein langes Testpasswort"), Account.Status.ACTIVE, true, false, false);
		return email;
	}

	@Test
	void signInWithCorrectPasswordStartsASession() throws Exception {
		var result = mvc.perform(post("/anmelden").with(csrf())
				.param("email", DemoAccounts.emailOf("wiesbaden", TenantRole.EDITOR)).param("password", PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/"))
			.andReturn();
		MockHttpSession session = (MockHttpSession) result.getRequest().getSession();
		mvc.perform(get("/konto").session(session)).andExpect(status().isOk());
	}

	@Test
	void wrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() throws Exception {
		mvc.perform(post("/anmelden").with(csrf()).param("email", newAccount()).param("password", "falsch-falsch"))
			.andExpect(redirectedUrl("/anmelden?fehler"));
		mvc.perform(post("/anmelden").with(csrf()).param("email", "niemand@demo.invalid").param("password", "falsch-falsch"))
			.andExpect(redirectedUrl("/anmelden?fehler"));
	}

	@Test
	void signInFormWithoutCsrfTokenIsRejected() throws Exception {
		mvc.perform(post("/anmelden").param("email", newAccount()).param("password", "ein langes Testpasswort"))
			.andExpect(status().isForbidden());
	}

	@Test
	void fiveFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
		String email = newAccount();
		for (int attempt = 0; attempt < 5; attempt++) {
			mvc.perform(post("/anmelden").with(csrf()).param("email", email).param("password", "falsch-" + attempt));
		}
		mvc.perform(post("/anmelden").with(csrf()).param("email", email).param("password", "ein langes Testpasswort"))
			.andExpect(redirectedUrl("/anmelden?gesperrt"));
		Account locked = accounts.findByEmail(email).orElseThrow();
		assertThat(locked.lockedUntil()).isAfter(Instant.now().plusSeconds(30));
		assertThat(jdbc.queryForObject("select count(*) from platform.security_audit where actor = ? and action = 'SIGN_IN_FAILED'",
				Integer.class, email)).isGreaterThanOrEqualTo(6);
		assertThat(jdbc.queryForObject("select count(*) from platform.security_audit where actor = ? and action = 'ACCOUNT_LOCKED'",
				Integer.class, email)).isEqualTo(1);
	}

	@Test
	void protectedPagesRedirectToTheSignInForm() throws Exception {
		mvc.perform(get("/konto")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/anmelden"));
	}

	@Test
	void platformAdminNeedsTheSecondFactorBeforeAnythingIsGranted() throws Exception {
		var passwordStep = mvc.perform(post("/anmelden").with(csrf())
				.param("email", DemoAccounts.platformAdminEmail()).param("password", PASSWORD))
			.andExpect(redirectedUrl(SecondFactorGate.PAGE))
			.andReturn();
		MockHttpSession session = (MockHttpSession) passwordStep.getRequest().getSession();

		mvc.perform(get("/admin/api-clients").session(session)).andExpect(status().is3xxRedirection());
		mvc.perform(post(SecondFactorGate.PAGE).session(session).with(csrf()).param("code", "000000"))
			.andExpect(redirectedUrl(SecondFactorGate.PAGE + "?fehler"));

		String code = Totp.codeAt("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", Instant.now().getEpochSecond());
		var secondStep = mvc.perform(post(SecondFactorGate.PAGE).session(session).with(csrf()).param("code", code))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		MockHttpSession signedIn = (MockHttpSession) secondStep.getRequest().getSession();
		mvc.perform(get("/admin/api-clients").session(signedIn)).andExpect(status().isOk());

		// The same code cannot be used twice (replay), even by someone who knows the password.
		var replay = mvc.perform(post("/anmelden").with(csrf())
				.param("email", DemoAccounts.platformAdminEmail()).param("password", PASSWORD)).andReturn();
		mvc.perform(post(SecondFactorGate.PAGE).session((MockHttpSession) replay.getRequest().getSession()).with(csrf()).param("code", code))
			.andExpect(redirectedUrl(SecondFactorGate.PAGE + "?fehler"));
		jdbc.update("update platform.user_account set failed_logins = 0, locked_until = null where email = ?", DemoAccounts.platformAdminEmail());
	}

	@Test
	void demoAccountsAreRefusedWhereDemoModeIsOff() {
		var service = new AccountUserDetailsService(accounts, false);
		String email = "demo-" + UUID.randomUUID() + "@demo.invalid";
		accounts.create(email, "Demo", passwords.encode("ein langes Testpasswort"), Account.Status.ACTIVE, true, false, true);
		assertThat(service.loadUserByUsername(email).isEnabled()).isFalse();
		assertThat(new AccountUserDetailsService(accounts, true).loadUserByUsername(email).isEnabled()).isTrue();
	}

	@Test
	void demoAccountsAreMarkedAsSuch() {
		assertThat(accounts.findByEmail(DemoAccounts.emailOf("dietzenbach", TenantRole.CITIZEN)))
			.hasValueSatisfying(account -> assertThat(account.demo()).isTrue());
	}
}
