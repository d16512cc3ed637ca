package de.integrationskonzept.platform.tenancy;

import java.util.List;
import java.util.Optional;

/**
 * The tenant registry as other modules see it.
 */
public interface Tenants {

	/** Active tenants, ordered by name. */
	List<Tenant> findActive();

	Optional<Tenant> findActiveBySlug(String slug);

	Optional<Tenant> findActiveById(TenantId id);

	/** The active tenant behind a custom domain or {@code slug.<base-domain>} host name. */
	Optional<Tenant> findActiveByHostName(String hostName);

	/**
	 * The tenant the current request or transaction acts for ({@link TenantContext}).
	 * @throws UnknownTenantException when it is no longer active
	 * @throws NoTenantException when none is set
	 */
	Tenant current();

	/**
	 * Replaces the current tenant's contact office. Requires {@code TENANT_ADMIN}, or a machine
	 * client of the tenant with scope {@code settings.write}.
	 */
	ContactOffice updateContactOffice(ContactOffice office);

	/** The contact office of the current tenant ({@link TenantContext}), read under row-level security. */
	Optional<ContactOffice> currentContactOffice();
}
