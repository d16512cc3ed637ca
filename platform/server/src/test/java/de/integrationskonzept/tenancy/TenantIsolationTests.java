package de.integrationskonzept.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * Row-level security holds for every tenant-owned table, even for raw SQL through the
 * application's own connection: with tenant A bound, tenant B's rows cannot be seen, changed,
 * deleted, or written.
 */
@SpringBootTest
class TenantIsolationTests {

	/** A session that never had a tenant does not know the setting; one that had it holds '' (no uuid). */
	static final String NO_TENANT_ERROR = "unrecognized configuration parameter \"app.tenant_id\"|invalid input syntax for type uuid: \"\"";

	@Autowired DataSource dataSource;
	@Autowired TransactionTemplate transactions;
	@Autowired TenantScope tenantScope;
	@Autowired Tenants tenants;
	@Autowired ConceptEditions editions;

	JdbcTemplate jdbc;
	TenantId wiesbaden;
	TenantId dietzenbach;

	@BeforeEach
	void setUp() {
		jdbc = new JdbcTemplate(dataSource);
		wiesbaden = tenants.findActiveBySlug("wiesbaden").orElseThrow().id();
		dietzenbach = tenants.findActiveBySlug("dietzenbach").orElseThrow().id();
		for (TenantId tenant : List.of(wiesbaden, dietzenbach)) {
			tenantScope.runAs(tenant, () -> transactions.executeWithoutResult(status -> IsolationFixtures.insert(jdbc, tenant)));
			IsolationFixtures.concept(editions, tenantScope, tenant);
			IsolationFixtures.awaitPublishedSnapshot(jdbc, transactions, tenantScope, tenant);
		}
	}

	@Test
	void everyTenantOwnedTableHasForcedRowLevelSecurityWithUsingAndWithCheck() {
		List<String> tables = TenantOwnedTables.in(jdbc);
		assertThat(tables).contains("platform.contact_office");
		for (String table : tables) {
			Map<String, Object> rls = jdbc.queryForMap(
					"select relrowsecurity, relforcerowsecurity from pg_class where oid = ?::regclass", table);
			assertThat(rls).as(table).containsEntry("relrowsecurity", true).containsEntry("relforcerowsecurity", true);
			List<Map<String, Object>> policies = jdbc.queryForList(
					"select cmd, qual, with_check from pg_policies where schemaname || '.' || tablename = ?", table);
			assertThat(policies).as("policies of " + table).anySatisfy(policy -> {
				assertThat(policy.get("cmd")).isEqualTo("ALL");
				assertThat((String) policy.get("qual")).contains("(current_setting('app.tenant_id'::text))::uuid");
				assertThat((String) policy.get("with_check")).contains("(current_setting('app.tenant_id'::text))::uuid");
			});
			assertThat(policies).as("further policies of %s may only widen reading", table)
				.allSatisfy(policy -> assertThat(policy.get("cmd")).isIn("ALL", "SELECT"))
				.filteredOn(policy -> "ALL".equals(policy.get("cmd")))
				.allSatisfy(policy -> assertThat((String) policy.get("with_check")).contains("current_setting('app.tenant_id'::text)"));
		}
	}

	@Test
	void primaryKeyOfEveryTenantOwnedTableIncludesTenantId() {
		for (String table : TenantOwnedTables.in(jdbc)) {
			List<String> keyColumns = jdbc.queryForList("""
					select a.attname from pg_index i
					join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any (i.indkey)
					where i.indrelid = ?::regclass and i.indisprimary
					""", String.class, table);
			assertThat(keyColumns).as("primary key of %s (Citus distributes by tenant_id)", table).contains("tenant_id");
		}
	}

	@Test
	void foreignKeysBetweenTenantOwnedTablesIncludeTenantId() {
		List<String> tables = TenantOwnedTables.in(jdbc);
		for (String table : tables) {
			List<Map<String, Object>> foreignKeys = jdbc.queryForList("""
					select conname, confrelid::regclass::text as referenced,
					       array_to_string(array(select a.attname from pg_attribute a
					           where a.attrelid = c.conrelid and a.attnum = any (c.conkey)), ',') as columns
					from pg_constraint c where c.conrelid = ?::regclass and c.contype = 'f'
					""", table);
			// References to global tables (registry, accounts) become Citus reference tables; between
			// tenant-owned tables the key must carry tenant_id so rows stay co-located.
			assertThat(foreignKeys).as("foreign keys of %s to tenant-owned tables", table)
				.filteredOn(key -> tables.contains((String) key.get("referenced")))
				.allSatisfy(key -> assertThat(((String) key.get("columns")).split(",")).contains("tenant_id"));
		}
	}

