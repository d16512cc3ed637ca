package de.integrationskonzept.publishing.internal;

import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import de.integrationskonzept.platform.persistence.DatabaseNotifications;
import de.integrationskonzept.platform.tenancy.TenantId;

/**
 * Hears from PostgreSQL when any instance changed what a tenant's public site shows (triggers
 * send the tenant's id at commit) and drops this instance's cached
 * snapshots and pages of that tenant — the same as a change made here.
 */
@Component
class SiteChangeNotifications implements DatabaseNotifications.Subscriber {

	private final ApplicationEventPublisher events;

	SiteChangeNotifications(ApplicationEventPublisher events) {
		this.events = events;
	}

	/**
	 * The site's own tables; the contact office (the platform's), Beteiligungsverfahren (the
	 * participation module's) and released monitoring values (the monitoring module's), which the pages show too.
	 */
	@Override
	public Set<String> channels() {
		return Set.of("site_content_changed", "contact_office_changed", "participation_process_changed", "monitoring_release_changed");
	}

	@Override
	public void notified(String payload) {
		try {
			events.publishEvent(new SiteContentChanged(new TenantId(UUID.fromString(payload))));
		}
		catch (IllegalArgumentException e) {
			events.publishEvent(new SiteCachesReset());
		}
	}

	/** Whatever was missed while not listening: start afresh. */
	@Override
	public void listening(boolean listening) {
		events.publishEvent(new SiteCachesReset());
	}
}
