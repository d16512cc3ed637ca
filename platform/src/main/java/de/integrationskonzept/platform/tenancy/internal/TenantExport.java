package de.integrationskonzept.platform.tenancy.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SingleColumnRowMapper;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.SecurityAudit;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.UnknownTenantException;
import de.integrationskonzept.platform.tenancy.internal.TenantArchiveManifest.TableFile;
import de.integrationskonzept.platform.tenancy.internal.TenantArchiveManifest.TenantSummary;
import de.integrationskonzept.platform.tenancy.internal.TenantTables.TenantTable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes all of a tenant's rows as a ZIP archive ({@link TenantArchiveManifest}), for platform admins only: one
 * JSON file per table, written by PostgreSQL itself ({@code row_to_json}) so every type comes back exactly, streamed
 * row by row from a cursor (frozen reports carry PDFs). One read-only repeatable-read transaction as the schema
 * owner within the tenant gives a consistent snapshot across all tables.
 */
@Component
class TenantExport {

	private static final Logger AUDIT = LoggerFactory.getLogger("audit.tenant-archive");

	static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private static final byte[] NEWLINE = {'\n'};

	private final Environment environment;

	private final SecurityAudit audit;

	TenantExport(Environment environment, SecurityAudit audit) {
		this.environment = environment;
		this.audit = audit;
	}

	/** The tenant to export; checked before the response starts, so refusals still get their status. */
	UUID find(String slug) {
		AccessControl.requirePlatformAdmin();
		return new JdbcTemplate(TenantTables.ownerDataSource(environment)).queryForList("select id from platform.tenant where slug = ? and status <> 'REJECTED'",
				UUID.class, slug).stream().findFirst().orElseThrow(() -> new UnknownTenantException(slug));
	}

	void write(UUID tenant, OutputStream out) {
		AccessControl.requirePlatformAdmin();
		DriverManagerDataSource owner = TenantTables.ownerDataSource(environment);
		JdbcTemplate jdbc = new JdbcTemplate(owner);
		jdbc.setFetchSize(100);
		TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(owner));
		transaction.setReadOnly(true);
		transaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		long started = System.nanoTime();
		long[] bytes = {0};
		OutputStream counted = new java.io.FilterOutputStream(out) {
			@Override
			public void write(int b) throws IOException {
				out.write(b);
				bytes[0]++;
			}

			@Override
			public void write(byte[] buffer, int offset, int length) throws IOException {
				out.write(buffer, offset, length);
				bytes[0] += length;
			}
		};
		TenantArchiveManifest manifest = transaction.execute(status -> {
			// Row-level security is forced for the owner too: the snapshot is read within the tenant.
			jdbc.queryForObject("select set_config('app.tenant_id', ?, true)", String.class, tenant.toString());
			try {
				return writeArchive(jdbc, tenant, counted);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
		String summary = manifest.tables().stream().map(file -> file.table() + "=" + file.rows()).toList().toString();
		audit.record(new TenantId(tenant), AccessControl.actor().orElse("?"), "TENANT_EXPORTED", summary);
		AUDIT.info("Tenant {} ({}) exported by {}: {} bytes in {} ms, {}", manifest.tenant().slug(), tenant, AccessControl.actor().orElse("?"),
				bytes[0], (System.nanoTime() - started) / 1_000_000, summary);
	}

	private TenantArchiveManifest writeArchive(JdbcTemplate jdbc, UUID tenant, OutputStream out) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		List<TenantTable> tables = TenantTables.inInsertOrder(jdbc);
		List<TableFile> files = new ArrayList<>();
		Set<UUID> accounts = new LinkedHashSet<>();
		for (TenantTable table : tables) {
			files.add(writeTable(zip, jdbc, table.name(), table.tenantColumn(), table.columns(),
					"select row_to_json(t)::text from " + table.name() + " t where t." + table.tenantColumn() + " = ?", tenant));
			for (String column : table.accountColumns()) {
				accounts.addAll(jdbc.queryForList("select distinct " + column + " from " + table.name() + " where " + table.tenantColumn()
						+ " = ? and " + column + " is not null", UUID.class, tenant));
			}
		}
		// Only what identifies a person crosses: no password hash, no second factor, no platform administration.
		files.add(writeTable(zip, jdbc, TenantTables.ACCOUNTS, null, List.of("id", "email", "display_name", "status", "email_verified_at", "demo",
				"created_at", "updated_at"), """
				select json_build_object('id', id, 'email', email, 'display_name', display_name, 'status', status,
				       'email_verified_at', email_verified_at, 'demo', demo, 'created_at', created_at, 'updated_at', updated_at)::text
				from platform.user_account where id = any (?) order by id
				""", (Object) accounts.toArray(UUID[]::new)));

		Map<String, Object> registryEntry = jdbc.queryForMap("select slug, ags from platform.tenant where id = ?", tenant);
		TenantSummary summary = new TenantSummary(tenant, (String) registryEntry.get("slug"), (String) registryEntry.get("ags"),
				jdbc.queryForList("select host_name from platform.tenant_host_name where tenant_id = ? order by 1", String.class, tenant));
		TenantArchiveManifest manifest = new TenantArchiveManifest(TenantArchiveManifest.FORMAT, TenantArchiveManifest.FORMAT_VERSION,
				Instant.now().toString(), TenantTables.schemaState(jdbc), summary, files, new TreeMap<>(TenantTables.EXCLUDED),
				TenantArchiveManifest.ACCOUNTS_NOTE);
		zip.putNextEntry(new ZipEntry(TenantArchiveManifest.MANIFEST));
		zip.write(JSON.writeValueAsBytes(manifest));
		zip.closeEntry();
		zip.finish();
		return manifest;
	}

	/** One table file: a JSON array, one row per line, hashed while it is written. */
	private static TableFile writeTable(ZipOutputStream zip, JdbcTemplate jdbc, String table, String tenantColumn, List<String> columns,
			String query, Object parameter) throws IOException {
		MessageDigest sha256 = sha256();
		zip.putNextEntry(new ZipEntry(TenantArchiveManifest.fileOf(table)));
		long rows = 0;
		try (Stream<String> lines = jdbc.queryForStream(query, new SingleColumnRowMapper<>(String.class), parameter)) {
			for (String line : (Iterable<String>) lines::iterator) {
				write(zip, sha256, rows == 0 ? NEWLINE : ",\n".getBytes(StandardCharsets.US_ASCII));
				write(zip, sha256, line.getBytes(StandardCharsets.UTF_8));
				rows++;
			}
		}
		write(zip, sha256, "\n]\n".getBytes(StandardCharsets.US_ASCII));
		zip.closeEntry();
		return new TableFile(table, TenantArchiveManifest.fileOf(table), tenantColumn, columns, rows, HexFormat.of().formatHex(sha256.digest()));
	}

	private static void write(OutputStream out, MessageDigest digest, byte[] bytes) throws IOException {
		digest.update(bytes);
		out.write(bytes);
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
