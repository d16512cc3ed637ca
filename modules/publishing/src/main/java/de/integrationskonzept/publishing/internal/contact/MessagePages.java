package de.integrationskonzept.publishing.internal.contact;

import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.integrationskonzept.platform.tenancy.ContactOffice;
import de.integrationskonzept.platform.tenancy.Tenants;

/** The staff's inbox of the contact form: read, reply by e-mail, mark as handled. */
@Controller
@RequestMapping("/{tenantSlug}/verwaltung/nachrichten")
class MessagePages {

	private final ContactMessages contactMessages;
	private final Tenants tenants;
	private final java.time.Duration retention;

	MessagePages(ContactMessages contactMessages, Tenants tenants,
			@Value("${ik.publishing.contact.retention:P180D}") java.time.Duration retention) {
		this.contactMessages = contactMessages;
		this.tenants = tenants;
		this.retention = retention;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("messages", contactMessages.all());
		model.addAttribute("tenant", tenants.current());
		model.addAttribute("notificationAddress",
				tenants.currentContactOffice().map(ContactOffice::email).filter(email -> !email.isBlank()).orElse(null));
		model.addAttribute("retentionDays", retention.toDays());
		return "publishing/contact/messages";
	}

	@PostMapping("/{id}/erledigt")
	String handled(@PathVariable String tenantSlug, @PathVariable UUID id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", contactMessages.markHandled(id) ? "contact.messages.handled" : "contact.messages.alreadyHandled");
		return "redirect:/" + tenantSlug + "/verwaltung/nachrichten";
	}
}
