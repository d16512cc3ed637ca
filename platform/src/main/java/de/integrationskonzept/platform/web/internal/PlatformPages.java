package de.integrationskonzept.platform.web.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.Tenant;
import de.integrationskonzept.platform.tenancy.TenantContext;
import de.integrationskonzept.platform.tenancy.Tenants;
import de.integrationskonzept.platform.tenancy.UnknownTenantException;

/**
 * The platform's start page (all municipalities) and each municipality's start page. The
 * concept itself joins the tenant page once the concepts and publishing modules exist.
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

	@GetMapping("/{tenantSlug}")
	String tenantHome(@PathVariable String tenantSlug, Model model) {
		// The resolution filter has bound the tenant this path names; platform paths bind none.
		if (TenantContext.current().isEmpty()) {
			throw new UnknownTenantException(tenantSlug);
		}
		Tenant tenant = tenants.current();
		model.addAttribute("tenant", tenant);
		model.addAttribute("contactOffice", tenants.currentContactOffice().orElse(null));
		model.addAttribute("staff", AccessControl.hasTenantRole(TenantRole.CONTRIBUTOR));
		return "tenant/home";
	}
}
