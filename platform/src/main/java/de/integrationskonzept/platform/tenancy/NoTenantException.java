package de.integrationskonzept.platform.tenancy;

/**
 * Tenant-owned data was requested while no tenant was set: a programming error, never a
 * reason to fall back to some default tenant.
 */
public class NoTenantException extends IllegalStateException {

	public NoTenantException() {
		super("no tenant is set for this thread; tenant-owned data needs one");
	}
}
