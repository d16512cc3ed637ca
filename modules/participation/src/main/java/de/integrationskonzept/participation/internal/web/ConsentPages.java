package de.integrationskonzept.participation.internal.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.integrationskonzept.participation.Consents;
import de.integrationskonzept.participation.ParticipationProblems;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.Tenants;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The consent text of the Beteiligung: public with every earlier version (what someone agreed to
 * stays readable), and the editors' form to publish a new version.
 */
@Controller
class ConsentPages {

	/** The editors' form: the new text. */
	static class ConsentForm {
		private String text = "";

		public String getText() {
			return text;
		}

		public void setText(String text) {
			this.text = text;
		}
	}

	private final Consents consents;
	private final Tenants tenants;

	ConsentPages(Consents consents, Tenants tenants) {
		this.consents = consents;
		this.tenants = tenants;
	}

	@GetMapping("/{tenantSlug}/beteiligung/einwilligung")
	String publicPage(@PathVariable String tenantSlug, Model model) {
		model.addAttribute("tenant", tenants.current());
		model.addAttribute("versions", consents.history());
		return "participation/consent";
	}

	@GetMapping("/{tenantSlug}/verwaltung/beteiligung/einwilligung")
	String staffPage(@PathVariable String tenantSlug, Model model) {
		model.addAttribute("consentForm", new ConsentForm());
		return staff(tenantSlug, model);
	}

	@PostMapping("/{tenantSlug}/verwaltung/beteiligung/einwilligung")
	String publish(@PathVariable String tenantSlug, @ModelAttribute("consentForm") ConsentForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			Consents.Consent published = consents.publish(form.getText());
			redirect.addFlashAttribute("message", "Die Fassung " + published.version() + " gilt ab sofort für neue Beiträge.");
			return "redirect:/" + tenantSlug + "/verwaltung/beteiligung/einwilligung";
		}
		catch (ParticipationProblems.Invalid invalid) {
			FormErrors.addTo(invalid, errors);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return staff(tenantSlug, model);
		}
	}

	private String staff(String tenantSlug, Model model) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		model.addAttribute("slug", tenantSlug);
		model.addAttribute("versions", consents.history());
		return "participation/consent-admin";
	}
}
