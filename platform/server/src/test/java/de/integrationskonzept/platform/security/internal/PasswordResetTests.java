package de.integrationskonzept.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;


import de.integrationskonzept.testing.MailingSystemTest;

/**
 * Password reset by e-mail: one-time links valid for an hour, no hint whether an address has an
 * account, the password rules on the new password. Mails go to GreenMail on a free port.
 */
class PasswordResetTests extends MailingSystemTest {



	private static final String OLD_PASSWORD = "ein langes altes Passwort";
	private static final String NEW_PASSWORD = "Morgens Kaffee, abends Tee 2026";
	private static final String RESET_SUBJECT = "Neues Passwort";

	@Autowired UserAccounts accounts;
	@Autowired PasswordEncoder passwords;

	private String newAccount() {
		String email = "reset-" + UUID.randomUUID() + "@example.org";
		accounts.create(email, "Test", passwords.encode(OLD_PASSWORD), Account.Status.ACTIVE, true, false, false);
		return email;
	}

	private void requestReset(String email) throws Exception {
		mvc.perform(post("/passwort/vergessen").with(csrf()).param("email", email))
			.andExpect(redirectedUrl("/passwort/vergessen?gesendet"));
	}

	private String mailedToken(String email) throws Exception {
		return ReceivedMails.awaitOne(MAIL, email, RESET_SUBJECT).token("/passwort/neu");
	}

	private void signIn(String email, String password, String expectedRedirect) throws Exception {
		mvc.perform(post("/anmelden").with(csrf()).param("email", email).param("password", password))
			.andExpect(redirectedUrl(expectedRedirect));
	}

	private String passwordHashOf(String email) {
		return accounts.findByEmail(email).orElseThrow().passwordHash();
	}

