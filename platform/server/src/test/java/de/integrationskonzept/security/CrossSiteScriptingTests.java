package de.integrationskonzept.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.EditionEvents.EditionPublished;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.tenancy.TenantFixtures;

/**
 * Stored cross-site scripting, generically: a throwaway tenant gets a row in every tenant-owned table and
 * a complete concept; then the schema owner writes a script payload into every free-text column (text,
 * varchar) of all its rows, the concept is published again, and every GET route of the route list is
 * fetched for that tenant — public pages anonymously, staff pages and the API as its administrator. No
 * HTML or XML answer may contain the payload unescaped, and JSON must be served as JSON.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CrossSiteScriptingTests {

	static final String PAYLOAD = "<script>alert('ikxss')</script>\"'><img src=x onerror=alert(1)>";
	private static final Pattern UNESCAPED = Pattern.compile("<script>alert\\('ikxss'\\)|<img src=x onerror=|(href|src|action)=\"javascript:",
			Pattern.CASE_INSENSITIVE);
	private static final String STAFF = "tenant-admin.wiesbaden@demo.invalid";
	private static final Pattern FORMATTED = Pattern.compile(".*(url|content_type|media_type|email|slug|language|locale|version|hash|code|token)");

	private MockHttpServletRequestBuilder call(Routes.Route route, String path, ThrowawayTenant tenant) {
		MockHttpServletRequestBuilder call = get(path);
		if (route.parameters().contains("q")) {
			call.param("q", "ikxss");
		}
		if (route.api()) {
			call.with(jwt().authorities(TenantAuthority.of(tenant.id, TenantRole.TENANT_ADMIN)));
		}
		else if (route.staff()) {
			call.with(user(STAFF).authorities(TenantAuthority.of(tenant.id, TenantRole.TENANT_ADMIN)));
		}
		return call;
	}

	/** All combinations of the path variables' candidate values, in order, at most 81. */
	private static List<Map<String, String>> combinations(Routes.Route route, PathValues values) {
		List<Map<String, String>> combinations = new ArrayList<>();
		combinations.add(Map.of());
		for (String variable : route.variables()) {
			List<Map<String, String>> longer = new ArrayList<>();
			for (Map<String, String> combination : combinations) {
				for (String candidate : values.candidates(route, variable)) {
					Map<String, String> extended = new HashMap<>(combination);
					extended.put(variable, candidate);
					longer.add(extended);
				}
			}
			combinations = longer.subList(0, Math.min(longer.size(), 81));
		}
		return combinations;
	}

	/**
	 * GET routes that answer 404 for the filled throwaway tenant, so their pages are not checked here. The fixture
	 * has one synthetic row per table (IsolationFixtures): enough for most pages, not for these.
	 */
	static final Set<String> NOT_REACHED = Set.of(
			"/{tenantSlug}/einladung/{token}", // only the token's hash is stored, so no test can know a valid one
			// Not examined further: the synthetic rows do not connect the way these pages need (real years of the
			// fixture's yearly report and up to three ids per table were tried).
			"/{tenantSlug}/logo",
			"/{tenantSlug}/aktuelles/{id}",
			"/{tenantSlug}/berichte/{year}",
			"/{tenantSlug}/berichte/{year}/bericht.pdf",
			"/api/{tenantSlug}/monitoring/reports/{editionId}/{year}",
			"/api/{tenantSlug}/monitoring/reports/{editionId}/{year}/html",
			"/api/{tenantSlug}/monitoring/reports/{editionId}/{year}/pdf",
			"/{tenantSlug}/verwaltung/monitoring/{editionId}/berichte/{year}",
			"/{tenantSlug}/verwaltung/monitoring/{editionId}/berichte/{year}/bericht.pdf",
			"/{tenantSlug}/verwaltung/monitoring/{editionId}/berichte/{year}/einfrieren",
			"/api/{tenantSlug}/participation/processes/{id}/ratings/circles",
			"/api/{tenantSlug}/participation/processes/{id}/vote/setup",
			"/{tenantSlug}/verwaltung/beteiligung/{id}/abstimmung",
			"/{tenantSlug}/verwaltung/beteiligung/{id}/expertenkreise",
			"/{tenantSlug}/verwaltung/beteiligung/{processId}/arbeitsgruppen",
			"/{tenantSlug}/verwaltung/beteiligung/{processId}/ideen",
			"/api/{tenantSlug}/participation/processes/{processId}/working-groups/{groupId}/meetings/{meetingId}/files/{fileId}",
			"/api/{tenantSlug}/monitoring/editions/{editionId}/projects/{projectId}",
			"/api/{tenantSlug}/monitoring/editions/{editionId}/projects/{projectId}/evaluations",
			"/{tenantSlug}/verwaltung/monitoring/{editionId}/projekte/{projectId}");

	/** Unescaped output in templates, each with the reason it is safe. */
	static final Map<String, String> UNESCAPED_OUTPUT_ALLOWED = Map.of(
			"monitoring/report.html", "the yearly report's HTML, rendered by the escaping report template (report/content.html)",
			"monitoring/report/pdf.html", "the same report HTML, placed into the PDF page",
			"monitoring/report/content.html", "SVG charts built by LineChart/BoxPlot, which escape every text they contain",
			"monitoring/benchmark-comparison.html", "SVG charts built by BoxPlot/LineChart (escaping)",
			"monitoring/indicator.html", "SVG chart built by LineChart (escaping)",
			"publishing/monitoring.html", "SVG charts built by LineChart (escaping)",
			"publishing/search.html", "SiteView.marked escapes the text first and only then adds <mark> around the hits",
			"publishing/reports/report.html", "a released yearly report's HTML, rendered by the escaping report template");

	@Autowired MockMvc mvc;
	@Autowired JdbcTemplate jdbc;
	@Autowired Environment environment;
	@Autowired TransactionTemplate transactions;
	@Autowired TenantScope tenantScope;
	@Autowired ConceptEditions editions;
	@Autowired ApplicationEventPublisher events;
	@Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

	@Test
	void noRouteServesAUserWrittenFieldUnescaped() throws Exception {
		try (ThrowawayTenant tenant = ThrowawayTenant.create(environment, mvc, jdbc, "xss")) {
			TenantFixtures.fill(jdbc, transactions, tenantScope, editions, tenant.id);
			Map<String, String> refused = new TreeMap<>();
			int written = writePayloadEverywhere(tenant, refused);
			republish(tenant);
			PathValues values = new PathValues(tenant.slug, tenant.idsByTable());

			Map<String, String> findings = new TreeMap<>();
			Map<Integer, Integer> statuses = new TreeMap<>();
			Map<String, String> serverErrors = new TreeMap<>();
			List<String> notFound = new ArrayList<>();
			int showingPayload = 0;
			for (Routes.Route route : Routes.of(mappings).all()) {
				if (route.changesState() || !route.tenantScoped()) {
					continue;
				}
				// Ids that belong together (a project of that edition): the first combination of candidates that is found.
				String path = null;
				MockHttpServletResponse response = null;
				for (Map<String, String> combination : combinations(route, values)) {
					path = route.path(combination::get);
					try {
						response = mvc.perform(call(route, path, tenant)).andReturn().getResponse();
					}
					catch (jakarta.servlet.ServletException e) {
						serverErrors.put(route + " " + path, String.valueOf(e.getRootCause()));
						response = null;
						break;
					}
					if (response.getStatus() != 404) {
						break;
					}
				}
				if (response == null) {
					continue;
				}
				statuses.merge(response.getStatus(), 1, Integer::sum);
				if (response.getStatus() == 404) {
					notFound.add(route.pattern());
				}
				String body = response.getContentAsString(StandardCharsets.UTF_8);
				String type = String.valueOf(response.getContentType());
				if (body.contains("ikxss")) {
					showingPayload++;
				}
				if (type.contains("json")) {
					if (!type.startsWith("application/json") && !type.startsWith("application/problem+json") && !type.contains("+json")) {
						findings.put(route + " " + path, "JSON served as " + type);
					}
				}
				// Markup a browser renders; CSV, Turtle and plain text are shown as text (with nosniff, see SecurityHeadersTests).
				else if ((type.contains("html") || type.contains("xml") || type.contains("svg")) && UNESCAPED.matcher(body).find()) {
					Matcher where = UNESCAPED.matcher(body);
					where.find();
					findings.put(route + " " + path, type + ": …" + body.substring(Math.max(0, where.start() - 120), Math.min(body.length(), where.end() + 40)));
				}
			}
			System.out.printf("XSS check: %d columns written, %d left alone %s; GET statuses %s; %d answers showed the payload (escaped);"
					+ " thrown: %s; 404: %s%n", written, refused.size(), refused, statuses, showingPayload, serverErrors, notFound);
			assertThat(written).as("free-text columns holding the payload").isGreaterThan(50);
			assertThat(showingPayload).as("answers that carried the payload, so that escaping was really tested").isGreaterThan(20);
			assertThat(findings).as("answers with the payload unescaped").isEmpty();
			assertThat(notFound).as("routes this test does not reach (a new one needs ids that find something)")
				.allMatch(NOT_REACHED::contains);
		}
	}

	@Test
	void templatesEscapeEverythingExceptAllowedTrustedMarkup() throws IOException {
		Path root = Path.of("").toAbsolutePath();
		while (!Files.exists(root.resolve("modules")) && root.getParent() != null) {
			root = root.getParent();
		}
		Map<String, String> unescaped = new TreeMap<>();
		Pattern raw = Pattern.compile("th:utext|\\[\\(\\$\\{|th:inline=\"javascript\"");
		for (Path base : List.of(root.resolve("modules"), root.resolve("platform/src"))) {
			try (Stream<Path> files = Files.walk(base)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".html") && f.toString().contains("/src/main/resources/templates/")).toList()) {
					String name = file.toString().substring(file.toString().indexOf("/templates/") + "/templates/".length());
					if (raw.matcher(Files.readString(file)).find() && !UNESCAPED_OUTPUT_ALLOWED.containsKey(name)) {
						unescaped.put(name, "unescaped output (th:utext, [(…)] or inline JavaScript) without a reason");
					}
				}
			}
		}
		assertThat(unescaped).isEmpty();
	}

	/**
	 * Every free-text column of the tenant's rows that is not part of a key, as the schema owner. Columns a
	 * CHECK or format constraint (or a trigger) refuses are listed in {@code refused}; columns holding enum
	 * constants are left alone, since no person writes them.
	 */
	private int writePayloadEverywhere(ThrowawayTenant tenant, Map<String, String> refused) {
		return tenant.asOwner(owner -> {
			List<Map<String, Object>> columns = owner.queryForList("""
					select c.table_schema || '.' || c.table_name as tbl, c.column_name as col
					from information_schema.columns c
					join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
					where c.table_schema in ('concepts', 'participation', 'monitoring', 'publishing', 'platform')
					  and c.data_type in ('text', 'character varying')
					  and exists (select 1 from information_schema.columns x where x.table_schema = c.table_schema
					              and x.table_name = c.table_name and x.column_name = 'tenant_id')
					  and not exists (select 1 from information_schema.key_column_usage k where k.table_schema = c.table_schema
					              and k.table_name = c.table_name and k.column_name = c.column_name)
					order by 1, 2""");
			int written = 0;
			for (Map<String, Object> column : columns) {
				String table = (String) column.get("tbl");
				String name = (String) column.get("col");
				String target = table + "." + name;
				Boolean enumValued = owner.queryForObject("select coalesce(bool_and(" + name + " ~ '^[A-Z][A-Z0-9_]*$'), false) from " + table,
						Boolean.class);
				if (Boolean.TRUE.equals(enumValued)) {
					continue;
				}
				try {
					if (FORMATTED.matcher(name).matches()) {
						// Values with a format the application checks when it reads them (http(s) URLs, media types,
						// e-mail addresses, slugs, codes, versions, hashes): people cannot write free text there.
						refused.put(target, "format column, left alone");
						continue;
					}
					owner.update("update " + table + " set " + name + " = coalesce(" + name + ", '') || ?", PAYLOAD);
					written++;
				}
				catch (org.springframework.dao.DataAccessException e) {
					refused.put(target, e.getMostSpecificCause().getMessage().lines().findFirst().orElse(""));
				}
			}
			// Localized texts ({"de": …, "en": …}) are jsonb objects of strings: the payload goes into every language.
			for (Map<String, Object> column : owner.queryForList("""
					select c.table_schema || '.' || c.table_name as tbl, c.column_name as col from information_schema.columns c
					join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
					where c.table_schema in ('concepts', 'participation', 'monitoring', 'publishing', 'platform') and c.data_type = 'jsonb'
					  and exists (select 1 from information_schema.columns x where x.table_schema = c.table_schema
					              and x.table_name = c.table_name and x.column_name = 'tenant_id')
					order by 1, 2""")) {
				String table = (String) column.get("tbl");
				String name = (String) column.get("col");
				int rows = owner.update("update " + table + " set " + name + " = (select jsonb_object_agg(e.key, to_jsonb((e.value #>> '{}') || ?))"
						+ " from jsonb_each(" + name + ") e) where jsonb_typeof(" + name + ") = 'object' and " + name + " <> '{}'::jsonb"
						+ " and not exists (select 1 from jsonb_each(" + name + ") e where jsonb_typeof(e.value) <> 'string')", PAYLOAD);
				if (rows > 0) {
					written++;
				}
			}
			return written;
		});
	}

	/** Publishes the tenant's concept (with the payload), so that the public site shows it too. */
	private void republish(ThrowawayTenant tenant) {
		UUID edition = tenant.asOwner(owner -> {
			owner.update("update concepts.edition set status = 'VEROEFFENTLICHT'");
			return owner.queryForObject("select id from concepts.edition limit 1", UUID.class);
		});
		tenantScope.runAs(tenant.id, () -> transactions.executeWithoutResult(status -> events.publishEvent(
				new EditionPublished(tenant.id, new EditionId(edition)))));
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> tenant.asOwner(owner -> owner.queryForObject(
				"select count(*) from publishing.search_entry s where s::text like '%ikxss%'", Integer.class)) > 0);
	}
}
