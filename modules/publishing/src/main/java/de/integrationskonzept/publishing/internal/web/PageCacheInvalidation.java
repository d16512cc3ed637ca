package de.integrationskonzept.publishing.internal.web;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import de.integrationskonzept.monitoring.YearlyReportReleased;

import de.integrationskonzept.publishing.internal.AfterCommit;
import de.integrationskonzept.publishing.internal.SiteCachesReset;
import de.integrationskonzept.publishing.internal.SiteContentChanged;

/**
 * Drops a tenant's cached pages once a change to its site has committed — not before, or a
 * request in between could cache the old page again. (A listener of its own: a servlet filter
 * must not be proxied.)
 */
@Component
class PageCacheInvalidation {

	private final PublicPageCache cache;

	PageCacheInvalidation(PublicPageCache cache) {
		this.cache = cache;
	}

	@EventListener
	void on(SiteContentChanged event) {
		AfterCommit.run(() -> cache.invalidate(event.tenantId()));
	}

	/** A released yearly report appears in the list of reports. */
	@EventListener
	void on(YearlyReportReleased event) {
		AfterCommit.run(() -> cache.invalidate(event.tenantId()));
	}

	@EventListener
	void on(SiteCachesReset event) {
		AfterCommit.run(cache::invalidateAll);
	}
}
