package de.integrationskonzept.platform.tenancy;

import java.util.Optional;

/**
 * The tenant the current thread acts for. The web layer sets it per request; transactions copy
 * it into PostgreSQL when they begin, where row-level security enforces it.
 * <p>
 * Only the tenant resolution filter and {@code platform.persistence} change it (an ArchUnit rule
 * guards this): switching the tenant inside a running transaction must also switch the database
 * session, which {@code TenantScope} does.
 */
public final class TenantContext {

	private static final ThreadLocal<TenantId> CURRENT = new ThreadLocal<>();

	private TenantContext() {
	}

	public static Optional<TenantId> current() {
		return Optional.ofNullable(CURRENT.get());
	}

	/** The current tenant, or {@link NoTenantException} when the thread acts for none. */
	public static TenantId require() {
		TenantId tenant = CURRENT.get();
		if (tenant == null) {
			throw new NoTenantException();
		}
		return tenant;
	}

	/** Sets the tenant and returns the previous one (or {@code null}) so the caller can restore it. */
	public static TenantId set(TenantId tenant) {
		TenantId previous = CURRENT.get();
		if (tenant == null) {
			CURRENT.remove();
		}
		else {
			CURRENT.set(tenant);
		}
		return previous;
	}

	public static void clear() {
		CURRENT.remove();
	}
}
