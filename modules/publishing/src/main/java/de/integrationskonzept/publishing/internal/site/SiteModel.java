package de.integrationskonzept.publishing.internal.site;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * What every public page of a tenant's site shows around its content: the tenant, its settings
 * (logo, colour) and its contact office. Model attributes {@code tenant}, {@code site},
 * {@code contactOffice} (may be {@code null}).
 */
@Component
public class SiteModel {

	private final Tenants tenants;
	private final SiteSettingsService settings;

	SiteModel(Tenants tenants, SiteSettingsService settings) {
		this.tenants = tenants;
		this.settings = settings;
	}

	public void addTo(Model model) {
		model.addAttribute("tenant", tenants.current());
		model.addAttribute("site", settings.current());
		model.addAttribute("contactOffice", tenants.currentContactOffice().orElse(null));
	}
}
