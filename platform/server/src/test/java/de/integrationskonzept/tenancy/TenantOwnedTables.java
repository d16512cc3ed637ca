package de.integrationskonzept.tenancy;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finds the tenant-owned tables from the database catalogue, so every table a module adds later
 * is covered by the isolation tests without anyone having to list it.
 */
final class TenantOwnedTables {

	/**
	 * Tables that name a tenant but are global by design: the registry is read before a tenant is
	 * known (host names), sign-up requests are decided by platform admins before the tenant
	 * exists for anyone else, the append-only security audit also records events without a
	 * tenant (failed sign-ins), and one-time account tokens are looked up by their hash before any
	 * tenant is known (a citizen's e-mail confirmation names the tenant it grants a role in).
	 */
	static final Set<String> GLOBAL_REGISTRY_TABLES = Set.of("platform.tenant_host_name", "platform.tenant_signup",
			"platform.security_audit", "platform.account_token");

	static final List<String> APPLICATION_SCHEMAS = List.of("platform", "concepts", "participation", "monitoring",
			"publishing");

	private TenantOwnedTables() {
	}

	/** Whether the application may change rows (histories and logs may not). */
	static boolean mayUpdate(JdbcTemplate jdbc, String table) {
		return jdbc.queryForObject("select has_table_privilege(current_user, ?, 'UPDATE')", Boolean.class, table);
	}

	/** Whether the application may delete rows (histories that mark rows as superseded may not). */
	static boolean mayDelete(JdbcTemplate jdbc, String table) {
		return jdbc.queryForObject("select has_table_privilege(current_user, ?, 'DELETE')", Boolean.class, table);
	}

	static List<String> in(JdbcTemplate jdbc) {
		List<String> tables = jdbc.queryForList("""
				select c.table_schema || '.' || c.table_name
				from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where c.column_name = 'tenant_id' and t.table_type = 'BASE TABLE' and c.table_schema = any (?)
				order by 1
				""", String.class, (Object) APPLICATION_SCHEMAS.toArray(String[]::new));
		return tables.stream().filter(table -> !GLOBAL_REGISTRY_TABLES.contains(table)).toList();
	}
}
