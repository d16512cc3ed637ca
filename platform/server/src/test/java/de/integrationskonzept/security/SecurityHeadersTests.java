package de.integrationskonzept.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * The security headers on every kind of response, over real HTTP (error pages are rendered by the
 * servlet container's error dispatch, which MockMvc skips): public and staff HTML, the sign-in page, API
 * JSON and problem details, HTML error pages, static assets, XML, the authorization server's endpoints
 * and the embeddable widget. HTTPS is what the reverse proxy announces ({@code X-Forwarded-Proto}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class SecurityHeadersTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

	@LocalServerPort int port;
	@Autowired MockMvc mvc;
	@Autowired Tenants tenants;

	private final HttpClient anonymous = HttpClient.newHttpClient();
	private final HttpClient staff = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private HttpResponse<String> fetch(HttpClient client, String method, String path, boolean https, String... headers) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, method.equals("POST") ? HttpRequest.BodyPublishers.ofString("grant_type=client_credentials") : HttpRequest.BodyPublishers.noBody());
		if (method.equals("POST")) {
			request.header("Content-Type", "application/x-www-form-urlencoded");
		}
		if (https) {
			request.header("X-Forwarded-Proto", "https");
		}
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private void signInStaff() throws Exception {
		String form = fetch(staff, "GET", "/anmelden", false).body();
		Matcher csrf = CSRF.matcher(form);
		assertThat(csrf.find()).isTrue();
		String body = "email=" + URLEncoder.encode("editor.wiesbaden@demo.invalid", StandardCharsets.UTF_8) + "&password=Demo-Integration-2026&_csrf="
				+ (csrf.group(1) != null ? csrf.group(1) : csrf.group(2));
		var response = staff.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/anmelden"))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/"));
	}

	private record Kind(HttpClient client, String method, String path, String accept, int status) {
	}

	/** One request per kind of response, with the status it must have. */
	private Map<String, Kind> kinds() throws Exception {
		signInStaff();
		Map<String, Kind> kinds = new LinkedHashMap<>();
		kinds.put("platform start page", new Kind(anonymous, "GET", "/", "text/html", 200));
		kinds.put("public HTML", new Kind(anonymous, "GET", "/wiesbaden", "text/html", 200));
		kinds.put("public HTML with a query", new Kind(anonymous, "GET", "/wiesbaden/suche?q=Sprache", "text/html", 200));
		kinds.put("sign-in page", new Kind(anonymous, "GET", "/anmelden", "text/html", 200));
		kinds.put("staff HTML", new Kind(staff, "GET", "/wiesbaden/verwaltung/konzept", "text/html", 200));
		kinds.put("account HTML", new Kind(staff, "GET", "/konto", "text/html", 200));
		kinds.put("public API JSON", new Kind(anonymous, "GET", "/api/tenants", "application/json", 200));
		kinds.put("API without token", new Kind(anonymous, "GET", "/api/wiesbaden/concepts/editions", "application/json", 401));
		kinds.put("API problem details", new Kind(anonymous, "GET", "/api/atlantis/members", "application/json", 404));
		kinds.put("HTML error page", new Kind(anonymous, "GET", "/atlantis", "text/html", 404));
		kinds.put("HTML error page of a tenant", new Kind(anonymous, "GET", "/wiesbaden/gibt-es-nicht", "text/html", 404));
		kinds.put("static stylesheet", new Kind(anonymous, "GET", "/css/site.css", "text/css", 200));
		kinds.put("static script", new Kind(anonymous, "GET", "/js/questionnaire.js", "*/*", 200));
		kinds.put("sitemap XML", new Kind(anonymous, "GET", "/wiesbaden/sitemap.xml", "application/xml", 200));
		kinds.put("authorization server metadata", new Kind(anonymous, "GET", "/.well-known/openid-configuration", "application/json", 200));
		kinds.put("token endpoint without client", new Kind(anonymous, "POST", "/oauth2/token", "application/json", 401));
		return kinds;
	}

	@Test
	void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
		List<String> missing = new ArrayList<>();
		for (var entry : kinds().entrySet()) {
			Kind kind = entry.getValue();
			for (int call = 0; call < 2; call++) { // the second call of a public page comes from the page cache
				var response = fetch(kind.client(), kind.method(), kind.path(), true, "Accept", kind.accept());
				String name = entry.getKey() + " (" + response.statusCode() + ")";
				if (response.statusCode() != kind.status()) {
					missing.add(name + ": expected status " + kind.status());
				}
				String csp = response.headers().firstValue("Content-Security-Policy").orElse(null);
				if (csp == null || !csp.contains("frame-ancestors 'none'") || csp.contains("unsafe-inline") || csp.contains("unsafe-eval")
						|| !(csp.contains("default-src 'self'") || csp.contains("default-src 'none'"))) {
					missing.add(name + ": Content-Security-Policy " + csp);
				}
				expect(missing, name, response, "X-Frame-Options", "DENY");
				expect(missing, name, response, "X-Content-Type-Options", "nosniff");
				expect(missing, name, response, "Referrer-Policy", "strict-origin-when-cross-origin");
				String hsts = response.headers().firstValue("Strict-Transport-Security").orElse("");
				if (!hsts.matches("max-age=(3153[6-9]\\d{3}|3[2-9]\\d{6}|[4-9]\\d{7}|\\d{9,})\\b.*")) {
					missing.add(name + ": Strict-Transport-Security of at least a year, was " + hsts);
				}
				var plain = fetch(kind.client(), kind.method(), kind.path(), false, "Accept", kind.accept());
				if (plain.headers().firstValue("Strict-Transport-Security").isPresent()) {
					missing.add(entry.getKey() + " over plain HTTP: Strict-Transport-Security");
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void staffPagesAndTenantApiAnswersAreNeverStored() throws Exception {
		signInStaff();
		for (String path : new String[] { "/wiesbaden/verwaltung/konzept", "/konto", "/wiesbaden/verwaltung/nachrichten" }) {
			var response = fetch(staff, "GET", path, true);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
		}
		var api = mvc.perform(get("/api/wiesbaden/concepts/editions").secure(true)
				.with(jwt().authorities(TenantAuthority.of(tenants.findActiveBySlug("wiesbaden").orElseThrow().id(), TenantRole.EDITOR))))
			.andReturn().getResponse();
		assertThat(api.getStatus()).isEqualTo(200);
		assertThat(api.getHeader("Cache-Control")).as("tenant API").contains("no-store");
	}

	@Test
	void onlyTheWidgetMayBeFramedElsewhere() throws Exception {
		var widget = fetch(anonymous, "GET", "/wiesbaden/widget/handlungsfelder/bildung-und-sprache", true);
		assertThat(widget.statusCode()).isEqualTo(200);
		assertThat(widget.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors *")
			.doesNotContain("unsafe-inline", "frame-ancestors 'none'");
		assertThat(widget.headers().firstValue("X-Frame-Options")).isEmpty();
		assertThat(widget.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(widget.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
	}

	private static void expect(List<String> missing, String kind, HttpResponse<String> response, String header, String value) {
		String actual = response.headers().firstValue(header).orElse(null);
		if (!value.equals(actual)) {
			missing.add(kind + ": " + header + " " + actual);
		}
	}
}
