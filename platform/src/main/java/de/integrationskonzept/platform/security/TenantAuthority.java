package de.integrationskonzept.platform.security;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import de.integrationskonzept.platform.tenancy.TenantId;

/**
 * The authorities that carry tenant roles through sessions and tokens:
 * {@code TENANT:<tenant id>:<role>} for people, {@code TENANT:<tenant id>:CLIENT} for a tenant's
 * machine clients, and {@code ROLE_PLATFORM_ADMIN} for central administrators.
 */
public final class TenantAuthority {

	public static final String PLATFORM_ADMIN = "ROLE_PLATFORM_ADMIN";
	static final String PREFIX = "TENANT:";
	static final String CLIENT = "CLIENT";

	private TenantAuthority() {
	}

	public static GrantedAuthority of(TenantId tenant, TenantRole role) {
		return new SimpleGrantedAuthority(PREFIX + tenant + ":" + role.name());
	}

	public static GrantedAuthority client(TenantId tenant) {
		return new SimpleGrantedAuthority(PREFIX + tenant + ":" + CLIENT);
	}

	public static GrantedAuthority platformAdmin() {
		return new SimpleGrantedAuthority(PLATFORM_ADMIN);
	}

	/** The tenant an authority names, if it is a tenant authority. */
	public static Optional<TenantId> tenantOf(String authority) {
		if (authority == null || !authority.startsWith(PREFIX)) {
			return Optional.empty();
		}
		String[] parts = authority.split(":");
		if (parts.length != 3) {
			return Optional.empty();
		}
		try {
			return Optional.of(new TenantId(UUID.fromString(parts[1])));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/** The role an authority grants in the given tenant, if any. */
	public static Optional<TenantRole> roleIn(String authority, TenantId tenant) {
		String prefix = PREFIX + tenant + ":";
		if (authority == null || !authority.startsWith(prefix)) {
			return Optional.empty();
		}
		String role = authority.substring(prefix.length());
		try {
			return Optional.of(TenantRole.valueOf(role));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}
}
