package de.integrationskonzept.platform.tenancy.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import de.integrationskonzept.platform.persistence.DatabaseNotifications;
import de.integrationskonzept.platform.tenancy.Tenant;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * Keeps the tenants that requests resolve to in memory, so that a page served from a cache needs
 * no database round trip. A trigger notifies every instance when the registry changes (status,
 * slug, host names — by the application, a manifest import or by hand) and the cache forgets
 * everything; while notifications are not being received, every lookup reads the database.
 */
@Component
class TenantLookupCache implements DatabaseNotifications.Subscriber {

	private final Tenants tenants;
	private final Map<String, Optional<Tenant>> bySlug = new ConcurrentHashMap<>();
	private final Map<String, Optional<Tenant>> byHost = new ConcurrentHashMap<>();
	private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
	private volatile boolean listening;

	TenantLookupCache(Tenants tenants) {
		this.tenants = tenants;
	}

	Optional<Tenant> findActiveBySlug(String slug) {
		return lookup(bySlug, slug, tenants::findActiveBySlug);
	}

	Optional<Tenant> findActiveByHostName(String host) {
		return lookup(byHost, host, tenants::findActiveByHostName);
	}

	private Optional<Tenant> lookup(Map<String, Optional<Tenant>> cache, String key, Function<String, Optional<Tenant>> load) {
		if (!listening) {
			return load.apply(key);
		}
		Optional<Tenant> cached = cache.get(key);
		if (cached != null) {
			return cached;
		}
		long before = generation.get();
		Optional<Tenant> loaded = load.apply(key);
		// Unknown names are not kept (anyone could fill the cache with them), nor what a change overtook.
		if (loaded.isPresent() && generation.get() == before) {
			cache.put(key, loaded);
		}
		return loaded;
	}

	@Override
	public java.util.Set<String> channels() {
		return java.util.Set.of("tenant_registry_changed");
	}

	@Override
	public void notified(String payload) {
		generation.incrementAndGet();
		bySlug.clear();
		byHost.clear();
	}

	@Override
	public void listening(boolean listening) {
		this.listening = listening;
		notified("");
	}
}
