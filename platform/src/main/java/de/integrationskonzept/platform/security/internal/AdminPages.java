package de.integrationskonzept.platform.security.internal;

import java.util.HashSet;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.integrationskonzept.platform.tenancy.Tenants;
import de.integrationskonzept.platform.tenancy.UnknownTenantException;

/**
 * Pages for central administrators (URL rule and service checks both require PLATFORM_ADMIN).
 */
@Controller
class AdminPages {

	private final Tenants tenants;
	private final ApiClients apiClients;

	AdminPages(Tenants tenants, ApiClients apiClients) {
		this.tenants = tenants;
		this.apiClients = apiClients;
	}

	@GetMapping("/admin/api-clients")
	String apiClientForm(Model model) {
		model.addAttribute("tenants", tenants.findActive());
		model.addAttribute("scopes", ApiClients.SCOPES.stream().sorted().toList());
		return "security/admin-api-clients";
	}

	@PostMapping("/admin/api-clients")
	String registerApiClient(@RequestParam String tenant, @RequestParam String name,
			@RequestParam(required = false) List<String> scopes, Model model) {
		var target = tenants.findActiveBySlug(tenant).orElseThrow(() -> new UnknownTenantException(tenant));
		try {
			model.addAttribute("registration", apiClients.register(target, name, new HashSet<>(scopes == null ? List.of() : scopes)));
		}
		catch (IllegalArgumentException e) {
			model.addAttribute("error", e.getMessage());
		}
		return apiClientForm(model);
	}
}
