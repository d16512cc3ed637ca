package de.integrationskonzept.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The schema can be sharded by tenant with Citus (docs/scale-out.md, step c): read from the catalogue of
 * the Liquibase-migrated database, every table that carries {@code tenant_id} — except the few global
 * ones named below — has {@code tenant_id} in its primary key and in every unique constraint and unique
 * index, and every foreign key between such tables pairs {@code tenant_id} with {@code tenant_id}. Citus
 * refuses to distribute tables that break these rules, and it cannot enforce a foreign key from a
 * reference or coordinator-local table into a distributed one.
 */
@SpringBootTest
class DistributionKeyTests {

	/**
	 * Tables with a {@code tenant_id} that stay global under Citus, and why. The same tables are global for
	 * row-level security ({@link TenantOwnedTables#GLOBAL_REGISTRY_TABLES}); a test keeps both lists equal.
	 */
	static final Map<String, String> GLOBAL_TABLES_WITH_TENANT_COLUMN = Map.of(
			"platform.tenant_host_name", "reference table: read on every request to find the tenant of a host name",
			"platform.tenant_signup", "coordinator-local: platform admins decide sign-ups before the tenant is in use",
			"platform.security_audit", "coordinator-local: also records events without a tenant (failed sign-ins); tenant_id is nullable",
			"platform.account_token", "coordinator-local: looked up by its hash before any tenant is known");

	@Autowired DataSource dataSource;

	JdbcTemplate jdbc;

	@BeforeEach
	void setUp() {
		jdbc = new JdbcTemplate(dataSource);
	}

	@Test
	void globalTablesWithATenantColumnAreTheOnesRowLevelSecurityTreatsAsGlobal() {
		assertThat(GLOBAL_TABLES_WITH_TENANT_COLUMN.keySet()).isEqualTo(TenantOwnedTables.GLOBAL_REGISTRY_TABLES);
		assertThat(tablesWithTenantColumn()).as("every table named global exists and has tenant_id")
			.containsAll(GLOBAL_TABLES_WITH_TENANT_COLUMN.keySet());
		Map<String, String> placement = new TreeMap<>(GLOBAL_TABLES_WITH_TENANT_COLUMN);
		globalTablesWithoutTenantColumn().forEach(table -> placement.put(table, "no tenant_id: reference table, or coordinator-local if only written centrally"));
		List<String> distributed = distributedTables();
		System.out.printf("Distributed by tenant_id (%d tables): %s%nGlobal (%d tables):%n", distributed.size(), distributed,
				placement.size());
		placement.forEach((table, why) -> System.out.printf("  %-45s %s%n", table, why));
		assertThat(distributed).contains("platform.contact_office", "concepts.edition");
	}

	@Test
	void primaryKeyOfEveryDistributedTableIncludesTenantId() {
		List<String> withoutTenantInPrimaryKey = jdbc.queryForList("""
				select t from unnest(?::text[]) t
				where not exists (
				    select 1 from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any (i.indkey)
				    where i.indrelid = t::regclass and i.indisprimary and a.attname = 'tenant_id')
				""", String.class, (Object) distributedTables().toArray(String[]::new));
		assertThat(withoutTenantInPrimaryKey).as("tables without tenant_id in (or without) a primary key").isEmpty();
	}

	@Test
	void everyUniqueConstraintAndUniqueIndexOfADistributedTableIncludesTenantId() {
		List<String> uniqueWithoutTenant = jdbc.queryForList("""
				select t || ': ' || pg_get_indexdef(i.indexrelid)
				from unnest(?::text[]) t join pg_index i on i.indrelid = t::regclass
				where i.indisunique and not exists (
				    select 1 from pg_attribute a where a.attrelid = i.indrelid and a.attnum = any (i.indkey) and a.attname = 'tenant_id')
				order by 1
				""", String.class, (Object) distributedTables().toArray(String[]::new));
		assertThat(uniqueWithoutTenant).as("unique constraints and indexes without tenant_id (Citus cannot enforce them across shards)")
			.isEmpty();
	}

	@Test
	void foreignKeysBetweenTablesWithTenantIdPairTenantIdWithTenantId() {
		List<String> foreignKeysWithoutTenantPair = jdbc.queryForList("""
				select t || ' ' || c.conname || ': ' || pg_get_constraintdef(c.oid)
				from unnest(?::text[]) t join pg_constraint c on c.conrelid = t::regclass and c.contype = 'f'
				where exists (select 1 from pg_attribute a where a.attrelid = c.confrelid and a.attname = 'tenant_id' and not a.attisdropped)
				  and not exists (
				    select 1 from generate_subscripts(c.conkey, 1) k
				    join pg_attribute own on own.attrelid = c.conrelid and own.attnum = c.conkey[k]
				    join pg_attribute referenced on referenced.attrelid = c.confrelid and referenced.attnum = c.confkey[k]
				    where own.attname = 'tenant_id' and referenced.attname = 'tenant_id')
				order by 1
				""", String.class, (Object) tablesWithTenantColumn().toArray(String[]::new));
		assertThat(foreignKeysWithoutTenantPair).as("foreign keys whose tenant_id is not matched to the referenced tenant_id")
			.isEmpty();
	}

	@Test
	void noGlobalTableReferencesADistributedTable() {
		List<String> intoDistributed = jdbc.queryForList("""
				with rel as (select c.oid, n.nspname, n.nspname || '.' || c.relname as name
				             from pg_class c join pg_namespace n on n.oid = c.relnamespace)
				select own.name || ' ' || c.conname || ' -> ' || referenced.name
				from pg_constraint c join rel own on own.oid = c.conrelid join rel referenced on referenced.oid = c.confrelid
				where c.contype = 'f' and own.nspname = any (?) and referenced.name = any (?) and not own.name = any (?)
				order by 1
				""", String.class, (Object) TenantOwnedTables.APPLICATION_SCHEMAS.toArray(String[]::new),
				(Object) distributedTables().toArray(String[]::new), (Object) distributedTables().toArray(String[]::new));
		assertThat(intoDistributed).as("reference and coordinator-local tables cannot hold foreign keys into distributed tables")
			.isEmpty();
	}

	private List<String> tablesWithTenantColumn() {
		return jdbc.queryForList("""
				select n.nspname || '.' || c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where c.relkind in ('r', 'p') and n.nspname = any (?)
				  and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
				order by 1
				""", String.class, (Object) TenantOwnedTables.APPLICATION_SCHEMAS.toArray(String[]::new));
	}

	private List<String> globalTablesWithoutTenantColumn() {
		return jdbc.queryForList("""
				select n.nspname || '.' || c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where c.relkind in ('r', 'p') and n.nspname = any (?)
				  and not exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
				order by 1
				""", String.class, (Object) TenantOwnedTables.APPLICATION_SCHEMAS.toArray(String[]::new));
	}

	/** The tables Citus would distribute by tenant_id: all with the column but the global ones. */
	private List<String> distributedTables() {
		return tablesWithTenantColumn().stream().filter(table -> !GLOBAL_TABLES_WITH_TENANT_COLUMN.containsKey(table)).toList();
	}
}
