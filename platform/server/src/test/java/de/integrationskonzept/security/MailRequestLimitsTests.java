package de.integrationskonzept.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

import de.integrationskonzept.testing.MailingSystemTest;

/**
 * The public forms that send a mail are limited per recipient and per client address (here 3 and 5 per
 * hour): the next request is answered 429 with the form and a message, and nothing is sent or stored;
 * other recipients and addresses go on; once the window has passed it works again. Password reset and
 * a municipality's sign-up count in the global platform.mail_request, a citizen's registration in the
 * tenant's rate limits.
 */
@TestPropertySource(properties = { "ik.security.mail-request-limit.per-recipient=3", "ik.security.mail-request-limit.per-address=5",
		// Every reset request may send a mail, so the test sees each request's mail (production: one per minute).
		"ik.security.password-reset.minimum-interval=PT0S" })
class MailRequestLimitsTests extends MailingSystemTest {

	private static final int PER_RECIPIENT = 3;
	private static final int PER_ADDRESS = 5;
	private static final String RESET_SUBJECT = "Neues Passwort";
	private static final String CONFIRM_SUBJECT = "Bitte bestätigen Sie Ihre Registrierung";
	private static final String TOO_MANY = "Zu viele Anfragen. Bitte versuchen Sie es in 60 Minute(n) erneut.";

	@Autowired PasswordEncoder passwords;
	@Autowired Environment environment;

	/** The schema owner, to let time pass for stored requests; the application may not change them. */
	private JdbcTemplate owner() {
		return new JdbcTemplate(new DriverManagerDataSource(environment.getRequiredProperty("spring.liquibase.url"),
				environment.getRequiredProperty("spring.liquibase.user"), environment.getProperty("spring.liquibase.password")));
	}

	/** The hour passes for the municipality's registration counts (row-level security applies to the owner, too). */
	private void letRegistrationLimitsExpireIn(String slug) {
		var connection = new SingleConnectionDataSource(environment.getRequiredProperty("spring.liquibase.url"),
				environment.getRequiredProperty("spring.liquibase.user"), environment.getProperty("spring.liquibase.password"), true);
		try {
			JdbcTemplate owner = new JdbcTemplate(connection);
			owner.queryForObject("select set_config('app.tenant_id', ?, false)", String.class, tenant(slug).value().toString());
			owner.update("update platform.rate_limit_hit set expires_at = now() - interval '1 second' where action like 'registration-%'");
		}
		finally {
			connection.destroy();
		}
	}

	private String newAccount() {
		String email = "limit-" + UUID.randomUUID() + "@test.invalid";
		jdbc.update("""
				insert into platform.user_account (id, email, display_name, password_hash, status, email_verified_at)
				values (?, ?, 'Limit', ?, 'ACTIVE', now())""", UUID.randomUUID(), email, passwords.encode("ein langes Testpasswort"));
		return email;
	}

	private MockHttpServletResponse requestReset(String email, String address) throws Exception {
		return mvc.perform(post("/passwort/vergessen").with(csrf()).with(ClientAddresses.from(address)).param("email", email)).andReturn().getResponse();
	}

	private MockHttpServletResponse register(String email, String address) throws Exception {
		return mvc.perform(post("/wiesbaden/registrieren").with(csrf()).with(ClientAddresses.from(address))
			.param("displayName", "Alex B.").param("email", email).param("password", "Am Main wohnen gern viele Leute")
			.param("consent", "true")).andReturn().getResponse();
	}

	private MockHttpServletResponse signUp(int number, String contactEmail, String address) throws Exception {
		// Kreisfreie Städte in Bayern, which no other test signs up.
		String ags = "0916" + number + "000";
		return mvc.perform(post("/registrierung").with(csrf()).with(ClientAddresses.from(address))
			.param("name", "Teststadt " + number).param("shortName", "Teststadt " + number).param("kind", "KREISFREIE_STADT")
			.param("ags", ags).param("bundesland", "BY").param("slug", "limit-" + number + "-" + UUID.randomUUID().toString().substring(0, 8))
			.param("contactName", "Max Muster").param("contactEmail", contactEmail)).andReturn().getResponse();
	}

