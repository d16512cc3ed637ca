package de.integrationskonzept.platform.tenancy.internal;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.integrationskonzept.platform.tenancy.TenantId;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The platform admins' queue of sign-ups, {@code /admin/anmeldungen} (URL rule and service
 * checks both require PLATFORM_ADMIN).
 */
@Controller
@RequestMapping("/admin/anmeldungen")
class SignupAdminPages {

	private static final String QUEUE = "redirect:/admin/anmeldungen";

	private final TenantSignups signups;

	SignupAdminPages(TenantSignups signups) {
		this.signups = signups;
	}

	@GetMapping
	String queue(Model model) {
		model.addAttribute("signups", signups.open());
		return "tenancy/admin-signups";
	}

	@PostMapping("/{tenantId}/freigeben")
	String approve(@PathVariable UUID tenantId, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("approved", signups.approve(new TenantId(tenantId)).name());
		}
		catch (TenantSignups.NotOpenException e) {
			redirect.addFlashAttribute("notOpen", true);
		}
		return QUEUE;
	}

	@PostMapping("/{tenantId}/ablehnen")
	String reject(@PathVariable UUID tenantId, @RequestParam(defaultValue = "") String reason, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			redirect.addFlashAttribute("rejected", signups.reject(new TenantId(tenantId), reason).name());
		}
		catch (TenantSignups.InvalidSignupException e) {
			model.addAttribute("reasonProblem", e.problems().getFirst());
			model.addAttribute("reasonFor", tenantId);
			model.addAttribute("reason", reason);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return queue(model);
		}
		catch (TenantSignups.NotOpenException e) {
			redirect.addFlashAttribute("notOpen", true);
		}
		return QUEUE;
	}
}
