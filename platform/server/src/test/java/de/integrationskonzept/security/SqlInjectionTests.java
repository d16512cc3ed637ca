package de.integrationskonzept.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriUtils;

import tools.jackson.databind.json.JsonMapper;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.tenancy.TenantFixtures;

/**
 * SQL injection on every input of every route, taken from the route list: each path variable, request
 * parameter, form field and JSON field gets classic payloads while the others keep harmless values, for a
 * throwaway tenant with a row in every table (as its administrator). No answer may be a server error, show
 * a database error, take two seconds or more (pg_sleep), or be larger than the same request with a
 * harmless value — jOOQ binds every value, and this shows it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SqlInjectionTests {

	static final List<String> PAYLOADS = List.of("'", "' OR '1'='1", "1; select pg_sleep(3)--", "x' || pg_sleep(3) || '", "%27",
			"\u2019 OR \u20191\u2019=\u20191", "1) OR (1=1");
	private static final Pattern DATABASE_ERROR = Pattern.compile(
			"PSQLException|org\\.postgresql|org\\.jooq|syntax error at or near|unterminated quoted string|SQLSTATE|BadSqlGrammar|DataAccessException",
			Pattern.CASE_INSENSITIVE);
	private static final String HARMLESS = "1";
	private static final String STAFF = "tenant-admin.wiesbaden@demo.invalid";

	@Autowired MockMvc mvc;
	@Autowired JdbcTemplate jdbc;
	@Autowired Environment environment;
	@Autowired TransactionTemplate transactions;
	@Autowired TenantScope tenantScope;
	@Autowired ConceptEditions editions;
	@Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

	private final JsonMapper json = JsonMapper.builder().build();

	private record Answer(int status, String body, long millis) {
	}

	@Test
	void noInputOfAnyRouteReachesTheDatabaseAsSql() throws Exception {
		try (ThrowawayTenant tenant = ThrowawayTenant.create(environment, mvc, jdbc, "sqli")) {
			TenantFixtures.fill(jdbc, transactions, tenantScope, editions, tenant.id);
			PathValues values = new PathValues(tenant.slug, tenant.idsByTable());
			Map<String, String> findings = new TreeMap<>();
			int requests = 0;
			int inputs = 0;
			for (Routes.Route route : Routes.of(mappings).all()) {
				Map<String, String> path = new LinkedHashMap<>();
				route.variables().forEach(variable -> path.put(variable, values.value(route, variable)));
				List<String> parameters = new ArrayList<>(route.parameters());
				List<String> jsonFields = route.bodyType() == null ? List.of() : Routes.fieldsOf(route.bodyType());
				List<String[]> targets = new ArrayList<>();
				// The tenant's slug passes the same lookup on every route: attacked on the short GET routes only.
				boolean slugAttacked = route.method() == HttpMethod.GET && path.size() == 1;
				path.keySet().stream().filter(variable -> slugAttacked || !variable.equals("tenantSlug"))
					.forEach(variable -> targets.add(new String[] { "path", variable }));
				parameters.forEach(parameter -> targets.add(new String[] { "param", parameter }));
				jsonFields.forEach(field -> targets.add(new String[] { "json", field }));
				for (String[] target : targets) {
					inputs++;
					Answer harmless = call(tenant, route, path, parameters, jsonFields, target, HARMLESS);
					requests++;
					for (String payload : PAYLOADS) {
						Answer answer = call(tenant, route, path, parameters, jsonFields, target, payload);
						requests++;
						String problem = problem(harmless, answer, payload);
						if (problem != null) {
							findings.put(route + " " + target[0] + " " + target[1] + " = " + payload, problem);
						}
					}
				}
			}
			System.out.printf("SQL injection check: %d inputs, %d requests, %d findings%n", inputs, requests, findings.size());
			assertThat(inputs).as("inputs found in the route list").isGreaterThan(300);
			assertThat(findings).isEmpty();
		}
	}

	private static String problem(Answer harmless, Answer answer, String payload) {
		if (answer.status() >= 500) {
			return "status " + answer.status() + " (with a harmless value " + harmless.status() + "): "
					+ answer.body().substring(0, Math.min(200, answer.body().length()));
		}
		if (DATABASE_ERROR.matcher(answer.body()).find()) {
			return "database error in the answer";
		}
		if (answer.millis() >= 2000) {
			return "took " + answer.millis() + " ms";
		}
		if (answer.status() / 100 == 2 && harmless.status() / 100 == 2) {
			// The payload may be echoed (escaped) in the answer; anything beyond that is more data.
			long echo = 8L * payload.length() + 400;
			if (answer.body().length() > harmless.body().length() + echo) {
				return "answer " + answer.body().length() + " characters, with a harmless value " + harmless.body().length();
			}
		}
		return null;
	}

	private Answer call(ThrowawayTenant tenant, Routes.Route route, Map<String, String> path, List<String> parameters, List<String> jsonFields,
			String[] target, String value) throws Exception {
		String uri = route.path(variable -> target[0].equals("path") && target[1].equals(variable)
				? UriUtils.encodePathSegment(value, StandardCharsets.UTF_8) : path.get(variable));
		AbstractMockHttpServletRequestBuilder<?> call = !route.api() && route.changesState()
				? multipart(HttpMethod.valueOf(route.method().name()), URI.create(uri))
				: request(route.method(), URI.create(uri));
		for (String parameter : parameters) {
			call.param(parameter, target[0].equals("param") && target[1].equals(parameter) ? value : HARMLESS);
		}
		if (route.api()) {
			call.with(jwt().authorities(TenantAuthority.of(tenant.id, TenantRole.TENANT_ADMIN)));
			if (route.changesState()) {
				Map<String, Object> body = new LinkedHashMap<>();
				for (String field : jsonFields) {
					body.put(field, target[0].equals("json") && target[1].equals(field) ? value : HARMLESS);
				}
				call.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
			}
		}
		else {
			call.with(user(STAFF).authorities(TenantAuthority.of(tenant.id, TenantRole.TENANT_ADMIN))).with(csrf());
		}
		long start = System.nanoTime();
		try {
			MockHttpServletResponse response = mvc.perform(call).andReturn().getResponse();
			return new Answer(response.getStatus(), response.getContentAsString(StandardCharsets.UTF_8), (System.nanoTime() - start) / 1_000_000);
		}
		catch (jakarta.servlet.ServletException | RuntimeException e) {
			// Thrown out of a handler or a filter: in a running server this is a 500.
			Throwable cause = e instanceof jakarta.servlet.ServletException servlet && servlet.getRootCause() != null ? servlet.getRootCause() : e;
			return new Answer(500, cause.toString(), (System.nanoTime() - start) / 1_000_000);
		}
	}
}
