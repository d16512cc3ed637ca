package de.integrationskonzept.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Failed sign-ins are throttled in PostgreSQL per account name, per client address and per OAuth2
 * client (sliding window, defaults 10 / 50 / 10 in 15 minutes): once blocked even the right password is
 * refused, others are not affected, a success resets nothing, and after the window it works again.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignInThrottleTests {

	private static final String PASSWORD = "ein langes Testpasswort";
	private static final int PER_ACCOUNT = 10;
	private static final int PER_ADDRESS = 50;

	@Autowired MockMvc mvc;
	@Autowired JdbcTemplate jdbc;
	@Autowired PasswordEncoder passwords;
	@Autowired Environment environment;

	/** The schema owner: the application itself may only add and remove failures, never change them. */
	private JdbcTemplate owner() {
		return new JdbcTemplate(new DriverManagerDataSource(environment.getRequiredProperty("spring.liquibase.url"),
				environment.getRequiredProperty("spring.liquibase.user"), environment.getProperty("spring.liquibase.password")));
	}

	private String newAccount() {
		String email = "throttle-" + UUID.randomUUID() + "@test.invalid";
		jdbc.update("""
				insert into platform.user_account (id, email, display_name, password_hash, status, email_verified_at)
				values (?, ?, 'Throttle', ?, 'ACTIVE', now())""", UUID.randomUUID(), email, passwords.encode(PASSWORD));
		return email;
	}

	private String signIn(String email, String password, String address) throws Exception {
		return mvc.perform(post("/anmelden").with(csrf()).with(ClientAddresses.from(address)).param("email", email).param("password", password))
			.andReturn().getResponse().getRedirectedUrl();
	}

	/** The account lockout (5 failures) is a separate mechanism; lift it to see the throttle on its own. */
	private void liftLockout(String email) {
		jdbc.update("update platform.user_account set failed_logins = 0, locked_until = null where email = ?", email);
	}

	@Test
	void failuresForOneNameBlockEvenTheRightPasswordFromEveryAddress() throws Exception {
		String email = newAccount();
		for (int attempt = 0; attempt < PER_ACCOUNT; attempt++) {
			signIn(email, "falsch-" + attempt, ClientAddresses.fresh());
			liftLockout(email);
		}
		String refused = signIn(email, PASSWORD, ClientAddresses.fresh());
		assertThat(refused).startsWith("/anmelden?zuViele&minuten=");
		String page = mvc.perform(get(refused)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Zu viele fehlgeschlagene Anmeldeversuche. Bitte warten Sie 15 Minute(n)");
		assertThat(jdbc.queryForObject("select count(*) from platform.security_audit where actor = ? and action = 'SIGN_IN_THROTTLED'",
				Integer.class, email)).isEqualTo(1);

		String other = newAccount();
		assertThat(signIn(other, PASSWORD, ClientAddresses.fresh())).as("another account").isEqualTo("/");
	}

	@Test
	void nameWithoutAccountIsThrottledAlikeSoTheAnswerDoesNotRevealAccounts() throws Exception {
		String nobody = "niemand-" + UUID.randomUUID() + "@test.invalid";
		for (int attempt = 0; attempt < PER_ACCOUNT; attempt++) {
			assertThat(signIn(nobody, "falsch", ClientAddresses.fresh())).isEqualTo("/anmelden?fehler");
		}
		assertThat(signIn(nobody.toUpperCase(), "falsch", ClientAddresses.fresh())).startsWith("/anmelden?zuViele");
	}

	@Test
	void failuresFromOneAddressBlockEveryNameFromItButNotOtherAddresses() throws Exception {
		String address = ClientAddresses.fresh();
		for (int attempt = 0; attempt < PER_ADDRESS - 1; attempt++) {
			signIn("spray-" + attempt + "-" + UUID.randomUUID() + "@test.invalid", "Sommer2026!", address);
		}
		String own = newAccount();
		assertThat(signIn(own, PASSWORD, address)).as("a success in between").isEqualTo("/");
		signIn("spray-last-" + UUID.randomUUID() + "@test.invalid", "Sommer2026!", address);

		String victim = newAccount();
		assertThat(signIn(victim, PASSWORD, address)).as("the success reset nothing").startsWith("/anmelden?zuViele");
		assertThat(signIn(victim, PASSWORD, ClientAddresses.fresh())).as("another address").isEqualTo("/");
	}

	@Test
	void afterTheWindowTheRightPasswordWorksAgain() throws Exception {
		String email = newAccount();
		String address = ClientAddresses.fresh();
		for (int attempt = 0; attempt < PER_ACCOUNT; attempt++) {
			signIn(email, "falsch-" + attempt, address);
			liftLockout(email);
		}
		assertThat(signIn(email, PASSWORD, address)).startsWith("/anmelden?zuViele");
		// Fifteen minutes pass for every failure (the table holds only keyed hashes, so all rows are aged).
		owner().update("update platform.sign_in_failure set failed_at = failed_at - interval '15 minutes'");
		assertThat(signIn(email, PASSWORD, address)).isEqualTo("/");
	}

	@Test
	void noNameOrAddressIsStoredInTheClear() throws Exception {
		String email = newAccount();
		String address = ClientAddresses.fresh();
		signIn(email, "falsch", address);
		assertThat(jdbc.queryForList("select throttle_key from platform.sign_in_failure", String.class))
			.isNotEmpty()
			.allSatisfy(key -> assertThat(key).hasSize(64).doesNotContain(email, address));
	}

	@Test
	void tokenEndpointAnswersTooManyRequestsWithRetryAfter() throws Exception {
		String client = "throttle-client-" + UUID.randomUUID();
		String address = ClientAddresses.fresh();
		for (int attempt = 0; attempt < 10; attempt++) {
			int status = mvc.perform(post("/oauth2/token").with(httpBasic(client, "falsch")).with(ClientAddresses.from(address))
					.param("grant_type", "client_credentials")).andReturn().getResponse().getStatus();
			assertThat(status).isEqualTo(401);
		}
		MockHttpServletResponse blocked = mvc.perform(post("/oauth2/token").with(httpBasic(client, "falsch")).with(ClientAddresses.from(ClientAddresses.fresh()))
				.param("grant_type", "client_credentials")).andReturn().getResponse();
		assertThat(blocked.getStatus()).isEqualTo(429);
		assertThat(Integer.parseInt(blocked.getHeader("Retry-After"))).isBetween(1, 15 * 60 + 1);
		assertThat(blocked.getContentType()).startsWith("application/problem+json");
	}
}
