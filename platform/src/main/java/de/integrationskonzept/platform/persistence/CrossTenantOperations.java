package de.integrationskonzept.platform.persistence;

import static de.integrationskonzept.platform.internal.db.Tables.CROSS_TENANT_ACCESS;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.platform.tenancy.TenantId;

/**
 * The explicit path for work that spans tenants (tenant import, platform administration, later
 * benchmarking). Row-level security stays on: the work runs tenant by tenant, each time bound to
 * that tenant, inside one transaction, so it applies to all tenants or to none. Every run is
 * logged; runs that change data are recorded in {@code platform.cross_tenant_access}.
 */
@Component
public class CrossTenantOperations {

	private static final Logger LOG = LoggerFactory.getLogger(CrossTenantOperations.class);

	private final TenantScope tenantScope;
	private final DSLContext dsl;

	CrossTenantOperations(TenantScope tenantScope, DSLContext dsl) {
		this.tenantScope = tenantScope;
		this.dsl = dsl;
	}

	/** Work for one tenant; answers whether it changed that tenant's data. */
	@FunctionalInterface
	public interface TenantWork {
		boolean applyTo(TenantId tenant);
	}

	/**
	 * Runs {@code work} for each tenant, bound to that tenant.
	 * @param actor who asks (a user id, or a system actor such as {@code tenant-import})
	 * @param purpose why, in words an auditor understands
	 * @return the tenants whose data changed
	 */
	@Transactional
	public List<TenantId> forEachTenant(String actor, String purpose, Collection<TenantId> tenants, TenantWork work) {
		LOG.info("Cross-tenant operation by {} for {} tenants: {}", actor, tenants.size(), purpose);
		List<TenantId> changed = new ArrayList<>();
		for (TenantId tenant : tenants) {
			if (tenantScope.callAs(tenant, () -> work.applyTo(tenant))) {
				changed.add(tenant);
			}
		}
		if (!changed.isEmpty()) {
			dsl.insertInto(CROSS_TENANT_ACCESS)
				.set(CROSS_TENANT_ACCESS.ACTOR, actor)
				.set(CROSS_TENANT_ACCESS.PURPOSE, purpose)
				.set(CROSS_TENANT_ACCESS.TENANT_IDS, changed.stream().map(TenantId::value).toArray(UUID[]::new))
				.execute();
		}
		return changed;
	}
}
