package de.integrationskonzept.tenancy;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.tenancy.TenantId;

/** The isolation fixtures (a row in every tenant-owned table and a complete concept) for checks outside this package. */
public final class TenantFixtures {

	private TenantFixtures() {
	}

	/** Fills a tenant as the isolation tests do; its concept is a draft (not published). */
	public static void fill(JdbcTemplate jdbc, TransactionTemplate transactions, TenantScope tenantScope, ConceptEditions editions,
			TenantId tenant) {
		tenantScope.runAs(tenant, () -> transactions.executeWithoutResult(status -> IsolationFixtures.insert(jdbc, tenant)));
		IsolationFixtures.concept(editions, tenantScope, tenant);
	}
}
