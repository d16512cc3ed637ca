package de.integrationskonzept.platform.tenancy.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code manifest.json} of a tenant archive: what the archive holds and what it was made from. Table files
 * are JSON arrays with one row per line, each row as PostgreSQL's {@code row_to_json} wrote it.
 */
record TenantArchiveManifest(String format, int formatVersion, String exportedAt, Map<String, Object> schema, TenantSummary tenant,
		List<TableFile> tables, Map<String, String> excluded, String accounts) {

	static final String FORMAT = "integrationskonzept-tenant-archive";

	static final int FORMAT_VERSION = 1;

	static final String MANIFEST = "manifest.json";

	static final String ACCOUNTS_NOTE = "platform.user_account: die Konten der Personen, auf die die Daten verweisen, ohne Passwort, "
			+ "zweiten Faktor und Plattform-Administration; sie setzen auf der Zielplattform ein neues Passwort. "
			+ "Gibt es dort schon ein Konto mit derselben E-Mail-Adresse, verweisen die Daten auf dieses.";

	/** The tenant's registry entry in short, for the conflict check before anything is read. */
	record TenantSummary(UUID id, String slug, String ags, List<String> hostNames) {
	}

	/** One table file: its rows, the column naming the tenant, the columns and the SHA-256 of the file. */
	record TableFile(String table, String file, String tenantColumn, List<String> columns, long rows, String sha256) {
	}

	static String fileOf(String table) {
		return "tables/" + table + ".json";
	}
}
