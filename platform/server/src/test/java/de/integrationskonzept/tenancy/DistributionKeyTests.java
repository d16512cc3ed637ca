package de.integrationskonzept.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The schema can be sharded by tenant with Citus (docs/scale-out.md, step c), read from the catalogue of the
 * Liquibase-migrated database. Every table that carries {@code tenant_id} — except the few global ones named
 * below — is <em>distributed</em> by it and so has {@code tenant_id} in its primary key and in every unique
 * constraint and unique index, and every foreign key between such tables pairs {@code tenant_id} with
 * {@code tenant_id}. All other tables of the application schemas are <em>reference</em> tables (copied to
 * every worker) or <em>coordinator-local</em>; foreign keys only point the ways Citus can enforce: distributed
 * to distributed or reference, reference to reference, coordinator-local to anything but distributed.
 */
@SpringBootTest
class DistributionKeyTests {

	/**
	 * Tables with a {@code tenant_id} that are not distributed, and why. The same tables are global for
	 * row-level security ({@link TenantOwnedTables#GLOBAL_REGISTRY_TABLES}); a test keeps both lists equal.
	 */
	static final Map<String, String> GLOBAL_TABLES_WITH_TENANT_COLUMN = Map.of(
			"platform.tenant_host_name", "read on every request to find the tenant of a host name",
			"platform.tenant_signup", "platform admins decide sign-ups before the tenant is in use",
			"platform.security_audit", "also records events without a tenant (failed sign-ins); tenant_id is nullable",
			"platform.account_token", "looked up by its hash before any tenant is known");

	/**
	 * Global tables written and read only through the coordinator (sessions, audit, one-time secrets): not
	 * copied to the workers. Every other global table becomes a reference table.
	 */
	static final Set<String> COORDINATOR_LOCAL = Set.of("platform.tenant_signup", "platform.security_audit",
			"platform.account_token", "platform.cross_tenant_access", "platform.http_session",
			"platform.http_session_attributes", "platform.recovery_code", "platform.signing_key");

	@Autowired DataSource dataSource;

	JdbcTemplate jdbc;

	@BeforeEach
	void setUp() {
		jdbc = new JdbcTemplate(dataSource);
	}

	@Test
	void everyTableOfTheApplicationSchemasHasAPlaceInTheCitusPlan() {
		assertThat(GLOBAL_TABLES_WITH_TENANT_COLUMN.keySet()).isEqualTo(TenantOwnedTables.GLOBAL_REGISTRY_TABLES);
		assertThat(tablesWithTenantColumn()).as("every table named global exists and has tenant_id")
			.containsAll(GLOBAL_TABLES_WITH_TENANT_COLUMN.keySet());
		assertThat(Stream.concat(globalTablesWithoutTenantColumn().stream(), GLOBAL_TABLES_WITH_TENANT_COLUMN.keySet().stream()))
			.as("every coordinator-local table exists and is global").containsAll(COORDINATOR_LOCAL);
		System.out.printf("Citus plan from the migrated catalogue%n distributed by tenant_id (%d): %s%n reference (%d): %s%n"
				+ " coordinator-local (%d): %s%n", distributedTables().size(), distributedTables(), referenceTables().size(),
				referenceTables(), COORDINATOR_LOCAL.size(), COORDINATOR_LOCAL.stream().sorted().toList());
		GLOBAL_TABLES_WITH_TENANT_COLUMN.forEach((table, why) -> System.out.printf(" global despite tenant_id: %s (%s)%n", table, why));
		assertThat(distributedTables()).contains("platform.contact_office", "concepts.edition");
		assertThat(referenceTables()).contains("platform.tenant");
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
	void foreignKeysPointOnlyWhereCitusCanEnforceThem() {
		List<String> distributed = distributedTables();
		List<String> reference = referenceTables();
		assertThat(foreignKeysFrom(distributed)).as("distributed tables may only refer to distributed or reference tables")
			.filteredOn(key -> !distributed.contains(key.referenced()) && !reference.contains(key.referenced())).isEmpty();
		assertThat(foreignKeysFrom(reference)).as("reference tables may only refer to reference tables")
			.filteredOn(key -> !reference.contains(key.referenced())).isEmpty();
		assertThat(foreignKeysFrom(COORDINATOR_LOCAL.stream().toList())).as("coordinator-local tables may not refer to distributed tables")
			.filteredOn(key -> distributed.contains(key.referenced())).isEmpty();
	}

	record ForeignKey(String table, String name, String referenced) {
	}

	private List<ForeignKey> foreignKeysFrom(List<String> tables) {
		return jdbc.query("""
				select own_schema.nspname || '.' || own.relname, c.conname, referenced_schema.nspname || '.' || referenced.relname
				from pg_constraint c
				join pg_class own on own.oid = c.conrelid
				join pg_namespace own_schema on own_schema.oid = own.relnamespace
				join pg_class referenced on referenced.oid = c.confrelid
				join pg_namespace referenced_schema on referenced_schema.oid = referenced.relnamespace
				where c.contype = 'f' and own_schema.nspname || '.' || own.relname = any (?)
				order by 1, 2
				""", (row, number) -> new ForeignKey(row.getString(1), row.getString(2), row.getString(3)),
				(Object) tables.toArray(String[]::new));
	}

	private List<String> tablesWithTenantColumn() {
		return tables(true);
	}

	private List<String> globalTablesWithoutTenantColumn() {
		return tables(false);
	}

	private List<String> tables(boolean withTenantColumn) {
		return jdbc.queryForList("""
				select n.nspname || '.' || c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where c.relkind in ('r', 'p') and n.nspname = any (?)
				  and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped) = ?
				order by 1
				""", String.class, TenantOwnedTables.APPLICATION_SCHEMAS.toArray(String[]::new), withTenantColumn);
	}

	/** The tables Citus distributes by tenant_id: all with the column but the global ones. */
	private List<String> distributedTables() {
		return tablesWithTenantColumn().stream().filter(table -> !GLOBAL_TABLES_WITH_TENANT_COLUMN.containsKey(table)).toList();
	}

	/** Global tables copied to every worker: all global tables but the coordinator-local ones. */
	private List<String> referenceTables() {
		return Stream.concat(globalTablesWithoutTenantColumn().stream(), GLOBAL_TABLES_WITH_TENANT_COLUMN.keySet().stream())
			.filter(table -> !COORDINATOR_LOCAL.contains(table)).sorted().toList();
	}
}
