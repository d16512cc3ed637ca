package de.integrationskonzept.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * Cross-site request forgery, for every state-changing route of the application taken from the route
 * list: the session pages (staff and public forms) refuse a request without the CSRF token with 403 and
 * change nothing, even for a signed-in administrator; the REST API is exempt from CSRF tokens because it
 * takes bearer tokens only, which browsers never attach by themselves — so a session cookie alone must
 * never be accepted there, not even with a CSRF token.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CsrfProtectionTests {

	private static final String TENANT_ADMIN = "tenant-admin.wiesbaden@demo.invalid";
	private static final String PASSWORD = "Demo-Integration-2026";

	@Autowired MockMvc mvc;
	@Autowired Environment environment;
	@Autowired Tenants tenants;
	@Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

	private MockHttpSession signedIn() throws Exception {
		var result = mvc.perform(post("/anmelden").with(csrf()).param("email", TENANT_ADMIN).param("password", PASSWORD)).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
		return (MockHttpSession) result.getRequest().getSession();
	}

	private static String value(String variable) {
		return variable.equals("tenantSlug") ? "wiesbaden" : variable.toLowerCase().contains("year") ? "2024" : UUID.randomUUID().toString();
	}

	@Test
	void everySessionFormRefusesARequestWithoutCsrfTokenAndChangesNothing() throws Exception {
		MockHttpSession session = signedIn();
		UUID wiesbaden = tenants.findActiveBySlug("wiesbaden").orElseThrow().id().value();
		Map<String, Integer> before = TenantRowCounts.of(environment, wiesbaden);
		Map<String, Integer> accepted = new TreeMap<>();
		int checked = 0;
		for (Routes.Route route : Routes.of(mappings).all()) {
			if (route.api() || !route.changesState()) {
				continue;
			}
			checked++;
			String path = route.path(CsrfProtectionTests::value);
			int status = mvc.perform(request(route.method(), path).session(session).contentType(MediaType.APPLICATION_FORM_URLENCODED)
					.param("title", "Ohne Token")).andReturn().getResponse().getStatus();
			if (status != 403) {
				accepted.put(route.toString(), status);
			}
		}
		// Sign-out and sign-in are served by the security filters, not by a handler in the route list.
		for (String path : new String[] { "/abmelden", "/anmelden" }) {
			int status = mvc.perform(post(path).session(session).param("email", TENANT_ADMIN).param("password", PASSWORD))
				.andReturn().getResponse().getStatus();
			if (status != 403) {
				accepted.put("POST " + path, status);
			}
		}
		assertThat(checked).as("state-changing session routes found").isGreaterThan(80);
		assertThat(accepted).as("routes that did not refuse a request without CSRF token (status)").isEmpty();
		assertThat(TenantRowCounts.of(environment, wiesbaden)).as("rows per table").isEqualTo(before);
		assertThat(mvc.perform(get("/konto").session(session)).andReturn().getResponse().getStatus()).as("still signed in").isEqualTo(200);
	}

	@Test
	void theApiNeverTakesASessionCookieInPlaceOfABearerToken() throws Exception {
		MockHttpSession session = signedIn();
		Map<String, Integer> accepted = new TreeMap<>();
		int checked = 0;
		for (Routes.Route route : Routes.of(mappings).all()) {
			if (!route.api()) {
				continue;
			}
			checked++;
			String path = route.path(CsrfProtectionTests::value);
			var call = request(route.method(), path).session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}");
			int status = mvc.perform(call).andReturn().getResponse().getStatus();
			boolean publicRead = route.method() == HttpMethod.GET && path.startsWith("/api/tenants");
			if (!publicRead && status != 401) {
				accepted.put(route.toString(), status);
			}
		}
		assertThat(checked).as("API routes found").isGreaterThan(60);
		assertThat(accepted).as("API routes that did not answer 401 to a session without bearer token (status)").isEmpty();
	}
}
