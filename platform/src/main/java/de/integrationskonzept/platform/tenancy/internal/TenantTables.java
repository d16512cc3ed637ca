package de.integrationskonzept.platform.tenancy.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The tables that hold one tenant's rows, read from the PostgreSQL catalogue (so a new table is exported
 * without a code change), in foreign-key order. A row belongs to a tenant exactly when removing the tenant
 * removes it: the table refers to {@code platform.tenant} with {@code on delete cascade} (through
 * {@code tenant_id} or another column such as {@code monitoring.benchmark_value.publisher}), or carries a
 * {@code tenant_id} below such a table. The security audit ({@code on delete set null}) is the platform's, not
 * the tenant's.
 */
final class TenantTables {

	static final List<String> APPLICATION_SCHEMAS = List.of("platform", "concepts", "participation", "monitoring", "publishing");

	static final String TENANT_REGISTRY = "platform.tenant";

	static final String ACCOUNTS = "platform.user_account";

	/** Tenant-owned tables deliberately left out of an archive, with the reason (written into the manifest). */
	static final Map<String, String> EXCLUDED = Map.of(
			"platform.api_client", "Maschinen-Clients tragen Zugangsdaten: auf der Zielplattform neu registrieren (neues Secret).",
			"platform.account_token", "Einmal-Links (Einladung, Passwort, Bestätigung) sind Zugangsdaten und laufen ohnehin ab.",
			"platform.rate_limit_hit", "Zähler der letzten Minuten, ohne Bedeutung auf einer anderen Plattform.");

	/** One table of a tenant: the column naming the tenant, its columns in order, and its references. */
	record TenantTable(String name, String tenantColumn, List<String> columns, List<String> accountColumns,
			List<SelfReference> selfReferences) {
	}

	/** A foreign key of a table to itself (e.g. a goal's parent): its rows go in parents first. */
	record SelfReference(List<String> columns, List<String> referencedColumns) {
	}

	private TenantTables() {
	}

	/**
	 * The schema owner's connection (spring.liquibase.*) for removal, export and import: the application role sees one
	 * tenant only and cannot disable triggers.
	 */
	static DriverManagerDataSource ownerDataSource(Environment environment) {
		return new DriverManagerDataSource(environment.getRequiredProperty("spring.liquibase.url"),
				environment.getRequiredProperty("spring.liquibase.user"), environment.getProperty("spring.liquibase.password"));
	}

	/** The tenant's tables in an order in which every referenced table comes before the tables referring to it. */
	static List<TenantTable> inInsertOrder(JdbcTemplate jdbc) {
		Map<String, String> tenantColumns = new TreeMap<>();
		tenantColumns.put(TENANT_REGISTRY, "id");
		jdbc.queryForList("""
				with tenant_reference as (
				    select con.conrelid, a.attname, con.confdeltype
				    from pg_constraint con
				    join pg_attribute a on a.attrelid = con.conrelid and a.attnum = con.conkey[1]
				    where con.contype = 'f' and con.confrelid = 'platform.tenant'::regclass and cardinality(con.conkey) = 1
				)
				select n.nspname || '.' || c.relname as name, coalesce(r.attname, 'tenant_id') as tenant_column
				from pg_class c
				join pg_namespace n on n.oid = c.relnamespace
				left join tenant_reference r on r.conrelid = c.oid
				where c.relkind in ('r', 'p') and n.nspname = any (?)
				  and (r.confdeltype = 'c'
				       or (r.conrelid is null and exists (select 1 from pg_attribute a
				           where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)))
				""", (Object) APPLICATION_SCHEMAS.toArray(String[]::new)).forEach(row -> {
			String table = (String) row.get("name");
			if (!EXCLUDED.containsKey(table)) {
				tenantColumns.put(table, (String) row.get("tenant_column"));
			}
		});

		Map<String, TreeSet<String>> dependsOn = new TreeMap<>();
		tenantColumns.keySet().forEach(table -> dependsOn.put(table, new TreeSet<>()));
		Map<String, List<SelfReference>> selfReferences = new TreeMap<>();
		Map<String, List<String>> accountColumns = new TreeMap<>();
		jdbc.queryForList("""
				select sn.nspname || '.' || s.relname as source, tn.nspname || '.' || t.relname as target,
				       array_to_string(array(select a.attname::text from unnest(con.conkey) with ordinality k(num, pos)
				             join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.num order by k.pos), ',') as columns,
				       array_to_string(array(select a.attname::text from unnest(con.confkey) with ordinality k(num, pos)
				             join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.num order by k.pos), ',') as referenced
				from pg_constraint con
				join pg_class s on s.oid = con.conrelid join pg_namespace sn on sn.oid = s.relnamespace
				join pg_class t on t.oid = con.confrelid join pg_namespace tn on tn.oid = t.relnamespace
				where con.contype = 'f'
				""").forEach(row -> {
			String source = (String) row.get("source");
			String target = (String) row.get("target");
			if (!tenantColumns.containsKey(source)) {
				return;
			}
			List<String> columns = List.of(((String) row.get("columns")).split(","));
			if (source.equals(target)) {
				selfReferences.computeIfAbsent(source, table -> new ArrayList<>())
					.add(new SelfReference(columns, List.of(((String) row.get("referenced")).split(","))));
			}
			else if (target.equals(ACCOUNTS) && columns.size() == 1) {
				accountColumns.computeIfAbsent(source, table -> new ArrayList<>()).add(columns.getFirst());
			}
			else if (tenantColumns.containsKey(target)) {
				dependsOn.get(source).add(target);
			}
		});

		List<TenantTable> ordered = new ArrayList<>();
		Map<String, TreeSet<String>> pending = new LinkedHashMap<>(dependsOn);
		while (!pending.isEmpty()) {
			String next = pending.entrySet().stream()
				.filter(entry -> entry.getValue().stream().noneMatch(pending::containsKey))
				.map(Map.Entry::getKey).findFirst()
				.orElseThrow(() -> new IllegalStateException("foreign-key cycle between " + pending.keySet()));
			pending.remove(next);
			ordered.add(new TenantTable(next, tenantColumns.get(next), columns(jdbc, next), accountColumns.getOrDefault(next, List.of()),
					selfReferences.getOrDefault(next, List.of())));
		}
		return ordered;
	}

	/** The live columns of a table, in their order. */
	static List<String> columns(JdbcTemplate jdbc, String table) {
		return jdbc.queryForList("""
				select attname from pg_attribute where attrelid = ?::regclass and attnum > 0 and not attisdropped order by attnum
				""", String.class, table);
	}

	/** The state of the schema as Liquibase recorded it: which changesets ran (order-independent digest) and the last ones. */
	static Map<String, Object> schemaState(JdbcTemplate jdbc) {
		Map<String, Object> state = new LinkedHashMap<>(jdbc.queryForMap("""
				select count(*)::int as changesets, encode(sha256(convert_to(coalesce(string_agg(filename || '::' || id || '::' || author, E'\\n'
				       order by filename, id, author), ''), 'UTF8')), 'hex') as digest
				from public.databasechangelog
				"""));
		state.put("lastChangesets", jdbc.queryForList("""
				select filename || '::' || id || '::' || author from public.databasechangelog order by orderexecuted desc limit 3
				""", String.class));
		return state;
	}
}
