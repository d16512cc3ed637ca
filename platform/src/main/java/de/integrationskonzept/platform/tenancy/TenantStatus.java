package de.integrationskonzept.platform.tenancy;

/**
 * Lifecycle of a tenant on the platform. Only {@link #ACTIVE} tenants are reachable on the web
 * and through the API; the others answer like unknown tenants.
 */
public enum TenantStatus {
	REQUESTED, ACTIVE, SUSPENDED
}
