package de.integrationskonzept.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Row counts of every table of the application schemas as one tenant sees them, read as the schema owner
 * (row-level security is forced for it too): tenant-owned tables count that tenant's rows, global ones all.
 * Web sessions, the event registry and the audit log change by merely being called and are left out.
 */
final class TenantRowCounts {

	static final List<String> APPLICATION_SCHEMAS = List.of("platform", "concepts", "participation", "monitoring", "publishing");
	private static final List<String> CHANGED_BY_ANY_CALL = List.of("platform.http_session", "platform.http_session_attributes",
			"platform.event_publication", "platform.event_publication_archive", "platform.security_audit", "platform.sign_in_failure");

	private TenantRowCounts() {
	}

	static Map<String, Integer> of(Environment environment, UUID tenant) {
		var connection = owner(environment);
		try {
			JdbcTemplate owner = new JdbcTemplate(connection);
			owner.queryForObject("select set_config('app.tenant_id', ?, false)", String.class, tenant.toString());
			Map<String, Integer> counts = new LinkedHashMap<>();
			for (String table : owner.queryForList("""
					select table_schema || '.' || table_name from information_schema.tables
					where table_type = 'BASE TABLE' and table_schema = any (?) order by 1
					""", String.class, (Object) APPLICATION_SCHEMAS.toArray(String[]::new))) {
				if (!CHANGED_BY_ANY_CALL.contains(table)) {
					counts.put(table, owner.queryForObject("select count(*) from " + table, Integer.class));
				}
			}
			return counts;
		}
		finally {
			connection.destroy();
		}
	}

	static SingleConnectionDataSource owner(Environment environment) {
		return new SingleConnectionDataSource(environment.getRequiredProperty("spring.liquibase.url"),
				environment.getRequiredProperty("spring.liquibase.user"), environment.getProperty("spring.liquibase.password"), true);
	}
}