	private static void assertRefused(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).isEqualTo(429);
		assertThat(Integer.parseInt(response.getHeader("Retry-After"))).isBetween(1, 3600);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains(TOO_MANY).contains("<form");
	}

	private int resetMails(String email) throws InterruptedException {
		Thread.sleep(500);
		return mailsTo(email, 0).stream().filter(mail -> subject(mail).contains(RESET_SUBJECT)).toList().size();
	}

	@Test
	void passwordResetForOneAddressIsRefusedAfterTheLimitAndSendsNoFurtherMail() throws Exception {
		String email = newAccount();
		String address = ClientAddresses.fresh();
		for (int request = 0; request < PER_RECIPIENT; request++) {
			assertThat(requestReset(email, ClientAddresses.fresh()).getRedirectedUrl()).isEqualTo("/passwort/vergessen?gesendet");
		}
		assertThat(mailsTo(email, PER_RECIPIENT)).hasSize(PER_RECIPIENT);

		assertRefused(requestReset(email.toUpperCase(), address));
		assertThat(resetMails(email)).as("no mail for the refused request").isEqualTo(PER_RECIPIENT);
		assertThat(jdbc.queryForObject("select count(*) from platform.security_audit where actor = ? and action = 'PASSWORD_RESET_REQUESTED'",
				Integer.class, email)).as("nothing recorded for the refused request").isEqualTo(PER_RECIPIENT);

		String other = newAccount();
		assertThat(requestReset(other, address).getRedirectedUrl()).as("another recipient from the same address")
			.isEqualTo("/passwort/vergessen?gesendet");
	}

	@Test
	void addressWithoutAccountIsCountedAlikeSoTheAnswerRevealsNoAccount() throws Exception {
		String nobody = "niemand-" + UUID.randomUUID() + "@test.invalid";
		for (int request = 0; request < PER_RECIPIENT; request++) {
			assertThat(requestReset(nobody, ClientAddresses.fresh()).getRedirectedUrl()).isEqualTo("/passwort/vergessen?gesendet");
		}
		assertRefused(requestReset(nobody, ClientAddresses.fresh()));
	}

	@Test
	void oneClientAddressIsRefusedForEveryRecipientButOtherAddressesGoOn() throws Exception {
		String address = ClientAddresses.fresh();
		for (int request = 0; request < PER_ADDRESS; request++) {
			assertThat(requestReset("viele-" + UUID.randomUUID() + "@test.invalid", address).getRedirectedUrl())
				.isEqualTo("/passwort/vergessen?gesendet");
		}
		String email = newAccount();
		assertRefused(requestReset(email, address));
		assertThat(requestReset(email, ClientAddresses.fresh()).getRedirectedUrl()).as("another address").isEqualTo("/passwort/vergessen?gesendet");
	}

	@Test
	void afterTheWindowPasswordResetsAreSentAgain() throws Exception {
		String email = newAccount();
		for (int request = 0; request < PER_RECIPIENT; request++) {
			requestReset(email, ClientAddresses.fresh());
		}
		assertRefused(requestReset(email, ClientAddresses.fresh()));
		// An hour passes for every request (the table holds only keyed hashes, so all rows are aged).
		owner().update("update platform.mail_request set requested_at = requested_at - interval '1 hour'");
		assertThat(requestReset(email, ClientAddresses.fresh()).getRedirectedUrl()).isEqualTo("/passwort/vergessen?gesendet");
		assertThat(mailsTo(email, PER_RECIPIENT + 1)).hasSize(PER_RECIPIENT + 1);
	}

	@Test
	void noAddressIsStoredInTheClear() throws Exception {
		String email = newAccount();
		String address = ClientAddresses.fresh();
		requestReset(email, address);
		assertThat(jdbc.queryForList("select throttle_key from platform.mail_request", String.class))
			.isNotEmpty()
			.allSatisfy(key -> assertThat(key).hasSize(64).doesNotContain(email, address));
	}

	@Test
	void municipalitySignUpIsRefusedAfterTheLimitForOneContactAndStoresNothing() throws Exception {
		String contact = "kontakt-" + UUID.randomUUID() + "@test.invalid";
		for (int number = 1; number <= PER_RECIPIENT; number++) {
			assertThat(signUp(number, contact, ClientAddresses.fresh()).getRedirectedUrl()).isEqualTo("/registrierung/eingegangen");
		}
		String address = ClientAddresses.fresh();
		assertRefused(signUp(PER_RECIPIENT + 1, contact, address));
		assertThat(jdbc.queryForObject("select count(*) from platform.tenant where ags = ?", Integer.class, "0916" + (PER_RECIPIENT + 1) + "000"))
			.as("no request stored").isZero();
		assertThat(signUp(PER_RECIPIENT + 1, "andere-" + UUID.randomUUID() + "@test.invalid", address).getRedirectedUrl())
			.as("another contact from the same address").isEqualTo("/registrierung/eingegangen");
	}

	@Test
	void citizenRegistrationIsRefusedAfterTheLimitAndSendsNoFurtherMail() throws Exception {
		String email = "buerger-" + UUID.randomUUID() + "@test.invalid";
		for (int request = 0; request < PER_RECIPIENT; request++) {
			assertThat(register(email, ClientAddresses.fresh()).getRedirectedUrl()).isEqualTo("/wiesbaden/registrieren/gesendet");
		}
		assertThat(mailsTo(email, PER_RECIPIENT)).hasSize(PER_RECIPIENT);
		String address = ClientAddresses.fresh();
		assertRefused(register(email, address));
		Thread.sleep(500);
		assertThat(mailsTo(email, 0)).as("no mail for the refused registration")
			.filteredOn(mail -> subject(mail).contains(CONFIRM_SUBJECT)).hasSize(PER_RECIPIENT);

		assertThat(register("andere-" + UUID.randomUUID() + "@test.invalid", address).getRedirectedUrl())
			.as("another recipient from the same address").isEqualTo("/wiesbaden/registrieren/gesendet");
	}

	@Test
	void citizenRegistrationsFromOneClientAddressAreRefusedUntilTheWindowHasPassed() throws Exception {
		String address = ClientAddresses.fresh();
		for (int request = 0; request < PER_ADDRESS; request++) {
			assertThat(register("viele-" + UUID.randomUUID() + "@test.invalid", address).getRedirectedUrl())
				.isEqualTo("/wiesbaden/registrieren/gesendet");
		}
		String email = "buerger-" + UUID.randomUUID() + "@test.invalid";
		assertRefused(register(email, address));
		assertThat(jdbc.queryForObject("select count(*) from platform.user_account where email = ?", Integer.class, email))
			.as("no account stored").isZero();
		assertThat(register(email, ClientAddresses.fresh()).getRedirectedUrl()).as("another address").isEqualTo("/wiesbaden/registrieren/gesendet");

		letRegistrationLimitsExpireIn("wiesbaden");
		assertThat(register("wieder-" + UUID.randomUUID() + "@test.invalid", address).getRedirectedUrl()).as("after the window")
			.isEqualTo("/wiesbaden/registrieren/gesendet");
	}
}
