package de.integrationskonzept.platform.security.internal;

import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;

/** A person's role in one tenant. */
record Membership(TenantId tenant, String tenantSlug, TenantRole role) {
}
