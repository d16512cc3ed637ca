package de.integrationskonzept.platform.tenancy.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.SecurityAudit;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.internal.TenantArchiveManifest.TableFile;
import de.integrationskonzept.platform.tenancy.internal.TenantTables.SelfReference;
import de.integrationskonzept.platform.tenancy.internal.TenantTables.TenantTable;

/**
 * Creates a tenant from an archive of {@link TenantExport} on a platform that does not know it yet, for platform
 * admins only. All or nothing: one transaction as the schema owner within the new tenant; the archive must match
 * this platform's schema exactly (format version, Liquibase changesets, tables, columns, checksums), and any
 * problem rolls everything back. Each table file is staged batch by batch in a temporary table (bounded memory),
 * checked, and moved into place in foreign-key order.
 */
@Component
class TenantImport {

	private static final Logger AUDIT = LoggerFactory.getLogger("audit.tenant-archive");

	/**
	 * References to the shared catalogues by code (no foreign key, as the catalogues are versioned): each query
	 * lists the codes the new tenant uses that this platform's catalogues lack.
	 */
	private static final List<String> MISSING_CATALOGUE_ENTRIES = List.of("""
			select distinct 'Handlungsfeld-Vorlage ' || f.template_code || coalesce(' v' || f.template_version, '') from concepts.field f
			where f.tenant_id = ? and f.template_code is not null and not exists (select 1 from concepts.field_template t
			  where t.code = f.template_code and (f.template_version is null or t.version = f.template_version))
			""", """
			select distinct 'Katalog-Indikator ' || i.catalogue_code from concepts.indicator i
			where i.tenant_id = ? and i.catalogue_code is not null
			  and not exists (select 1 from concepts.catalogue_indicator c where c.code = i.catalogue_code)
			""", """
			select distinct 'Katalog-Indikator ' || o.code from monitoring.benchmark_opt_in o
			where o.tenant_id = ? and not exists (select 1 from concepts.catalogue_indicator c where c.code = o.code)
			""", """
			select distinct 'Katalog-Indikator ' || v.code from monitoring.benchmark_value v
			where v.publisher = ? and not exists (select 1 from concepts.catalogue_indicator c where c.code = v.code)
			""");

	private final Environment environment;

	private final SecurityAudit audit;

	private final long maxUncompressedBytes;

	private final int maxRowChars;

	TenantImport(Environment environment, SecurityAudit audit,
			@Value("${ik.tenant-archive.max-uncompressed-bytes:4294967296}") long maxUncompressedBytes,
			@Value("${ik.tenant-archive.max-row-chars:67108864}") int maxRowChars) {
		this.environment = environment;
		this.audit = audit;
		this.maxUncompressedBytes = maxUncompressedBytes;
		this.maxRowChars = maxRowChars;
	}

	/** The result: the new tenant and the rows stored per table. */
	record Imported(UUID tenant, String slug, Map<String, Long> rows) {
	}

	Imported importArchive(Path archive) {
		AccessControl.requirePlatformAdmin();
		try (TenantArchiveReader zip = new TenantArchiveReader(archive, maxUncompressedBytes, maxRowChars)) {
			TenantArchiveManifest manifest = zip.manifest();
			var owner = TenantTables.ownerDataSource(environment);
			JdbcTemplate jdbc = new JdbcTemplate(owner);
			long started = System.nanoTime();
			Imported imported = new TransactionTemplate(new DataSourceTransactionManager(owner)).execute(status -> {
				jdbc.queryForObject("select set_config('app.tenant_id', ?, true)", String.class, manifest.tenant().id().toString());
				return store(zip, manifest, jdbc);
			});
			String summary = imported.rows().toString();
			audit.record(new TenantId(imported.tenant()), AccessControl.actor().orElse("?"), "TENANT_IMPORTED", summary);
			AUDIT.info("Tenant {} ({}) imported by {} in {} ms: {}", imported.slug(), imported.tenant(), AccessControl.actor().orElse("?"),
					(System.nanoTime() - started) / 1_000_000, summary);
			return imported;
		}
		catch (IOException | UncheckedIOException e) {
			throw TenantArchiveException.unfit("Das Archiv ist keine lesbare ZIP-Datei: " + e.getMessage());
		}
		catch (DataAccessException e) {
			throw TenantArchiveException.unfit("Die Daten passen nicht in diese Plattform: " + e.getMostSpecificCause().getMessage());
		}
	}

