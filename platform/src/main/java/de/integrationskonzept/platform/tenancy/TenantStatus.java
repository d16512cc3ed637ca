package de.integrationskonzept.platform.tenancy;

/**
 * Lifecycle of a tenant on the platform. Only {@link #ACTIVE} tenants are reachable on the web
 * and through the API; the others answer like unknown tenants.
 */
public enum TenantStatus {
	/** A municipality's sign-up, waiting for a platform admin's decision. */
	REQUESTED,
	ACTIVE,
	SUSPENDED,
	/**
	 * A sign-up the platform admins declined. The row stays for the record of the decision but
	 * holds neither its slug nor its AGS, so a corrected request can use them again.
	 */
	REJECTED
}
