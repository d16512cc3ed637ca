package de.integrationskonzept.publishing.internal;

import de.integrationskonzept.platform.tenancy.TenantId;

/**
 * Something the tenant's public pages show changed (a published edition, news, site settings):
 * cached pages of that tenant are dropped. Published inside the module only.
 */
public record SiteContentChanged(TenantId tenantId) {
}