	private Imported store(TenantArchiveReader zip, TenantArchiveManifest manifest, JdbcTemplate jdbc) {
		Map<String, Object> schema = TenantTables.schemaState(jdbc);
		if (manifest.schema() == null || !Objects.equals(String.valueOf(manifest.schema().get("digest")), schema.get("digest"))) {
			throw TenantArchiveException.unfit("Das Archiv stammt von einem anderen Schemastand (Liquibase-Changesets) als diese Plattform.",
					List.of("Archiv: " + manifest.schema(), "Plattform: " + schema));
		}
		refuseExistingTenant(jdbc, manifest);
		List<TenantTable> tables = TenantTables.inInsertOrder(jdbc);
		Map<String, TableFile> files = new LinkedHashMap<>();
		manifest.tables().forEach(file -> files.put(file.table(), file));
		List<String> problems = new ArrayList<>();
		tables.stream().filter(table -> !files.containsKey(table.name())).forEach(table -> problems.add("Tabelle fehlt: " + table.name()));
		Set<String> known = tables.stream().map(TenantTable::name).collect(Collectors.toSet());
		files.keySet().stream().filter(name -> !known.contains(name) && !name.equals(TenantTables.ACCOUNTS))
			.forEach(name -> problems.add("Unbekannte Tabelle: " + name));
		for (TenantTable table : tables) {
			TableFile file = files.get(table.name());
			if (file != null && !table.columns().equals(file.columns())) {
				problems.add("Spalten von " + table.name() + " weichen ab: Archiv " + file.columns() + ", Plattform " + table.columns());
			}
		}
		if (!files.containsKey(TenantTables.ACCOUNTS)) {
			problems.add("Tabelle fehlt: " + TenantTables.ACCOUNTS);
		}
		if (!problems.isEmpty()) {
			throw TenantArchiveException.unfit("Das Archiv passt nicht zu den Tabellen dieser Plattform.", problems);
		}

		storeAccounts(zip, files.get(TenantTables.ACCOUNTS), jdbc);
		Map<String, Long> rows = new LinkedHashMap<>();
		for (TenantTable table : tables) {
			rows.put(table.name(), storeTable(zip, files.get(table.name()), table, manifest.tenant().id(), jdbc));
		}
		List<String> missing = new ArrayList<>();
		MISSING_CATALOGUE_ENTRIES.forEach(query -> missing.addAll(jdbc.queryForList(query, String.class, manifest.tenant().id())));
		if (!missing.isEmpty()) {
			throw TenantArchiveException.unfit("Die Daten verweisen auf Einträge der gemeinsamen Kataloge, die diese Plattform nicht hat.", missing);
		}
		return new Imported(manifest.tenant().id(), manifest.tenant().slug(), rows);
	}

	private static void refuseExistingTenant(JdbcTemplate jdbc, TenantArchiveManifest manifest) {
		var tenant = manifest.tenant();
		List<String> conflicts = new ArrayList<>(jdbc.queryForList("""
				select 'Mandant ' || slug || ' (' || id || ')' from platform.tenant
				where (id = ? or ((slug = ? or ags = ?) and status <> 'REJECTED'))
				union all
				select 'Hostname ' || host_name from platform.tenant_host_name where host_name = any (?)
				""", String.class, tenant.id(), tenant.slug(), tenant.ags(),
				tenant.hostNames() == null ? new String[0] : tenant.hostNames().toArray(String[]::new)));
		if (!conflicts.isEmpty()) {
			throw TenantArchiveException.tenantExists(conflicts);
		}
	}

	/**
	 * People's accounts are global: an account with the same id is the same person (e.g. the tenant comes back); one
	 * with the same e-mail address takes the archived account's place in every reference; the others are created
	 * without password, so that the person sets one through "Passwort vergessen".
	 */
	private static void storeAccounts(TenantArchiveReader zip, TableFile file, JdbcTemplate jdbc) {
		jdbc.execute("create temp table import_account on commit drop as select * from platform.user_account with no data");
		long rows = stage(zip, file, "pg_temp.import_account", TenantTables.ACCOUNTS, jdbc);
		jdbc.execute("""
				create temp table account_map on commit drop as
				select i.id as source, coalesce(same_id.id, same_email.id, i.id) as target, same_id.id is null and same_email.id is null as created
				from pg_temp.import_account i
				left join platform.user_account same_id on same_id.id = i.id
				left join platform.user_account same_email on same_email.email = i.email
				""");
		jdbc.update("""
				insert into platform.user_account (id, email, display_name, status, email_verified_at, demo, created_at, updated_at)
				select i.id, i.email, i.display_name, i.status, i.email_verified_at, coalesce(i.demo, false), i.created_at, i.updated_at
				from pg_temp.import_account i join pg_temp.account_map m on m.source = i.id where m.created
				""");
		if (rows != file.rows()) {
			throw TenantArchiveException.unfit(file.table() + ": " + rows + " Zeilen statt " + file.rows() + " laut manifest.json.");
		}
	}

