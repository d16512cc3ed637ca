package de.integrationskonzept.tenancy;

import org.springframework.jdbc.core.JdbcTemplate;

import de.integrationskonzept.platform.tenancy.TenantId;

/**
 * One row per tenant-owned table that the demo data does not fill, so the isolation tests have
 * another tenant's rows to try. A new tenant-owned table fails those tests until it gets a
 * fixture here (or demo data).
 */
final class IsolationFixtures {

	private IsolationFixtures() {
	}

	static void insert(JdbcTemplate jdbc, TenantId tenant) {
		jdbc.update("insert into platform.tenant_security_setting (tenant_id) values (?) on conflict do nothing", tenant.value());
		jdbc.update("""
				insert into platform.api_client (tenant_id, client_id, name, scopes)
				values (?, 'isolation-fixture', 'Fixture', array['concepts.read']) on conflict do nothing
				""", tenant.value());
		jdbc.update("""
				insert into platform.invitation (tenant_id, token_hash, email, role, expires_at)
				values (?, 'isolation-fixture', 'fixture@demo.invalid', 'CITIZEN', now() + interval '1 day') on conflict do nothing
				""", tenant.value());
	}
}
