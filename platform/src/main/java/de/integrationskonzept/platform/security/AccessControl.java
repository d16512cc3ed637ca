package de.integrationskonzept.platform.security;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import de.integrationskonzept.platform.tenancy.TenantContext;
import de.integrationskonzept.platform.tenancy.TenantId;

/**
 * Authorisation checks for domain services, always against the current tenant. URL rules
 * guard the entrances; these checks guard the operations themselves, so a new entrance cannot
 * forget them.
 */
public final class AccessControl {

	private AccessControl() {
	}

	/** Throws {@link AccessDeniedException} unless the caller holds {@code role} (or a higher one) in the current tenant. */
	public static void requireTenantRole(TenantRole role) {
		if (!hasTenantRole(role)) {
			throw new AccessDeniedException("requires role " + role + " in the current tenant");
		}
	}

	public static boolean hasTenantRole(TenantRole role) {
		TenantId tenant = TenantContext.require();
		return authentication().map(auth -> auth.getAuthorities().stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(authority -> TenantAuthority.roleIn(authority, tenant).filter(held -> held.includes(role)).isPresent()))
			.orElse(false);
	}

	/** Throws unless the caller is a machine client of the current tenant holding {@code scope}, or a person with {@code role}. */
	public static void requireTenantRoleOrClientScope(TenantRole role, String scope) {
		if (hasTenantRole(role)) {
			return;
		}
		TenantId tenant = TenantContext.require();
		boolean client = authentication().map(auth -> auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
			.anyMatch(TenantAuthority.client(tenant).getAuthority()::equals)
				&& auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(("SCOPE_" + scope)::equals))
			.orElse(false);
		if (!client) {
			throw new AccessDeniedException("requires role " + role + " or scope " + scope + " in the current tenant");
		}
	}

	/** Shared templates and the indicator catalogue may only be changed by platform admins. */
	public static void requirePlatformAdmin() {
		if (!isPlatformAdmin()) {
			throw new AccessDeniedException("requires a platform administrator");
		}
	}

	/**
	 * Shared reference data (templates, the indicator catalogue) is for everyone working on a
	 * concept: any member of some tenant — person or machine client — or a platform admin.
	 */
	public static void requireTenantMemberOrPlatformAdmin() {
		boolean allowed = authentication().map(auth -> auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
			.anyMatch(authority -> TenantAuthority.PLATFORM_ADMIN.equals(authority) || TenantAuthority.tenantOf(authority).isPresent()))
			.orElse(false);
		if (!allowed) {
			throw new AccessDeniedException("requires membership in a tenant or a platform administrator");
		}
	}

	public static boolean isPlatformAdmin() {
		return authentication().map(auth -> auth.getAuthorities().stream()
			.anyMatch(authority -> TenantAuthority.PLATFORM_ADMIN.equals(authority.getAuthority()))).orElse(false);
	}

	/** The name of who acts (e-mail of a person, client id of a machine), for audit entries. */
	public static Optional<String> actor() {
		return authentication().map(Authentication::getName);
	}

	private static Optional<Authentication> authentication() {
		return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
			.filter(Authentication::isAuthenticated);
	}
}
