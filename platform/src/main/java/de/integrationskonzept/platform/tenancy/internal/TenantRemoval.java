package de.integrationskonzept.platform.tenancy.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.tenancy.UnknownTenantException;

/**
 * Removes a municipality that leaves the platform with all its rows, for platform admins only. Every
 * tenant-owned table refers to {@code platform.tenant} with {@code on delete cascade}, so deleting the
 * registry row removes everything in one transaction — as the schema owner, because the application
 * role may not delete histories and logs (and must never see other tenants' rows). The tenant's API
 * clients leave the authorization server's tables too. Kept: the security audit (its tenant reference
 * becomes null, as the law asks audit trails to outlive the data) and the people's accounts, which are
 * not the municipality's (a person may belong to several).
 */
@Component
class TenantRemoval {

	private static final Logger AUDIT = LoggerFactory.getLogger("audit.tenant-removal");

	private final Environment environment;

	TenantRemoval(Environment environment) {
		this.environment = environment;
	}

	/**
	 * Removes the tenant and answers how many rows each table held for it.
	 * @throws UnknownTenantException if there is no tenant with that slug
	 */
	Map<String, Integer> remove(String slug) {
		AccessControl.requirePlatformAdmin();
		var owner = TenantTables.ownerDataSource(environment);
		JdbcTemplate jdbc = new JdbcTemplate(owner);
		java.util.UUID id = jdbc.queryForList("select id from platform.tenant where slug = ?", java.util.UUID.class, slug).stream().findFirst()
			.orElseThrow(() -> new UnknownTenantException(slug));
		Map<String, Integer> removed = new TransactionTemplate(new DataSourceTransactionManager(owner)).execute(status -> {
			// Row-level security is forced for the owner too: the transaction acts within the leaving tenant.
			jdbc.queryForObject("select set_config('app.tenant_id', ?, true)", String.class, id.toString());
			Map<String, Integer> counts = new LinkedHashMap<>();
			for (String table : tenantTables(jdbc)) {
				Integer rows = jdbc.queryForObject("select count(*) from " + table + " where tenant_id = ?", Integer.class, id);
				if (rows != null && rows > 0) {
					counts.put(table, rows);
				}
			}
			jdbc.update("""
					delete from oauth2_registered_client where client_id in (select client_id from platform.api_client where tenant_id = ?)
					""", id);
			jdbc.update("delete from platform.tenant where id = ?", id);
			return counts;
		});
		AUDIT.info("Tenant {} ({}) removed by {}: {}", slug, id, AccessControl.actor().orElse("?"), removed);
		return removed;
	}

	/** Every table of the application schemas with a tenant_id column (read from the catalogue, so new tables count). */
	static List<String> tenantTables(JdbcTemplate jdbc) {
		return jdbc.queryForList("""
				select c.table_schema || '.' || c.table_name
				from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where c.column_name = 'tenant_id' and t.table_type = 'BASE TABLE'
				  and c.table_schema = any (?)
				order by 1
				""", String.class, (Object) TenantTables.APPLICATION_SCHEMAS.toArray(String[]::new));
	}
}
