package de.integrationskonzept.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;


import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.testing.MailingSystemTest;
import de.integrationskonzept.platform.tenancy.Tenant;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * Citizens register with a municipality and confirm their address by a mailed link; only then
 * can they sign in, as CITIZEN of that municipality. Nothing on the page tells whether an
 * address already has an account.
 */
class CitizenRegistrationTests extends MailingSystemTest {



	private static final String PASSWORD = "Am Main wohnen gern viele Leute";
	private static final String CONFIRM_SUBJECT = "Bitte bestätigen Sie Ihre Registrierung";
	private static final String CONFIRMATION_PAGE = "/registrierung/bestaetigen";

	@Autowired UserAccounts accounts;
	@Autowired PasswordEncoder passwords;
	@Autowired Tenants tenants;
	@Autowired TenantScope tenantScope;
	@Autowired TransactionTemplate transactions;

	private static String newAddress() {
		return "buerger-" + UUID.randomUUID() + "@example.org";
	}

	private static MockHttpServletRequestBuilder registration(String slug, String email, String password) {
		return post("/" + slug + "/registrieren").with(csrf())
			.param("displayName", "Alex B.").param("email", email).param("password", password).param("consent", "true");
	}

	private void register(String slug, String email, String password) throws Exception {
		mvc.perform(registration(slug, email, password)).andExpect(redirectedUrl("/" + slug + "/registrieren/gesendet"));
	}

	private void signIn(String email, String password, String expectedRedirect) throws Exception {
		mvc.perform(post("/anmelden").with(csrf()).param("email", email).param("password", password))
			.andExpect(redirectedUrl(expectedRedirect));
	}

	private int citizenRowsIn(Tenant tenant, UUID user) {
		return tenantScope.callAs(tenant.id(), () -> transactions.execute(status -> jdbc.queryForObject(
				"select count(*) from platform.membership where user_id = ? and role = 'CITIZEN'", Integer.class, user)));
	}

	@Test
	void confirmedRegistrationMakesTheCitizenAMemberOfThatMunicipalityWhoCanSignIn() throws Exception {
		Tenant wiesbaden = tenants.findActiveBySlug("wiesbaden").orElseThrow();
		Tenant dietzenbach = tenants.findActiveBySlug("dietzenbach").orElseThrow();
		String email = newAddress();
		mvc.perform(get("/wiesbaden/registrieren"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(wiesbaden.name())))
			.andExpect(content().string(containsString("autocomplete=\"new-password\"")));
		register("wiesbaden", email, PASSWORD);
		mvc.perform(get("/wiesbaden/registrieren/gesendet"))
			.andExpect(content().string(containsString("Bitte bestätigen Sie Ihre E-Mail-Adresse")));

		ReceivedMails.Mail confirmation = ReceivedMails.awaitOne(MAIL, email, CONFIRM_SUBJECT);
		assertThat(confirmation.subject()).contains(wiesbaden.name());
		String token = confirmation.token(CONFIRMATION_PAGE);
		mvc.perform(get(CONFIRMATION_PAGE).param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("E-Mail-Adresse bestätigen")));
		Account pending = accounts.findByEmail(email).orElseThrow();
		assertThat(pending.status()).as("opening the link alone confirms nothing").isEqualTo(Account.Status.PENDING);

