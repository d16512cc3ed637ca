package de.integrationskonzept.publishing.internal.contact;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.platform.mail.Mailer;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.RateLimits;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.ContactOffice;
import de.integrationskonzept.platform.tenancy.Tenant;
import de.integrationskonzept.platform.tenancy.Tenants;
import de.integrationskonzept.publishing.internal.InvalidInput;

/**
 * Messages through the public contact form: stored for the tenant's staff, who are told by
 * e-mail (to the contact office's address) that one arrived. The mail carries the subject and a
 * link, not the message or the sender's address: personal data stays on the platform, behind the
 * sign-in, and is not copied into mailboxes. Editors read and handle messages; contributors
 * (working group members from outside the administration) do not see senders' personal data.
 */
@Service
@Transactional
public class ContactMessages {

	private static final Logger LOG = LoggerFactory.getLogger(ContactMessages.class);
	static final TenantRole READS = TenantRole.EDITOR;

	/** What became of a submission; a discarded one looks like success to the sender. */
	public enum Outcome {
		ACCEPTED, DISCARDED
	}

	/** The client sent too many messages within the hour; nothing was stored. */
	public static class TooManyMessages extends RuntimeException {
		TooManyMessages() {
			super("too many contact messages from one client within an hour");
		}
	}

	private final ContactMessageRepository repository;
	private final RateLimits rateLimits;
	private final RateLimits.Limit limit;
	private final Tenants tenants;
	private final Mailer mailer;
	private final MessageSource messages;

	ContactMessages(ContactMessageRepository repository, RateLimits rateLimits, Tenants tenants, Mailer mailer,
			MessageSource messages, @Value("${ik.publishing.contact.max-per-hour:5}") int maxPerHour) {
		this.repository = repository;
		this.rateLimits = rateLimits;
		this.limit = new RateLimits.Limit("contact-message", maxPerHour, Duration.ofHours(1));
		this.tenants = tenants;
		this.mailer = mailer;
		this.messages = messages;
	}

	/**
	 * Takes a message from the public form. A filled honeypot discards it silently; the rate limit
	 * comes before the checks, so a flooding client learns nothing from its errors.
	 * @throws TooManyMessages over the limit
	 * @throws InvalidInput    with every problem of the form
	 */
	public Outcome submit(ContactForm form, String clientAddress) {
		if (form.honeypotFilled()) {
			LOG.info("Contact form: honeypot filled in, message discarded");
			return Outcome.DISCARDED;
		}
		String client = clientAddress == null ? "" : clientAddress;
		if (rateLimits.reached(limit, client)) {
			LOG.info("Contact form: rate limit of {} messages per hour reached by one client", limit.max());
			throw new TooManyMessages();
		}
		InvalidInput.throwIfAny(form.problems());
		UUID id = UUID.randomUUID();
		repository.insert(id, form);
		rateLimits.record(limit, client);
		notifyStaff(form);
		return Outcome.ACCEPTED;
	}

	@Transactional(readOnly = true)
	public List<ContactMessage> all() {
		AccessControl.requireTenantRole(READS);
		return repository.all();
	}

	/** Marks a message as handled; it is deleted once the retention period has passed. False if it was already handled or is gone. */
	public boolean markHandled(UUID id) {
		AccessControl.requireTenantRole(READS);
		return repository.markHandled(id, AccessControl.actor().orElse(null));
	}

	private void notifyStaff(ContactForm form) {
		Tenant tenant = tenants.current();
		String address = tenants.currentContactOffice().map(ContactOffice::email).filter(email -> !email.isBlank()).orElse(null);
		if (address == null) {
			LOG.info("Contact form: message stored; {} has no contact office e-mail, so nobody was notified", tenant.slug());
			return;
		}
		mailer.send(address, text("contact.mail.subject", tenant.shortName()), text("contact.mail.body", tenant.name(),
				form.cleanSubject(), mailer.link("/" + tenant.slug() + "/verwaltung/nachrichten")));
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.GERMAN);
	}
}
