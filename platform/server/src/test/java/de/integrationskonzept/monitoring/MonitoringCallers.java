package de.integrationskonzept.monitoring;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.TestEditions;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;

/** Who calls in the monitoring tests: people with a role, machine clients with a scope, and editors importing test editions. */
final class MonitoringCallers {

	private MonitoringCallers() {
	}

	static JwtRequestPostProcessor as(TenantId tenant, TenantRole role) {
		return jwt().jwt(token -> token.subject("redaktion@demo.invalid")).authorities(TenantAuthority.of(tenant, role));
	}

	/** A signed-in person (session) with {@code role} in the tenant, for the staff pages. */
	static org.springframework.test.web.servlet.request.RequestPostProcessor signedIn(TenantId tenant, TenantRole role) {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("redaktion@demo.invalid")
			.authorities(TenantAuthority.of(tenant, role));
	}

	static JwtRequestPostProcessor client(TenantId tenant, String scope) {
		return jwt().jwt(token -> token.subject("client-statistikstelle")).authorities(TenantAuthority.client(tenant),
				new SimpleGrantedAuthority("SCOPE_" + scope));
	}

	/** Service calls bound to the tenant, as someone holding {@code role} there. */
	static <T> T asRole(TenantScope tenantScope, TenantId tenant, TenantRole role, Supplier<T> work) {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("redaktion@demo.invalid", null,
				List.of(TenantAuthority.of(tenant, role))));
		try {
			return tenantScope.callAs(tenant, work);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** A fresh copy of the test edition: "Sprachstand bei Einschulung" in %, 71.5 (2019) → 80 (2025), field "Bildung & Sprache". */
	static Edition freshEdition(TenantScope tenantScope, ConceptEditions editions, TenantId tenant) {
		return asRole(tenantScope, tenant, TenantRole.EDITOR, () -> editions.importJson(TestEditions.fresh()));
	}

	/** The first indicator of an edition (the test edition's "Sprachstand bei Einschulung"). */
	static java.util.UUID firstIndicator(Edition edition) {
		return edition.fields().stream().flatMap(field -> field.goals().stream()).flatMap(Edition.Goal::withSubGoals)
			.flatMap(goal -> goal.indicators().stream()).findFirst().orElseThrow().id();
	}
}