	@Test
	void mailedLinkSetsANewPasswordAndTheOldOneNoLongerWorks() throws Exception {
		String email = newAccount();
		requestReset(email);
		String token = mailedToken(email);

		mvc.perform(get("/passwort/neu").param("token", token))
			.andExpect(status().isOk())
			.andExpect(header().string("Referrer-Policy", "no-referrer"))
			.andExpect(content().string(containsString("autocomplete=\"new-password\"")));
		mvc.perform(post("/passwort/neu").with(csrf()).param("token", token)
				.param("password", NEW_PASSWORD).param("passwordRepeat", NEW_PASSWORD))
			.andExpect(redirectedUrl("/anmelden?passwortGeaendert"));
		mvc.perform(get("/anmelden").param("passwortGeaendert", ""))
			.andExpect(content().string(containsString("Ihr Passwort wurde geändert")));

		signIn(email, NEW_PASSWORD, "/");
		signIn(email, OLD_PASSWORD, "/anmelden?fehler");
		assertThat(ReceivedMails.awaitOne(MAIL, email, "Ihr Passwort wurde geändert").text()).contains("/passwort/vergessen");
		assertThat(jdbc.queryForObject("select count(*) from platform.security_audit where actor = ? and action = 'PASSWORD_RESET'",
				Integer.class, email)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select token_hash from platform.account_token where user_id = ?", String.class,
				accounts.findByEmail(email).orElseThrow().id())).isEqualTo(AccountTokens.hash(token)).isNotEqualTo(token);
	}

	@Test
	void unknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
		String unknown = "niemand-" + UUID.randomUUID() + "@example.org";
		requestReset(unknown);
		mvc.perform(get("/passwort/vergessen").param("gesendet", ""))
			.andExpect(content().string(containsString("Wenn zu dieser Adresse ein Konto besteht")));
		assertThat(ReceivedMails.after(Duration.ofSeconds(2), MAIL, unknown, "")).isEmpty();
	}

	@Test
	void expiredLinkIsRefusedAndChangesNothing() throws Exception {
		String email = newAccount();
		requestReset(email);
		String token = mailedToken(email);
		jdbc.update("update platform.account_token set expires_at = now() - interval '1 minute' where token_hash = ?",
				AccountTokens.hash(token));
		String before = passwordHashOf(email);

		mvc.perform(get("/passwort/neu").param("token", token))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("abgelaufen, wurde schon verwendet oder ist unvollständig")));
		mvc.perform(post("/passwort/neu").with(csrf()).param("token", token)
				.param("password", NEW_PASSWORD).param("passwordRepeat", NEW_PASSWORD))
			.andExpect(status().isGone());

		assertThat(passwordHashOf(email)).isEqualTo(before);
		signIn(email, OLD_PASSWORD, "/");
	}

	@Test
	void usedLinkCannotBeUsedAgain() throws Exception {
		String email = newAccount();
		requestReset(email);
		String token = mailedToken(email);
		mvc.perform(post("/passwort/neu").with(csrf()).param("token", token)
				.param("password", NEW_PASSWORD).param("passwordRepeat", NEW_PASSWORD))
			.andExpect(redirectedUrl("/anmelden?passwortGeaendert"));

		mvc.perform(post("/passwort/neu").with(csrf()).param("token", token)
				.param("password", "noch ein ganz anderes Passwort").param("passwordRepeat", "noch ein ganz anderes Passwort"))
			.andExpect(status().isGone());
		signIn(email, NEW_PASSWORD, "/");
	}

	@Test
	void unknownOrMissingTokenShowsTheInvalidLinkPage() throws Exception {
		mvc.perform(get("/passwort/neu").param("token", "erfunden")).andExpect(status().isGone());
		mvc.perform(get("/passwort/neu")).andExpect(status().isGone());
	}

	@Test
	void commonPasswordIsRefusedWithAReadableMessageAndChangesNothing() throws Exception {
		String email = newAccount();
		requestReset(email);
		String token = mailedToken(email);
		String before = passwordHashOf(email);

		mvc.perform(post("/passwort/neu").with(csrf()).param("token", token)
				.param("password", "password1").param("passwordRepeat", "password1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dieses Passwort wird sehr häufig verwendet")))
			.andExpect(content().string(containsString("aria-describedby=\"password-hint password-error\"")))
			.andExpect(content().string(containsString("id=\"password-error\"")));

		assertThat(passwordHashOf(email)).isEqualTo(before);
		mvc.perform(get("/passwort/neu").param("token", token)).andExpect(status().isOk());
	}

	@Test
	void tooShortAndMismatchedPasswordsAreRefused() throws Exception {
		String email = newAccount();
		requestReset(email);
		String token = mailedToken(email);

		mvc.perform(post("/passwort/neu").with(csrf()).param("token", token).param("password", "kurz").param("passwordRepeat", "kurz"))
			.andExpect(content().string(containsString("Das Passwort ist zu kurz")));
		mvc.perform(post("/passwort/neu").with(csrf()).param("token", token)
				.param("password", NEW_PASSWORD).param("passwordRepeat", NEW_PASSWORD + "!"))
			.andExpect(content().string(containsString("Die beiden Eingaben stimmen nicht überein")));
		signIn(email, OLD_PASSWORD, "/");
	}

	@Test
	void newRequestInvalidatesTheOlderLink() throws Exception {
		String email = newAccount();
		requestReset(email);
		String first = mailedToken(email);
		// Requests within a minute send no second mail; this one comes later.
		jdbc.update("update platform.account_token set created_at = created_at - interval '2 minutes' where token_hash = ?",
				AccountTokens.hash(first));
		requestReset(email);
		String second = ReceivedMails.await(MAIL, email, RESET_SUBJECT, 2).getLast().token("/passwort/neu");

		assertThat(second).isNotEqualTo(first);
		mvc.perform(get("/passwort/neu").param("token", first)).andExpect(status().isGone());
		mvc.perform(get("/passwort/neu").param("token", second)).andExpect(status().isOk());
	}

	@Test
	void repeatedRequestsWithinAMinuteSendOneMailWhoseLinkStillWorks() throws Exception {
		String email = newAccount();
		requestReset(email);
		String token = mailedToken(email);
		requestReset(email);

		assertThat(ReceivedMails.after(Duration.ofSeconds(2), MAIL, email, RESET_SUBJECT)).hasSize(1);
		mvc.perform(get("/passwort/neu").param("token", token)).andExpect(status().isOk());
	}

	@Test
	void resetUnlocksALockedAccount() throws Exception {
		String email = newAccount();
		for (int attempt = 0; attempt < 5; attempt++) {
			signIn(email, "falsch-" + attempt, "/anmelden?fehler");
		}
		signIn(email, OLD_PASSWORD, "/anmelden?gesperrt");
		requestReset(email);
		String token = mailedToken(email);
		mvc.perform(post("/passwort/neu").with(csrf()).param("token", token)
				.param("password", NEW_PASSWORD).param("passwordRepeat", NEW_PASSWORD))
			.andExpect(redirectedUrl("/anmelden?passwortGeaendert"));
		signIn(email, NEW_PASSWORD, "/");
	}

	@Test
	void disabledAccountGetsNoResetLink() throws Exception {
		String email = "gesperrt-" + UUID.randomUUID() + "@example.org";
		accounts.create(email, "Test", passwords.encode(OLD_PASSWORD), Account.Status.DISABLED, true, false, false);
		requestReset(email);
		assertThat(ReceivedMails.after(Duration.ofSeconds(2), MAIL, email, "")).isEmpty();
	}

	@Test
	void formsWithoutCsrfTokenAreRejected() throws Exception {
		String email = newAccount();
		mvc.perform(post("/passwort/vergessen").param("email", email)).andExpect(status().isForbidden());
		mvc.perform(post("/passwort/neu").param("token", "egal").param("password", NEW_PASSWORD).param("passwordRepeat", NEW_PASSWORD))
			.andExpect(status().isForbidden());
		mvc.perform(get("/passwort/vergessen"))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(not(containsString("Wenn zu dieser Adresse ein Konto besteht"))));
	}
}
