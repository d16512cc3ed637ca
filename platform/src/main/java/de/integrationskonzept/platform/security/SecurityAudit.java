package de.integrationskonzept.platform.security;

import de.integrationskonzept.platform.tenancy.TenantId;

/**
 * The security audit log: who did what, when, for which tenant, from which address.
 */
public interface SecurityAudit {

	/** Records an action of the current caller in the current tenant (if any). */
	void record(String action, String detail);

	/** Records an action with an explicit actor and tenant (e.g. a failed sign-in before anyone is known). */
	void record(TenantId tenant, String actor, String action, String detail);
}
