package de.integrationskonzept.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.publishing.internal.contact.ContactRetention;
import de.integrationskonzept.testing.MailingSystemTest;

/**
 * The public contact form: a message is stored for the tenant's staff and the contact office is
 * told by e-mail; bots (honeypot), floods (rate limit) and invalid input store nothing.
 */
class ContactFormTests extends MailingSystemTest {

	/** Wiesbaden's contact office e-mail (tenants/wiesbaden.yaml). */
	private static final String WIESBADEN_OFFICE = "Integrationskonzept@wiesbaden.de";
	private static final AtomicInteger CLIENTS = new AtomicInteger(1);

	@Autowired ContactRetention retention;

	/** A client address of its own per use, so the tests do not share the rate limit. */
	private static RequestPostProcessor newClient() {
		String address = "198.51.100." + CLIENTS.getAndIncrement();
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static MockHttpServletRequestBuilder message(String slug, String subject, RequestPostProcessor client) {
		return post("/" + slug + "/kontakt").with(client).with(csrf())
			.param("name", "Aylin Demir").param("email", "aylin.demir@example.org").param("subject", subject)
			.param("message", "Gibt es im Herbst wieder einen Sprachkurs für Eltern?").param("consent", "true").param("homepage", "");
	}

	private UserRequestPostProcessor as(String slug, TenantRole role) {
		return user("redaktion@demo.invalid").authorities(TenantAuthority.of(tenant(slug), role));
	}

	private int stored(String slug, String subject) {
		return inTenant(tenant(slug), () -> jdbc.queryForObject("select count(*) from publishing.contact_message where subject = ?",
				Integer.class, subject));
	}

	private long mailsMentioning(String text) {
		return mailsTo(WIESBADEN_OFFICE, 0).stream().filter(mail -> text(mail).contains(text)).count();
	}

	@Test
	void sentMessageIsStoredAndTheContactOfficeIsToldWithoutTheMessageItself() throws Exception {
		String subject = "Sprachkurs für Eltern " + UUID.randomUUID();
		MvcResult sent = mvc.perform(message("wiesbaden", subject, newClient())).andReturn();

		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/wiesbaden/kontakt/gesendet");
		assertThat(stored("wiesbaden", subject)).isEqualTo(1);
		String mail = awaitMailMentioning(subject);
		assertThat(mail).contains("Landeshauptstadt Wiesbaden", "/wiesbaden/verwaltung/nachrichten")
			.doesNotContain("aylin.demir@example.org", "Sprachkurs für Eltern?", "Aylin Demir");

		String inbox = mvc.perform(get("/wiesbaden/verwaltung/nachrichten").with(as("wiesbaden", TenantRole.EDITOR))).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(inbox).contains(subject, "aylin.demir@example.org", "Gibt es im Herbst wieder einen Sprachkurs für Eltern?");
		assertThat(mvc.perform(get("/wiesbaden/verwaltung/nachrichten").with(as("wiesbaden", TenantRole.CONTRIBUTOR))).andReturn()
			.getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(get("/wiesbaden/verwaltung/nachrichten").with(as("dietzenbach", TenantRole.TENANT_ADMIN))).andReturn()
			.getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(get("/dietzenbach/verwaltung/nachrichten").with(as("dietzenbach", TenantRole.EDITOR))).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain(subject);
	}

	@Test
	void filledHoneypotLooksLikeSuccessButStoresAndSendsNothing() throws Exception {
		String subject = "Günstige Angebote " + UUID.randomUUID();
		MvcResult bot = mvc.perform(message("wiesbaden", subject, newClient()).param("homepage", "https://spam.example")).andReturn();

		assertThat(bot.getResponse().getRedirectedUrl()).isEqualTo("/wiesbaden/kontakt/gesendet");
		assertThat(stored("wiesbaden", subject)).isZero();
		Thread.sleep(500);
		assertThat(mailsMentioning(subject)).isZero();
	}

	@Test
	void beyondTheHourlyLimitAClientGets429AndNothingIsStored() throws Exception {
		String subject = "Frage zur Einbürgerung " + UUID.randomUUID();
		RequestPostProcessor client = newClient();
		for (int i = 0; i < 5; i++) {
			assertThat(mvc.perform(message("dietzenbach", subject, client)).andReturn().getResponse().getRedirectedUrl())
				.as("message %d of 5", i + 1).isEqualTo("/dietzenbach/kontakt/gesendet");
		}
		MvcResult sixth = mvc.perform(message("dietzenbach", subject, client)).andReturn();

		assertThat(sixth.getResponse().getStatus()).isEqualTo(429);
		assertThat(sixth.getResponse().getHeader("Retry-After")).isEqualTo("3600");
		assertThat(sixth.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("Zu viele Nachrichten", "Ihre Nachricht wurde nicht gespeichert", "Stabsstelle Integration");
		assertThat(stored("dietzenbach", subject)).isEqualTo(5);
		assertThat(mvc.perform(message("dietzenbach", subject, newClient())).andReturn().getResponse().getRedirectedUrl())
			.as("another client").isEqualTo("/dietzenbach/kontakt/gesendet");
		assertThat(mvc.perform(message("frankenthal", subject, client)).andReturn().getResponse().getRedirectedUrl())
			.as("the same client at another tenant").isEqualTo("/frankenthal/kontakt/gesendet");
	}

	@Test
	void invalidInputIsShownAtTheFieldsAndInTheSummaryAndNothingIsStored() throws Exception {
		String subject = "Ohne Adresse " + UUID.randomUUID();
		MvcResult refused = mvc.perform(post("/wiesbaden/kontakt").with(newClient()).with(csrf()).param("email", "keine-adresse")
			.param("subject", subject).param("message", "Zu kurz").param("homepage", "")).andReturn();

		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("Bitte korrigieren Sie Ihre Angaben", "href=\"#email\"", "id=\"email-error\"",
					"Bitte geben Sie eine gültige E-Mail-Adresse an", "id=\"message-error\"", "bisher: 7",
					"href=\"#consent\"", "id=\"consent\"", "id=\"consent-error\"", "aria-invalid=\"true\"", "value=\"" + subject + "\"");
		assertThat(stored("wiesbaden", subject)).isZero();
	}

	@Test
	void aListOfAddressesIsNoValidAddress() throws Exception {
		String subject = "Mehrere Adressen " + UUID.randomUUID();
		MvcResult refused = mvc.perform(post("/wiesbaden/kontakt").with(newClient()).with(csrf())
			.param("email", "a@example.org, b@example.org").param("subject", subject)
			.param("message", "Bitte an beide Adressen antworten.").param("consent", "true")).andReturn();

		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(stored("wiesbaden", subject)).isZero();
	}

	@Test
	void contactPageShowsTheContactOfficeTheHoneypotAndTheConsentLink() throws Exception {
		var response = mvc.perform(get("/dietzenbach/kontakt")).andReturn().getResponse();
		assertThat(response.getHeader("ETag")).as("a form with a CSRF token is never cached").isNull();
		String page = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Stabsstelle Integration", "Europaplatz 1", "009 (EG)", "06074 373-817",
				"nach Terminvereinbarung oder zu den Sprechzeiten", "Bitte leer lassen", "tabindex=\"-1\"", "autocomplete=\"off\"",
				"href=\"/dietzenbach/datenschutz\"", "name=\"_csrf\"");
	}

	@Test
	void handledMessagesAreDeletedAfterTheRetentionPeriodOpenOnesAreKept() throws Exception {
		String handled = "Erledigt " + UUID.randomUUID();
		String open = "Offen " + UUID.randomUUID();
		mvc.perform(message("frankenthal", handled, newClient()));
		mvc.perform(message("frankenthal", open, newClient()));
		UUID id = inTenant(tenant("frankenthal"), () -> jdbc.queryForObject(
				"select id from publishing.contact_message where subject = ?", UUID.class, handled));
		MvcResult marked = mvc.perform(post("/frankenthal/verwaltung/nachrichten/" + id + "/erledigt").with(as("frankenthal", TenantRole.EDITOR))
			.with(csrf())).andReturn();
		assertThat(marked.getFlashMap().get("message")).isEqualTo("contact.messages.handled");

		retention.deleteExpired(Instant.now().plus(Duration.ofDays(179)));
		assertThat(stored("frankenthal", handled)).as("handled 179 days ago").isEqualTo(1);
		retention.deleteExpired(Instant.now().plus(Duration.ofDays(181)));
		assertThat(stored("frankenthal", handled)).as("handled 181 days ago").isZero();
		assertThat(stored("frankenthal", open)).as("never handled").isEqualTo(1);
	}

	private static String awaitMailMentioning(String text) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(10);
		while (Instant.now().isBefore(deadline)) {
			var found = mailsTo(WIESBADEN_OFFICE, 0).stream().map(MailingSystemTest::text).filter(mail -> mail.contains(text)).toList();
			if (!found.isEmpty()) {
				assertThat(found).hasSize(1);
				return found.getFirst();
			}
			Thread.sleep(50);
		}
		throw new AssertionError("no mail to " + WIESBADEN_OFFICE + " mentioning " + text);
	}
}
