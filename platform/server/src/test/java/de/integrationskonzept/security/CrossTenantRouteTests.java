package de.integrationskonzept.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * Every tenant route of the application, taken from the route list rather than picked by hand, called
 * for Wiesbaden by Dietzenbach's administrator — with a session (staff pages) and with a token (API):
 * none may answer with success, a redirect after a write, or a server error. Ids are random, so the
 * check is that the tenant is refused before any lookup would matter; the module tests check the
 * same with real ids of the other tenant.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CrossTenantRouteTests {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

	@Autowired MockMvc mvc;
	@Autowired Tenants tenants;
	@Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

	@Test
	void noTenantRouteServesAnotherTenantsAdministrator() throws Exception {
		TenantId dietzenbach = tenants.findActiveBySlug("dietzenbach").orElseThrow().id();
		var authority = TenantAuthority.of(dietzenbach, TenantRole.TENANT_ADMIN);
		Map<String, String> refusedWrongly = new TreeMap<>();
		int checked = 0;
		for (Map.Entry<RequestMappingInfo, ?> entry : mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			if (info.getPathPatternsCondition() == null) {
				continue;
			}
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
				boolean api = pattern.startsWith("/api/{");
				boolean staff = pattern.matches("/\\{[^}]+}/verwaltung(/.*)?");
				if (!api && !staff || pattern.contains("*")) {
					continue;
				}
				String path = concrete(pattern);
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					// Staff forms are sent as multipart, which every form handler reads (file uploads need it).
					AbstractMockHttpServletRequestBuilder<?> call;
					if (!api && method != RequestMethod.GET) {
						call = multipart(HttpMethod.valueOf(method.name()), java.net.URI.create(path)).file("datei", new byte[] { 'x' });
					}
					else {
						call = request(HttpMethod.valueOf(method.name()), path);
					}
					if (api) {
						call.with(jwt().authorities(authority)).contentType(MediaType.APPLICATION_JSON).content("{}");
					}
					else {
						call.with(user("admin@dietzenbach.invalid").authorities(authority)).with(csrf());
					}
					checked++;
					try {
						int status = mvc.perform(call).andReturn().getResponse().getStatus();
						if (status < 400 || status >= 500) {
							refusedWrongly.put(method + " " + path, String.valueOf(status));
						}
					}
					catch (jakarta.servlet.ServletException e) {
						refusedWrongly.put(method + " " + path, e.getRootCause() == null ? e.toString() : e.getRootCause().toString());
					}
				}
			}
		}
		assertThat(checked).as("tenant routes found").isGreaterThan(100);
		assertThat(refusedWrongly).as("routes that did not refuse another tenant's administrator").isEmpty();
	}

	/** The pattern with Wiesbaden as the tenant and plausible values for the other variables. */
	private static String concrete(String pattern) {
		Matcher matcher = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		boolean first = true;
		while (matcher.find()) {
			String name = matcher.group(1).toLowerCase(java.util.Locale.ROOT);
			String value = first ? "wiesbaden" : name.contains("year") || name.contains("jahr") ? "2024"
					: name.equals("code") ? "arbeitslosenquote-auslaender" : name.equals("section") ? "summary" : UUID.randomUUID().toString();
			first = false;
			matcher.appendReplacement(path, value);
		}
		matcher.appendTail(path);
		return path.toString();
	}
}
