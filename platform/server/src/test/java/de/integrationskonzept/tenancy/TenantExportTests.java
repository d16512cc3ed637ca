package de.integrationskonzept.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A municipality moves (real PostgreSQL): its archive, after the tenant's removal, brings back every row exactly —
 * same content per table, byte for byte, the same public site and API answers — while a second import, tampered
 * archives and anyone but a platform admin are refused without storing anything, and another tenant is untouched.
 * Düsseldorf carries a frozen yearly report (immutable by trigger) with its PDF.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TenantExportTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Left out of an archive on purpose (credentials, transient counters): see TenantTables.EXCLUDED. */
	private static final java.util.Set<String> NOT_EXPORTED = java.util.Set.of("platform.api_client", "platform.account_token", "platform.rate_limit_hit");

	@Autowired MockMvc mvc;
	@Autowired Tenants tenants;
	@Autowired Environment environment;

	@ParameterizedTest
	@ValueSource(strings = { "dietzenbach", "duesseldorf" })
	void aTenantsArchiveBringsItBackExactlyAfterItsRemoval(String slug) throws Exception {
		UUID id = tenants.findActiveBySlug(slug).orElseThrow().id().value();
		TenantId wiesbaden = tenants.findActiveBySlug("wiesbaden").orElseThrow().id();
		attachLargeFile(id);
		Map<String, String> before = contents(id);
		Map<String, String> wiesbadenBefore = contents(wiesbaden.value());
		String publicSite = mvc.perform(get("/" + slug)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String registryEntry = mvc.perform(get("/api/tenants/" + slug)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(before.values().stream().filter(content -> !content.startsWith("0 ")).count()).as("tables holding the tenant's rows").isGreaterThan(15);

		String exportPath = "/api/admin/tenants/" + slug + "/export";
		assertThat(status(get(exportPath).with(tenantAdmin(new TenantId(id))))).as("its own tenant admin").isEqualTo(403);
		assertThat(status(get(exportPath).with(tenantAdmin(wiesbaden)))).as("another tenant's admin").isEqualTo(403);

		var exported = mvc.perform(get(exportPath).with(platformAdmin())).andReturn().getResponse();
		assertThat(exported.getStatus()).isEqualTo(200);
		assertThat(exported.getContentType()).isEqualTo("application/zip");
		byte[] archive = exported.getContentAsByteArray();
		Map<String, byte[]> entries = unzip(archive);
		JsonNode manifest = JSON.readTree(entries.get("manifest.json"));
		assertThat(manifest.get("formatVersion").asInt()).isEqualTo(1);
		assertThat(manifest.get("schema").get("changesets").asInt()).isGreaterThan(50);
		for (JsonNode table : manifest.get("tables")) {
			String name = table.get("table").asString();
			byte[] file = entries.get(table.get("file").asString());
			assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file))).as(name).isEqualTo(table.get("sha256").asString());
			if (before.containsKey(name)) {
				assertThat(before.get(name)).as("rows of " + name).startsWith(table.get("rows").asLong() + " ");
			}
		}
		assertThat(before.keySet()).as("every tenant table is in the archive or excluded on purpose")
			.allMatch(table -> NOT_EXPORTED.contains(table) || manifest.get("tables").valueStream().anyMatch(t -> t.get("table").asString().equals(table)));
		assertThat(new String(entries.get("tables/platform.user_account.json"), StandardCharsets.UTF_8)).contains("@demo.invalid")
			.doesNotContain("password_hash").doesNotContain("totp_secret");

		assertThat(status(importing(archive).with(platformAdmin()))).as("while the tenant exists").isEqualTo(409);
		assertThat(contents(id)).isEqualTo(before);

		assertThat(status(delete("/api/admin/tenants/" + slug).with(platformAdmin()))).isEqualTo(200);
		Map<String, String> empty = contents(id);

		assertThat(status(importing(archive).with(tenantAdmin(wiesbaden)))).as("a tenant admin may not import").isEqualTo(403);
		assertThat(status(importing(tampered(archive, "tables/concepts.edition.json", text -> text.replaceFirst("\"period_to\":\\d+", "\"period_to\":2099" ), false))
			.with(platformAdmin()))).as("checksum").isEqualTo(422);
		assertThat(status(importing(tampered(archive, "tables/concepts.edition.json", text -> text.replaceFirst("\\{", "{\"unknown_column\":1," ), true))
			.with(platformAdmin()))).as("unknown column, checksum fixed").isEqualTo(422);
		assertThat(status(importing(tampered(archive, "manifest.json", text -> text.replace("\"formatVersion\" : 1", "\"formatVersion\" : 2" ), false))
			.with(platformAdmin()))).as("other format version").isEqualTo(422);
		assertThat(status(importing(tampered(archive, "manifest.json", text -> text.replaceFirst("\"digest\" : \"[0-9a-f]+\"", "\"digest\" : \"0\"" ), false))
			.with(platformAdmin()))).as("other schema state").isEqualTo(422);
		assertThat(contents(id)).as("nothing stored by a refused import").isEqualTo(empty);
		assertThat(tenants.findActiveBySlug(slug)).isEmpty();

		var created = mvc.perform(importing(archive).with(platformAdmin())).andReturn().getResponse();
		assertThat(created.getStatus()).as(created.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
		Map<String, String> after = contents(id);
		NOT_EXPORTED.forEach(table -> {
			before.remove(table);
			after.remove(table);
		});
		assertThat(after).as("every table's rows, byte for byte").isEqualTo(before);
		assertThat(mvc.perform(get("/api/tenants/" + slug)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(registryEntry);
		assertThat(mvc.perform(get("/" + slug)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(publicSite);

		assertThat(status(importing(archive).with(platformAdmin()))).as("a second import").isEqualTo(409);
		assertThat(contents(id)).containsAllEntriesOf(after);
		assertThat(contents(wiesbaden.value())).isEqualTo(wiesbadenBefore);
	}

	@Test
	void peopleMoveWithoutTheirCredentialsAndKeepTheirAccountWhereTheirAddressIsKnown() throws Exception {
		UUID id = tenants.findActiveBySlug("frankenthal").orElseThrow().id().value();
		JdbcTemplate owner = new JdbcTemplate(new DriverManagerDataSource(environment.getRequiredProperty("spring.liquibase.url"),
				environment.getRequiredProperty("spring.liquibase.user"), environment.getProperty("spring.liquibase.password")));
		UUID returning = owner.queryForObject("select id from platform.user_account where email = 'buergerin-2.frankenthal@demo.invalid'", UUID.class);
		UUID known = owner.queryForObject("select id from platform.user_account where email = 'buergerin-3.frankenthal@demo.invalid'", UUID.class);
		String knownReferences = references(known, id);

		var exported = mvc.perform(get("/api/admin/tenants/frankenthal/export").with(platformAdmin())).andReturn().getResponse();
		assertThat(exported.getStatus()).isEqualTo(200);
		byte[] archive = exported.getContentAsByteArray();
		assertThat(status(delete("/api/admin/tenants/frankenthal").with(platformAdmin()))).isEqualTo(200);
		// On the target platform: one person has no account yet, another has one of her own under the same address.
		owner.update("delete from platform.user_account where id in (?, ?)", returning, known);
		UUID sameAddress = UUID.randomUUID();
		owner.update("""
				insert into platform.user_account (id, email, display_name, password_hash, status)
				values (?, 'buergerin-3.frankenthal@demo.invalid', 'Bürgerin drei', '{bcrypt}unchanged', 'ACTIVE')
				""", sameAddress);

		byte[] bomb = withEntry(archive, "tables/concepts.actor.json", "\n".repeat(80 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII));
		assertThat(bomb.length).as("compressed").isLessThan(1024 * 1024);
		var refused = mvc.perform(importing(bomb).with(platformAdmin())).andReturn().getResponse();
		assertThat(refused.getStatus()).as("unpacks beyond ik.tenant-archive.max-uncompressed-bytes").isEqualTo(422);
		assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("max-uncompressed-bytes");
		assertThat(tenants.findActiveBySlug("frankenthal")).isEmpty();

		var unknownIndicator = mvc.perform(importing(tampered(archive, "tables/monitoring.benchmark_opt_in.json",
				text -> text.replaceFirst("\"code\":\"", "\"code\":\"fehlt-"), true)).with(platformAdmin())).andReturn().getResponse();
		assertThat(unknownIndicator.getStatus()).as("a catalogue entry this platform lacks").isEqualTo(422);
		assertThat(unknownIndicator.getContentAsString(StandardCharsets.UTF_8)).contains("Katalog-Indikator fehlt-");
		byte[] endlessRow = withEntry(archive, "tables/concepts.actor.json", ("[\n{\"name\":\"" + "x".repeat(34 * 1024 * 1024)).getBytes(StandardCharsets.US_ASCII));
		var tooLong = mvc.perform(importing(endlessRow).with(platformAdmin())).andReturn().getResponse();
		assertThat(tooLong.getStatus()).isEqualTo(422);
		assertThat(tooLong.getContentAsString(StandardCharsets.UTF_8)).contains("max-row-chars");
		assertThat(tenants.findActiveBySlug("frankenthal")).isEmpty();

		var created = mvc.perform(multipart("/api/admin/tenants/import").file(new MockMultipartFile("archive", "frankenthal.zip", "application/zip", archive))
			.with(platformAdmin())).andReturn().getResponse();
		assertThat(created.getStatus()).as(created.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);

		assertThat(owner.queryForMap("""
				select email, password_hash is null as no_password, totp_secret is null as no_totp, platform_admin from platform.user_account where id = ?
				""", returning)).containsEntry("email", "buergerin-2.frankenthal@demo.invalid").containsEntry("no_password", true)
			.containsEntry("no_totp", true).containsEntry("platform_admin", false);
		assertThat(owner.queryForObject("select count(*) from platform.user_account where id = ?", Integer.class, known)).isZero();
		assertThat(owner.queryForObject("select password_hash from platform.user_account where id = ?", String.class, sameAddress)).isEqualTo("{bcrypt}unchanged");
		assertThat(references(sameAddress, id)).as("the archived account's rows now refer to the known account").isEqualTo(knownReferences);
		assertThat(references(returning, id)).contains("platform.membership.user_id=1");
	}

	/**
	 * The import copies every column as it was ({@code insert … select *}): a key drawn from a sequence would need the
	 * sequence advanced afterwards (setval), and a generated column refuses values. None exists; a new one must be handled.
	 */
	@Test
	void noTenantTableDrawsFromASequenceOrGeneratesAColumn() {
		JdbcTemplate owner = new JdbcTemplate(new DriverManagerDataSource(environment.getRequiredProperty("spring.liquibase.url"),
				environment.getRequiredProperty("spring.liquibase.user"), environment.getProperty("spring.liquibase.password")));
		assertThat(owner.queryForList("""
				select a.attrelid::regclass || '.' || a.attname
				from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
				left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
				where n.nspname = any (?) and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
				  and (a.attidentity <> '' or a.attgenerated <> '' or pg_get_expr(d.adbin, d.adrelid) like '%nextval%')
				""", String.class, (Object) TenantOwnedTables.APPLICATION_SCHEMAS.toArray(String[]::new))).isEmpty();
	}

	/** A 10 MB attachment of random bytes (the largest participation accepts): binaries are streamed and come back exactly. */
	private void attachLargeFile(UUID tenant) {
		var connection = new SingleConnectionDataSource(environment.getRequiredProperty("spring.liquibase.url"),
				environment.getRequiredProperty("spring.liquibase.user"), environment.getProperty("spring.liquibase.password"), true);
		JdbcTemplate owner = new JdbcTemplate(connection);
		owner.queryForObject("select set_config('app.tenant_id', ?, false)", String.class, tenant.toString());
		owner.update("""
				insert into participation.attachment (tenant_id, id, owner_kind, owner_id, file_name, content_type, size, sha256, content)
				select ?, gen_random_uuid(), 'IDEA', gen_random_uuid(), 'gross.bin', 'application/octet-stream', octet_length(c), encode(sha256(c), 'hex'), c
				from (select decode(string_agg(md5(random()::text), ''), 'hex') as c from generate_series(1, 655360)) random_bytes
				""", tenant);
		connection.destroy();
	}

	/** Which rows of the tenant refer to an account, per table and column. */
	private String references(UUID account, UUID tenant) {
		var connection = new SingleConnectionDataSource(environment.getRequiredProperty("spring.liquibase.url"),
				environment.getRequiredProperty("spring.liquibase.user"), environment.getProperty("spring.liquibase.password"), true);
		JdbcTemplate owner = new JdbcTemplate(connection);
		owner.queryForObject("select set_config('app.tenant_id', ?, false)", String.class, tenant.toString());
		StringBuilder references = new StringBuilder();
		owner.queryForList("""
				select con.conrelid::regclass::text as source, a.attname as column
				from pg_constraint con join pg_attribute a on a.attrelid = con.conrelid and a.attnum = con.conkey[1]
				where con.contype = 'f' and con.confrelid = 'platform.user_account'::regclass
				  and exists (select 1 from pg_attribute t where t.attrelid = con.conrelid and t.attname = 'tenant_id')
				order by 1, 2
				""").forEach(row -> {
			Integer rows = owner.queryForObject("select count(*) from " + row.get("source") + " where tenant_id = ? and " + row.get("column") + " = ?",
					Integer.class, tenant, account);
			if (rows != null && rows > 0) {
				references.append(row.get("source")).append('.').append(row.get("column")).append('=').append(rows).append(' ');
			}
		});
		connection.destroy();
		assertThat(references.toString()).as("references of " + account).isNotEmpty();
		return references.toString();
	}

	private static byte[] withEntry(byte[] archive, String name, byte[] content) throws Exception {
		Map<String, byte[]> entries = unzip(archive);
		entries.put(name, content);
		return zip(entries);
	}

	private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder importing(byte[] archive) {
		return post("/api/admin/tenants/import").contentType("application/zip").content(archive);
	}

	private static RequestPostProcessor platformAdmin() {
		return jwt().authorities(new SimpleGrantedAuthority(TenantAuthority.PLATFORM_ADMIN));
	}

	private static RequestPostProcessor tenantAdmin(TenantId tenant) {
		return jwt().authorities(TenantAuthority.of(tenant, TenantRole.TENANT_ADMIN));
	}

	/** Per table of the tenant: its row count and a digest of its rows as PostgreSQL renders them (order-independent). */
	private Map<String, String> contents(UUID tenant) {
		var connection = new SingleConnectionDataSource(environment.getRequiredProperty("spring.liquibase.url"),
				environment.getRequiredProperty("spring.liquibase.user"), environment.getProperty("spring.liquibase.password"), true);
		JdbcTemplate owner = new JdbcTemplate(connection);
		owner.queryForObject("select set_config('app.tenant_id', ?, false)", String.class, tenant.toString());
		Map<String, String> contents = new LinkedHashMap<>();
		owner.query("""
				select n.nspname || '.' || c.relname, coalesce(r.attname, 'tenant_id')
				from pg_class c join pg_namespace n on n.oid = c.relnamespace
				left join (select con.conrelid, a.attname from pg_constraint con
				           join pg_attribute a on a.attrelid = con.conrelid and a.attnum = con.conkey[1]
				           where con.contype = 'f' and con.confrelid = 'platform.tenant'::regclass and con.confdeltype = 'c') r on r.conrelid = c.oid
				where c.relkind = 'r' and n.nspname = any (?)
				  and (r.attname is not null or exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id'))
				  and c.relname <> 'security_audit'
				order by 1
				""", row -> {
			String table = row.getString(1);
			contents.put(table, owner.queryForObject("select count(*) || ' ' || coalesce(md5(string_agg(row_to_json(t)::text, E'\\n' order by row_to_json(t)::text)), '')"
					+ " from " + table + " t where " + row.getString(2) + " = ?", String.class, tenant));
		}, (Object) TenantOwnedTables.APPLICATION_SCHEMAS.toArray(String[]::new));
		contents.put("platform.tenant", owner.queryForObject("select count(*) || ' ' || coalesce(md5(string_agg(row_to_json(t)::text, '')), '')"
				+ " from platform.tenant t where id = ?", String.class, tenant));
		connection.destroy();
		return contents;
	}

	private static Map<String, byte[]> unzip(byte[] archive) throws Exception {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				entries.put(entry.getName(), zip.readAllBytes());
			}
		}
		return entries;
	}

	/** The archive with one entry changed; with {@code fixChecksum} the manifest is made to match, as a careful forger would. */
	private static byte[] tampered(byte[] archive, String name, UnaryOperator<String> change, boolean fixChecksum) throws Exception {
		Map<String, byte[]> entries = unzip(archive);
		byte[] changed = change.apply(new String(entries.get(name), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
		assertThat(changed).as("the tampering changed " + name).isNotEqualTo(entries.get(name));
		entries.put(name, changed);
		if (fixChecksum) {
			ObjectNode manifest = (ObjectNode) JSON.readTree(entries.get("manifest.json"));
			for (JsonNode table : manifest.get("tables")) {
				if (table.get("file").asString().equals(name)) {
					((ObjectNode) table).put("sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(changed)));
				}
			}
			entries.put("manifest.json", JSON.writeValueAsBytes(manifest));
		}
		return zip(entries);
	}

	private static byte[] zip(Map<String, byte[]> entries) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (var entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	private static byte[] tampered(byte[] archive, String name, UnaryOperator<String> change) throws Exception {
		return tampered(archive, name, change, false);
	}
}
