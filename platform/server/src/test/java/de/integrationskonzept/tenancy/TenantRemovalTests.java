package de.integrationskonzept.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * A municipality that leaves is removed with all its rows (real PostgreSQL): a tenant with a row in
 * every tenant-owned table (the isolation fixtures and a complete concept) has none anywhere afterwards,
 * while another tenant's rows stay exactly as they were; only platform admins may do it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TenantRemovalTests {

	@Autowired MockMvc mvc;
	@Autowired DataSource dataSource;
	@Autowired TransactionTemplate transactions;
	@Autowired TenantScope tenantScope;
	@Autowired Tenants tenants;
	@Autowired ConceptEditions editions;
	@Autowired Environment environment;

	@Test
	void removingATenantLeavesNoRowOfItAndEveryOtherTenantsRowsAlone() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		UUID id = UUID.randomUUID();
		String slug = "weg-" + id.toString().substring(0, 8);
		jdbc.update("""
				insert into platform.tenant (id, slug, name, short_name, kind, ags, bundesland, status)
				values (?, ?, 'Gemeinde Wegzug', 'Wegzug', 'GEMEINDE', ?, 'HE', 'ACTIVE')
				""", id, slug, "06" + String.format("%05d", Math.floorMod(id.hashCode(), 100_000)) + "9");
		TenantId leaving = new TenantId(id);
		tenantScope.runAs(leaving, () -> transactions.executeWithoutResult(status -> IsolationFixtures.insert(jdbc, leaving)));
		IsolationFixtures.concept(editions, tenantScope, leaving);
		TenantId wiesbaden = tenants.findActiveBySlug("wiesbaden").orElseThrow().id();

		Map<String, Integer> before = counts(id);
		Map<String, Integer> othersBefore = counts(wiesbaden.value());
		assertThat(before.values().stream().filter(rows -> rows > 0).count()).as("tables holding the tenant's rows").isGreaterThan(30);

		MvcResult refused = mvc.perform(delete("/api/admin/tenants/" + slug).with(jwt().authorities(TenantAuthority.of(leaving, TenantRole.TENANT_ADMIN))))
			.andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(403);
		assertThat(counts(id)).isEqualTo(before);

		MvcResult removed = mvc.perform(delete("/api/admin/tenants/" + slug)
			.with(jwt().authorities(new SimpleGrantedAuthority(TenantAuthority.PLATFORM_ADMIN)))).andReturn();
		assertThat(removed.getResponse().getStatus()).isEqualTo(200);
		assertThat(removed.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("\"concepts.edition\":1");

		assertThat(counts(id).values()).as("rows of the removed tenant, per table").allMatch(rows -> rows == 0);
		assertThat(owner().queryForObject("select count(*) from platform.tenant where id = ?", Integer.class, id)).isZero();
		assertThat(counts(wiesbaden.value())).isEqualTo(othersBefore);
		assertThat(mvc.perform(delete("/api/admin/tenants/" + slug).with(jwt().authorities(new SimpleGrantedAuthority(TenantAuthority.PLATFORM_ADMIN))))
			.andReturn().getResponse().getStatus()).as("gone").isEqualTo(404);
	}

	/** The rows of a tenant in every table with a tenant_id, read as the schema owner within that tenant (row-level security is forced for it too). */
	private Map<String, Integer> counts(UUID tenant) {
		var connection = new org.springframework.jdbc.datasource.SingleConnectionDataSource(environment.getRequiredProperty("spring.liquibase.url"),
				environment.getRequiredProperty("spring.liquibase.user"), environment.getProperty("spring.liquibase.password"), true);
		JdbcTemplate owner = new JdbcTemplate(connection);
		owner.queryForObject("select set_config('app.tenant_id', ?, false)", String.class, tenant.toString());
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String table : owner.queryForList("""
				select c.table_schema || '.' || c.table_name from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where c.column_name = 'tenant_id' and t.table_type = 'BASE TABLE' and c.table_schema = any (?) order by 1
				""", String.class, (Object) TenantOwnedTables.APPLICATION_SCHEMAS.toArray(String[]::new))) {
			counts.put(table, owner.queryForObject("select count(*) from " + table + " where tenant_id = ?", Integer.class, tenant));
		}
		connection.destroy();
		return counts;
	}

	private JdbcTemplate owner() {
		return new JdbcTemplate(new DriverManagerDataSource(environment.getRequiredProperty("spring.liquibase.url"),
				environment.getRequiredProperty("spring.liquibase.user"), environment.getProperty("spring.liquibase.password")));
	}
}
