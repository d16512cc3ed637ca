package de.integrationskonzept.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * System tests that read the mail the platform sends: a GreenMail SMTP server per test class
 * (on a free port, so parallel checkouts on one machine do not collide), the application
 * context shared by all subclasses, and helpers for signing in and reading tenant-owned rows.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class MailingSystemTest {

	public static final String DEMO_PASSWORD = "Demo-Integration-2026";
	public static final String PLATFORM_ADMIN = "plattform-admin@demo.invalid";

	private static final int SMTP_PORT = freePort();

	@RegisterExtension
	protected static final GreenMailExtension MAIL = new GreenMailExtension(
			new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@Autowired protected MockMvc mvc;
	@Autowired protected JdbcTemplate jdbc;
	@Autowired protected TenantScope tenantScope;
	@Autowired protected TransactionTemplate transactions;
	@Autowired protected Tenants tenants;

	protected TenantId tenant(String slug) {
		return tenants.findActiveBySlug(slug).orElseThrow().id();
	}

	/** Work on tenant-owned rows, in a transaction bound to the tenant (row-level security). */
	protected <T> T inTenant(TenantId tenant, Supplier<T> work) {
		return tenantScope.callAs(tenant, () -> transactions.execute(status -> work.get()));
	}

	/** Signs in through the form and returns the session. */
	protected MockHttpSession signIn(String email, String password) throws Exception {
		return signIn(new MockHttpSession(), email, password);
	}

	protected MockHttpSession signIn(MockHttpSession session, String email, String password) throws Exception {
		var result = mvc.perform(post("/anmelden").session(session).with(csrf()).param("email", email).param("password", password))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).as("sign-in of " + email).doesNotContain("fehler", "gesperrt");
		return (MockHttpSession) result.getRequest().getSession();
	}

	/** Runs service calls as someone holding {@code authorities}, without a web request. */
	protected static <T> T as(String name, List<GrantedAuthority> authorities, Supplier<T> work) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null, authorities));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** The text of the only mail to {@code address}, waiting briefly for it. */
	protected static String onlyMailTo(String address) {
		List<MimeMessage> messages = mailsTo(address, 1);
		assertThat(messages).as("mails to " + address).hasSize(1);
		return text(messages.getFirst());
	}

	protected static List<MimeMessage> mailsTo(String address, int expected) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
		List<MimeMessage> messages;
		do {
			messages = Arrays.stream(MAIL.getReceivedMessages()).filter(message -> isTo(message, address)).toList();
		}
		while (messages.size() < expected && Instant.now().isBefore(deadline) && pause());
		return messages;
	}

	protected static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	protected static String text(MimeMessage message) {
		try {
			return message.getContent().toString().replace("\r\n", "\n");
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The path of the first link in {@code text} that starts with {@code pathPrefix}. */
	protected static String linkPath(String text, String pathPrefix) {
		Matcher link = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(pathPrefix) + "[A-Za-z0-9_\\-/]+)").matcher(text);
		assertThat(link.find()).as("a link to " + pathPrefix + " in:\n" + text).isTrue();
		return link.group(1);
	}

	private static boolean isTo(MimeMessage message, String address) {
		try {
			return message.getRecipients(Message.RecipientType.TO) != null && Arrays.stream(message.getRecipients(Message.RecipientType.TO))
				.anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static boolean pause() {
		try {
			Thread.sleep(50);
			return true;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