	private static long storeTable(TenantArchiveReader zip, TableFile file, TenantTable table, UUID tenant, JdbcTemplate jdbc) {
		jdbc.execute("create temp table import_stage on commit drop as select * from " + table.name() + " with no data");
		long rows = stage(zip, file, "pg_temp.import_stage", table.name(), jdbc);
		if (rows != file.rows()) {
			throw TenantArchiveException.unfit(table.name() + ": " + rows + " Zeilen statt " + file.rows() + " laut manifest.json.");
		}
		Integer foreign = jdbc.queryForObject("select count(*) from pg_temp.import_stage where " + table.tenantColumn() + " is distinct from ?",
				Integer.class, tenant);
		if (foreign != null && foreign > 0) {
			throw TenantArchiveException.unfit(table.name() + ": " + foreign + " Zeilen gehören nicht zum Mandanten des Archivs.");
		}
		for (String column : table.accountColumns()) {
			jdbc.update("update pg_temp.import_stage s set " + column + " = m.target from pg_temp.account_map m where s." + column
					+ " = m.source and m.source <> m.target");
		}
		// Guards against later changes (frozen reports) and triggers that fill columns on insert would alter restored rows:
		// they are off for this transaction only; notifications (AFTER triggers) stay on, so caches learn of the new tenant.
		List<String> insertTriggers = jdbc.queryForList("""
				select tgname from pg_trigger where tgrelid = ?::regclass and not tgisinternal and tgenabled <> 'D'
				  and (tgtype & 2) <> 0 and (tgtype & 4) <> 0
				""", String.class, table.name());
		insertTriggers.forEach(trigger -> jdbc.execute("alter table " + table.name() + " disable trigger " + trigger));
		moveIntoPlace(jdbc, table, rows);
		insertTriggers.forEach(trigger -> jdbc.execute("alter table " + table.name() + " enable trigger " + trigger));
		jdbc.execute("drop table pg_temp.import_stage");
		return rows;
	}

	/** Moves the staged rows into the table; rows referring to other rows of the same table go after those (parents first). */
	private static void moveIntoPlace(JdbcTemplate jdbc, TenantTable table, long rows) {
		if (table.selfReferences().isEmpty()) {
			jdbc.update("insert into " + table.name() + " select * from pg_temp.import_stage");
			return;
		}
		String ready = table.selfReferences().stream().map(reference -> readyCondition(table.name(), reference)).collect(Collectors.joining(" and "));
		long moved = 0;
		while (moved < rows) {
			int step = jdbc.update("with ready as (delete from pg_temp.import_stage s where " + ready + " returning s.*) insert into "
					+ table.name() + " select * from ready");
			if (step == 0) {
				throw TenantArchiveException.unfit(table.name() + ": " + (rows - moved) + " Zeilen verweisen auf Zeilen, die es nicht gibt.");
			}
			moved += step;
		}
	}

	/** A staged row is ready when its reference is empty (MATCH SIMPLE) or the referenced row is in place. */
	private static String readyCondition(String table, SelfReference reference) {
		String empty = reference.columns().stream().map(column -> "s." + column + " is null").collect(Collectors.joining(" or "));
		StringBuilder match = new StringBuilder();
		for (int i = 0; i < reference.columns().size(); i++) {
			match.append(i == 0 ? "" : " and ").append("p.").append(reference.referencedColumns().get(i)).append(" = s.").append(reference.columns().get(i));
		}
		return "(" + empty + " or exists (select 1 from " + table + " p where " + match + "))";
	}

	/** Reads a table file into the staging table in batches, checking its keys against the archived columns. */
	private static long stage(TenantArchiveReader archive, TableFile file, String stage, String table, JdbcTemplate jdbc) {
		String[] columns = file.columns().toArray(String[]::new);
		return archive.readRows(file, table, json -> {
			List<String> unknown = jdbc.queryForList("select distinct k from json_array_elements(?::json) e, json_object_keys(e) k where k <> all (?)",
					String.class, json, columns);
			if (!unknown.isEmpty()) {
				throw TenantArchiveException.unfit(table + ": unbekannte Spalten in den Zeilen.", unknown);
			}
			jdbc.update("insert into " + stage + " select * from json_populate_recordset(null::" + table + ", ?::json)", json);
		});
	}
}
