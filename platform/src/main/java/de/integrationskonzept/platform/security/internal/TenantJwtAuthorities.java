package de.integrationskonzept.platform.security.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;

/**
 * Turns a token's scopes and {@code tenants} claim into the same authorities a session carries,
 * so {@code AccessControl} works alike for browsers and API clients.
 */
class TenantJwtAuthorities implements Converter<Jwt, Collection<GrantedAuthority>> {

	private final JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();

	@Override
	public Collection<GrantedAuthority> convert(Jwt jwt) {
		List<GrantedAuthority> authorities = new ArrayList<>(scopes.convert(jwt));
		if (Boolean.TRUE.equals(jwt.getClaimAsBoolean("platform_admin"))) {
			authorities.add(TenantAuthority.platformAdmin());
		}
		Object claim = jwt.getClaims().get(TenantClaims.CLAIM);
		if (claim instanceof List<?> entries) {
			for (Object entry : entries) {
				if (entry instanceof Map<?, ?> tenant && tenant.get("id") != null && tenant.get("roles") instanceof List<?> roles) {
					TenantId id = TenantId.of(tenant.get("id").toString());
					for (Object role : roles) {
						authorities.add("CLIENT".equals(role) ? TenantAuthority.client(id)
								: TenantAuthority.of(id, TenantRole.valueOf(role.toString())));
					}
				}
			}
		}
		return authorities;
	}
}
