package de.integrationskonzept.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import de.integrationskonzept.platform.tenancy.TenantId;

/**
 * A tenant made for one check and removed afterwards (with all its rows, by the foreign keys' cascade),
 * so that payloads written by the check never reach the seed tenants other tests read.
 */
final class ThrowawayTenant implements AutoCloseable {

	final TenantId id;
	final String slug;
	private final Environment environment;
	private final org.springframework.test.web.servlet.MockMvc mvc;

	private ThrowawayTenant(Environment environment, org.springframework.test.web.servlet.MockMvc mvc, UUID id, String slug) {
		this.environment = environment;
		this.mvc = mvc;
		this.id = new TenantId(id);
		this.slug = slug;
	}

	static ThrowawayTenant create(Environment environment, org.springframework.test.web.servlet.MockMvc mvc, JdbcTemplate jdbc, String prefix) {
		UUID id = UUID.randomUUID();
		String slug = prefix + "-" + id.toString().substring(0, 8);
		jdbc.update("""
				insert into platform.tenant (id, slug, name, short_name, kind, ags, bundesland, status)
				values (?, ?, ?, ?, 'GEMEINDE', ?, 'HE', 'ACTIVE')
				""", id, slug, "Gemeinde " + slug, slug, "06" + String.format("%05d", Math.floorMod(id.hashCode(), 100_000)) + "8");
		return new ThrowawayTenant(environment, mvc, id, slug);
	}

	/** Runs {@code work} as the schema owner with this tenant bound (row-level security is forced for the owner too). */
	<T> T asOwner(java.util.function.Function<JdbcTemplate, T> work) {
		var connection = new SingleConnectionDataSource(environment.getRequiredProperty("spring.liquibase.url"),
				environment.getRequiredProperty("spring.liquibase.user"), environment.getProperty("spring.liquibase.password"), true);
		try {
			JdbcTemplate owner = new JdbcTemplate(connection);
			owner.queryForObject("select set_config('app.tenant_id', ?, false)", String.class, id.value().toString());
			return work.apply(owner);
		}
		finally {
			connection.destroy();
		}
	}

	/**
	 * Real ids of this tenant's rows for a path variable, found by name: {@code editionId}, {@code processId} …
	 * name their table; a bare {@code id} takes its meaning from the path segment before it.
	 */
	Map<String, List<String>> idsByTable() {
		return asOwner(owner -> {
			Map<String, List<String>> ids = new LinkedHashMap<>();
			for (String table : owner.queryForList("""
					select c.table_schema || '.' || c.table_name from information_schema.columns c
					join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
					where c.column_name = 'id' and c.data_type = 'uuid' and t.table_type = 'BASE TABLE'
					  and c.table_schema in ('concepts', 'participation', 'monitoring', 'publishing', 'platform')
					  and exists (select 1 from information_schema.columns x where x.table_schema = c.table_schema
					              and x.table_name = c.table_name and x.column_name = 'tenant_id')
					order by 1""", String.class)) {
				List<String> values = new ArrayList<>(owner.queryForList("select id::text from " + table + " limit 3", String.class));
				ids.put(table.substring(table.indexOf('.') + 1).toLowerCase(Locale.ROOT), values);
			}
			// Handlungsfelder are addressed by slug; the search index of the published concept holds them.
			ids.put("field_slug", owner.queryForList("select distinct field_slug from publishing.search_entry where field_slug is not null"
					+ " order by 1 limit 3", String.class));
			ids.put("report_year", owner.queryForList("select distinct year::text from monitoring.yearly_report order by 1 limit 3", String.class));
			return ids;
		});
	}

	/** Removed through the platform administration's API, as a municipality that leaves. */
	@Override
	public void close() throws Exception {
		int status = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/admin/tenants/" + slug)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt()
				.authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority(
						de.integrationskonzept.platform.security.TenantAuthority.PLATFORM_ADMIN))))
			.andReturn().getResponse().getStatus();
		if (status != 200) {
			throw new IllegalStateException("throwaway tenant " + slug + " not removed: " + status);
		}
	}
}
