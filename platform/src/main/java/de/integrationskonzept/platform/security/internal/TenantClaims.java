package de.integrationskonzept.platform.security.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * Puts the caller's tenants and roles into access and ID tokens:
 * {@code "tenants": [{"id": …, "slug": "wiesbaden", "roles": ["EDITOR"]}]}. A machine client
 * acts for exactly the one tenant it was registered for, with the role {@code CLIENT}.
 */
@Component
class TenantClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

	static final String CLAIM = "tenants";
	static final String CLIENT_TENANT_SETTING = "ik.tenant-id";

	private final UserAccounts accounts;
	private final Tenants tenants;

	TenantClaims(UserAccounts accounts, Tenants tenants) {
		this.accounts = accounts;
		this.tenants = tenants;
	}

	@Override
	public void customize(JwtEncodingContext context) {
		if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
			Object tenantId = context.getRegisteredClient().getClientSettings().getSetting(CLIENT_TENANT_SETTING);
			if (tenantId != null) {
				// Mutable JDK collections: the stored authorization is read back through Jackson's
				// allow-list of types, which refuses List.of(...) implementations.
				tenants.findActiveById(TenantId.of(tenantId.toString())).ifPresent(tenant -> context.getClaims()
					.claim(CLAIM, new ArrayList<>(List.of(entry(tenant.id(), tenant.slug(), new ArrayList<>(List.of("CLIENT")))))));
			}
			return;
		}
		accounts.findByEmail(context.getPrincipal().getName()).ifPresent(account -> {
			Map<TenantId, Map<String, Object>> byTenant = new LinkedHashMap<>();
			for (Membership membership : accounts.membershipsOf(account.id())) {
				byTenant.computeIfAbsent(membership.tenant(), id -> entry(id, membership.tenantSlug(), new ArrayList<>()));
				@SuppressWarnings("unchecked")
				var roles = (List<String>) byTenant.get(membership.tenant()).get("roles");
				roles.add(membership.role().name());
			}
			context.getClaims()
				.claim("uid", account.id().toString())
				.claim("name", account.displayName())
				.claim("email", account.email())
				.claim("platform_admin", account.platformAdmin())
				.claim(CLAIM, new ArrayList<>(byTenant.values()));
		});
	}

	private static Map<String, Object> entry(TenantId id, String slug, List<String> roles) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("id", id.toString());
		entry.put("slug", slug);
		entry.put("roles", roles);
		return entry;
	}
}
