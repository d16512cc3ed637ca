package de.integrationskonzept.platform.security.internal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.Tenant;
import de.integrationskonzept.platform.tenancy.TenantContext;
import de.integrationskonzept.platform.tenancy.Tenants;
import de.integrationskonzept.platform.tenancy.UnknownTenantException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A tenant's administration of people and security: members and their roles, invitations, and
 * whether staff must use a second factor. The URL rule requires a signed-in person; every
 * service call checks for {@code TENANT_ADMIN} in the tenant the path names.
 */
@Controller
@RequestMapping("/{tenantSlug}/verwaltung")
class TenantAdministrationPages {

	private final Tenants tenants;
	private final TenantMembers members;
	private final TenantInvitations invitations;
	private final TenantSecuritySettings settings;

	TenantAdministrationPages(Tenants tenants, TenantMembers members, TenantInvitations invitations, TenantSecuritySettings settings) {
		this.tenants = tenants;
		this.members = members;
		this.invitations = invitations;
		this.settings = settings;
	}

	/** Form data for an invitation. */
	static class InvitationForm {

		private String email = "";
		private TenantRole role = TenantRole.EDITOR;

		public String getEmail() {
			return email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public TenantRole getRole() {
			return role;
		}

		public void setRole(TenantRole role) {
			this.role = role;
		}
	}

	@ModelAttribute("tenant")
	Tenant tenant(@PathVariable String tenantSlug) {
		// Platform paths such as /konto/verwaltung bind no tenant.
		if (TenantContext.current().isEmpty()) {
			throw new UnknownTenantException(tenantSlug);
		}
		return tenants.current();
	}

	@GetMapping("/mitglieder")
	String members(Model model) {
		if (!model.containsAttribute("invitation")) {
			model.addAttribute("invitation", new InvitationForm());
		}
		model.addAttribute("members", members.list());
		model.addAttribute("openInvitations", invitations.open());
		model.addAttribute("roles", TenantRole.values());
		return "security/members";
	}

	@PostMapping("/mitglieder/einladungen")
	String invite(@PathVariable String tenantSlug, @ModelAttribute("invitation") InvitationForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (!errors.hasErrors()) {
			try {
				invitations.invite(form.getEmail(), null, form.getRole());
				redirect.addFlashAttribute("invited", UserAccounts.normalizeEmail(form.getEmail()));
				return "redirect:/" + tenantSlug + "/verwaltung/mitglieder";
			}
			catch (TenantInvitations.InvalidInputException e) {
				errors.rejectValue("email", e.messageKey());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return members(model);
	}

	@PostMapping("/mitglieder/rollen/entziehen")
	String revoke(@PathVariable String tenantSlug, @RequestParam String email, @RequestParam TenantRole role,
			RedirectAttributes redirect) {
		try {
			members.revoke(email, role);
			redirect.addFlashAttribute("revoked", true);
		}
		catch (TenantMembers.LastAdministratorException e) {
			redirect.addFlashAttribute("lastAdministrator", true);
		}
		return "redirect:/" + tenantSlug + "/verwaltung/mitglieder";
	}

	@GetMapping("/sicherheit")
	String security(Model model) {
		model.addAttribute("staffRequireTotp", settings.staffRequireTotp());
		return "security/tenant-security";
	}

	@PostMapping("/sicherheit")
	String saveSecurity(@PathVariable String tenantSlug, @RequestParam(defaultValue = "false") boolean staffRequireTotp,
			RedirectAttributes redirect) {
		settings.requireTotpForStaff(staffRequireTotp);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/" + tenantSlug + "/verwaltung/sicherheit";
	}
}