	@Test
	void everyViewChecksRowLevelSecurityAsTheCaller() {
		List<String> viewsWithoutInvoker = jdbc.queryForList("""
				select n.nspname || '.' || c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where c.relkind = 'v' and n.nspname = any (?)
				  and not coalesce(c.reloptions @> array['security_invoker=true'], false)
				""", String.class, (Object) TenantOwnedTables.APPLICATION_SCHEMAS.toArray(String[]::new));
		assertThat(viewsWithoutInvoker).as("views must be created WITH (security_invoker = true)").isEmpty();
	}

	@Test
	void withOneTenantBoundAnotherTenantsRowsCannotBeReadChangedOrDeleted() {
		for (String table : TenantOwnedTables.in(jdbc)) {
			int foreignRows = asTenant(dietzenbach, () -> count(table, dietzenbach));
			assertThat(foreignRows).as("test data: %s needs rows of the other tenant", table).isPositive();

			boolean mayUpdate = TenantOwnedTables.mayUpdate(jdbc, table);
			boolean mayDelete = TenantOwnedTables.mayDelete(jdbc, table);
			asTenant(wiesbaden, () -> {
				assertThat(count(table, dietzenbach)).as("visible rows of another tenant in " + table).isZero();
				if (mayUpdate) {
					assertThat(jdbc.update("update " + table + " set tenant_id = tenant_id where tenant_id = ?", dietzenbach.value()))
						.as("updated rows of another tenant in " + table).isZero();
				}
				if (mayDelete) {
					assertThat(jdbc.update("delete from " + table + " where tenant_id = ?", dietzenbach.value()))
						.as("deleted rows of another tenant in " + table).isZero();
				}
				assertThat(jdbc.queryForObject("select count(*) from " + table + " where tenant_id <> ?", Integer.class,
						wiesbaden.value())).as("rows of any other tenant in " + table).isZero();
				return null;
			});
			assertThat(asTenant(dietzenbach, () -> count(table, dietzenbach))).isEqualTo(foreignRows);
		}
	}

	@Test
	void withOneTenantBoundNoRowCanBeWrittenForAnotherTenant() {
		for (String table : TenantOwnedTables.in(jdbc)) {
			String ownRow = asTenant(wiesbaden, () -> jdbc.queryForObject(
					"select row_to_json(t)::text from " + table + " t limit 1", String.class));
			assertThatThrownBy(() -> asTenant(wiesbaden, () -> jdbc.update(
					"insert into " + table + " select (json_populate_record(null::" + table + ", ?::json)).* ",
					ownRow.replace(wiesbaden.toString(), dietzenbach.toString()))))
				.as("insert for another tenant into " + table)
				.rootCause().hasMessageContaining("new row violates row-level security policy");
			assertThatThrownBy(() -> asTenant(wiesbaden, () -> jdbc.update(
					"update " + table + " set tenant_id = ? where tenant_id = ?", dietzenbach.value(), wiesbaden.value())))
				.as("moving a row to another tenant in " + table)
				.rootCause().hasMessageContaining(TenantOwnedTables.mayUpdate(jdbc, table)
						? "new row violates row-level security policy" : "permission denied");
		}
	}

	@Test
	void tablesWithoutDeleteRightRefuseDeletes() {
		for (String table : TenantOwnedTables.in(jdbc)) {
			if (!TenantOwnedTables.mayDelete(jdbc, table)) {
				assertThatThrownBy(() -> asTenant(wiesbaden, () -> jdbc.update("delete from " + table)))
					.as("deleting from " + table).rootCause().hasMessageContaining("permission denied");
			}
		}
	}

	@Test
	void queryWithoutTenantFailsInsteadOfReturningRows() {
		for (String table : TenantOwnedTables.in(jdbc)) {
			assertThatThrownBy(() -> transactions.execute(status -> jdbc.queryForList("select * from " + table)))
				.as("transaction without tenant on " + table)
				.hasMessageFindingMatch(NO_TENANT_ERROR);
			assertThatThrownBy(() -> jdbc.queryForList("select * from " + table))
				.as("query outside any transaction on " + table)
				.hasMessageFindingMatch(NO_TENANT_ERROR);
		}
	}

	@Test
	void applicationConnectsAsARoleThatCannotBypassRowLevelSecurity() {
		Map<String, Object> role = jdbc.queryForMap(
				"select rolname, rolsuper, rolbypassrls from pg_roles where rolname = current_user");
		assertThat(role).containsEntry("rolname", "ik_app").containsEntry("rolsuper", false).containsEntry("rolbypassrls", false);
		assertThat(jdbc.queryForObject("select count(*) from pg_tables where tableowner = current_user", Integer.class))
			.isZero();
	}

	private int count(String table, TenantId tenant) {
		return jdbc.queryForObject("select count(*) from " + table + " where tenant_id = ?", Integer.class, tenant.value());
	}

	/** Runs in a transaction bound to the tenant, then rolls back: the tests change nothing. */
	private <T> T asTenant(TenantId tenant, java.util.function.Supplier<T> work) {
		return tenantScope.callAs(tenant, () -> transactions.execute(status -> {
			status.setRollbackOnly();
			return work.get();
		}));
	}
}
