package de.integrationskonzept.platform.web.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * The platform's start page: all municipalities. Each municipality's own site belongs to the
 * publishing module.
 */
@Controller
class PlatformPages {

	private final Tenants tenants;

	PlatformPages(Tenants tenants) {
		this.tenants = tenants;
	}

	@GetMapping("/")
	String platformHome(Model model) {
		model.addAttribute("tenants", tenants.findActive());
		return "platform/home";
	}
}
