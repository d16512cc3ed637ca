package de.integrationskonzept.publishing.internal.contact;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import de.integrationskonzept.publishing.internal.InvalidInput;
import de.integrationskonzept.publishing.internal.site.SiteModel;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public contact page: the contact office and the form. A sent form redirects to a
 * confirmation (post/redirect/get), also when the honeypot discarded it.
 */
@Controller
@RequestMapping("/{tenantSlug}/kontakt")
class ContactPages {

	private final ContactMessages contactMessages;
	private final SiteModel site;

	ContactPages(ContactMessages contactMessages, SiteModel site) {
		this.contactMessages = contactMessages;
		this.site = site;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("contactForm", new ContactForm());
		return page(model);
	}

	@PostMapping
	String send(@PathVariable String tenantSlug, @ModelAttribute("contactForm") ContactForm form, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		try {
			contactMessages.submit(form, request.getRemoteAddr());
			return "redirect:/" + tenantSlug + "/kontakt/gesendet";
		}
		catch (ContactMessages.TooManyMessages tooMany) {
			site.addTo(model);
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader("Retry-After", "3600");
			return "publishing/contact/too-many";
		}
		catch (InvalidInput refused) {
			refused.addTo(errors);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(model);
		}
	}

	@GetMapping("/gesendet")
	String sent(Model model) {
		site.addTo(model);
		return "publishing/contact/sent";
	}

	private String page(Model model) {
		site.addTo(model);
		return "publishing/contact/form";
	}
}
