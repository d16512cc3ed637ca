package de.integrationskonzept.publishing.internal.site;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import de.integrationskonzept.platform.tenancy.Tenant;
import de.integrationskonzept.platform.tenancy.Tenants;
import de.integrationskonzept.publishing.internal.PublishedEditions;
import de.integrationskonzept.publishing.internal.web.SiteView;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What every public page of a tenant's site shows around its content: the tenant, its settings
 * (logo, colour), its contact office and the site's frame. Model attributes {@code tenant},
 * {@code settings}, {@code contactOffice} (may be {@code null}), {@code site} (the frame's
 * {@link SiteView}), {@code currentPath}, {@code canonicalUrl}.
 */
@Component
public class SiteModel {

	private final Tenants tenants;
	private final SiteSettingsService settings;
	private final PublishedEditions publishedEditions;

	SiteModel(Tenants tenants, SiteSettingsService settings, PublishedEditions publishedEditions) {
		this.tenants = tenants;
		this.settings = settings;
		this.publishedEditions = publishedEditions;
	}

	public void addTo(Model model) {
		Tenant tenant = tenants.current();
		model.addAttribute("tenant", tenant);
		model.addAttribute("settings", settings.current());
		model.addAttribute("contactOffice", tenants.currentContactOffice().orElse(null));
		// The site's frame (navigation, search, language switch) around these pages too.
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
		String language = SiteView.languageOf(request.getParameter("lang"), LocaleContextHolder.getLocale());
		model.addAttribute("site", SiteView.publicSite(tenant, publishedEditions.current().orElse(null), language));
		model.addAttribute("currentPath", request.getRequestURI());
		model.addAttribute("canonicalUrl", ServletUriComponentsBuilder.fromRequest(request).replaceQuery(null).build().toUriString());
	}
}