		mvc.perform(post(CONFIRMATION_PAGE).with(csrf()).param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Registrierung abgeschlossen")));

		Account confirmed = accounts.findByEmail(email).orElseThrow();
		assertThat(confirmed.status()).isEqualTo(Account.Status.ACTIVE);
		assertThat(confirmed.emailVerified()).isTrue();
		assertThat(confirmed.displayName()).isEqualTo("Alex B.");
		assertThat(accounts.membershipsOf(confirmed.id()))
			.containsExactly(new Membership(wiesbaden.id(), "wiesbaden", TenantRole.CITIZEN));
		assertThat(citizenRowsIn(wiesbaden, confirmed.id())).isEqualTo(1);
		assertThat(citizenRowsIn(dietzenbach, confirmed.id())).isZero();
		assertThat(jdbc.queryForObject(
				"select count(*) from platform.security_audit where actor = ? and action = 'CITIZEN_REGISTERED' and tenant_id = ?",
				Integer.class, email, wiesbaden.id().value())).isEqualTo(1);
		signIn(email, PASSWORD, "/");

		mvc.perform(post(CONFIRMATION_PAGE).with(csrf()).param("token", token))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("wurde schon verwendet")));
	}

	@Test
	void unconfirmedAccountCannotSignIn() throws Exception {
		String email = newAddress();
		register("dietzenbach", email, PASSWORD);

		assertThat(accounts.findByEmail(email).orElseThrow().status()).isEqualTo(Account.Status.PENDING);
		signIn(email, PASSWORD, "/anmelden?fehler");
	}

	@Test
	void registeringAnExistingAddressRevealsNothingAndTellsTheHolderByMail() throws Exception {
		String email = newAddress();
		var id = accounts.create(email, "Schon da", passwords.encode("ein langes altes Passwort"), Account.Status.ACTIVE, true, false,
				false);
		Account before = accounts.findByEmail(email).orElseThrow();

		register("wiesbaden", email, PASSWORD);

		ReceivedMails.Mail notice = ReceivedMails.awaitOne(MAIL, email, "Ihre Registrierung bei");
		assertThat(notice.text()).contains("schon ein Konto", "/anmelden", "/passwort/vergessen").doesNotContain("token=");
		assertThat(ReceivedMails.to(MAIL, email, CONFIRM_SUBJECT)).isEmpty();
		assertThat(accounts.findByEmail(email).orElseThrow()).isEqualTo(before);
		assertThat(accounts.membershipsOf(id)).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from platform.account_token where user_id = ?", Integer.class, id)).isZero();
		signIn(email, PASSWORD, "/anmelden?fehler");
	}

	@Test
	void accountAwaitingAnInvitationIsNotTakenOverByARegistration() throws Exception {
		String email = newAddress();
		var id = accounts.create(email, "Eingeladen", null, Account.Status.PENDING, false, false, false);
		Account before = accounts.findByEmail(email).orElseThrow();

		register("wiesbaden", email, PASSWORD);

		assertThat(ReceivedMails.after(Duration.ofSeconds(1), MAIL, email, "")).isEmpty();
		assertThat(accounts.findByEmail(email).orElseThrow()).isEqualTo(before);
		assertThat(jdbc.queryForObject("select count(*) from platform.account_token where user_id = ?", Integer.class, id)).isZero();
	}

	@Test
	void repeatedRegistrationReplacesTheUnconfirmedOneAndOnlyTheNewestLinkWorks() throws Exception {
		String email = newAddress();
		register("wiesbaden", email, "das erste lange Passwort");
		String first = ReceivedMails.awaitOne(MAIL, email, CONFIRM_SUBJECT).token(CONFIRMATION_PAGE);
		register("dietzenbach", email, PASSWORD);
		List<ReceivedMails.Mail> mails = ReceivedMails.await(MAIL, email, CONFIRM_SUBJECT, 2);
		String second = mails.getLast().token(CONFIRMATION_PAGE);

		mvc.perform(post(CONFIRMATION_PAGE).with(csrf()).param("token", first)).andExpect(status().isGone());
		mvc.perform(post(CONFIRMATION_PAGE).with(csrf()).param("token", second)).andExpect(status().isOk());

		Account account = accounts.findByEmail(email).orElseThrow();
		assertThat(accounts.membershipsOf(account.id())).extracting(Membership::tenantSlug).containsExactly("dietzenbach");
		signIn(email, PASSWORD, "/");
	}

	@Test
	void expiredConfirmationLinkIsRefusedAndTheAccountStaysPending() throws Exception {
		String email = newAddress();
		register("wiesbaden", email, PASSWORD);
		String token = ReceivedMails.awaitOne(MAIL, email, CONFIRM_SUBJECT).token(CONFIRMATION_PAGE);
		jdbc.update("update platform.account_token set expires_at = now() - interval '1 minute' where token_hash = ?",
				AccountTokens.hash(token));

		mvc.perform(get(CONFIRMATION_PAGE).param("token", token)).andExpect(status().isGone());
		mvc.perform(post(CONFIRMATION_PAGE).with(csrf()).param("token", token))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("abgelaufen")));

		Account account = accounts.findByEmail(email).orElseThrow();
		assertThat(account.status()).isEqualTo(Account.Status.PENDING);
		assertThat(accounts.membershipsOf(account.id())).isEmpty();
	}

	@Test
	void invalidInputIsExplainedAtEachFieldAndCreatesNothing() throws Exception {
		String email = newAddress();
		mvc.perform(post("/wiesbaden/registrieren").with(csrf())
				.param("displayName", " ").param("email", email).param("password", "password1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bitte geben Sie einen Namen an.")))
			.andExpect(content().string(containsString("Dieses Passwort wird sehr häufig verwendet")))
			.andExpect(content().string(containsString("Bitte bestätigen Sie, dass Sie in die Verarbeitung")))
			.andExpect(content().string(containsString("aria-describedby=\"consent-hint consent-error\"")))
			.andExpect(content().string(containsString("href=\"#password\"")));
		mvc.perform(registration("wiesbaden", "keine-adresse", PASSWORD))
			.andExpect(content().string(containsString("Bitte geben Sie eine gültige E-Mail-Adresse ein")));
		mvc.perform(registration("wiesbaden", email, email))
			.andExpect(content().string(containsString("Das Passwort darf nicht Ihre E-Mail-Adresse")));

		assertThat(accounts.findByEmail(email)).isEmpty();
	}

	@Test
	void registrationNeedsAnActiveMunicipality() throws Exception {
		mvc.perform(get("/gibt-es-nicht/registrieren")).andExpect(status().isNotFound());
		mvc.perform(get("/konto/registrieren")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/passwort/registrieren")).andExpect(status().isNotFound());
	}

	@Test
	void formsWithoutCsrfTokenAreRejected() throws Exception {
		String email = newAddress();
		mvc.perform(post("/wiesbaden/registrieren").param("displayName", "Alex").param("email", email)
				.param("password", PASSWORD).param("consent", "true"))
			.andExpect(status().isForbidden());
		mvc.perform(post(CONFIRMATION_PAGE).param("token", "egal")).andExpect(status().isForbidden());
		assertThat(accounts.findByEmail(email)).isEmpty();
	}
}
