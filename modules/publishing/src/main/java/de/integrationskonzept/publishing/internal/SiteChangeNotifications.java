package de.integrationskonzept.publishing.internal;

import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import de.integrationskonzept.platform.persistence.DatabaseNotifications;
import de.integrationskonzept.platform.tenancy.TenantId;

/**
 * Hears from PostgreSQL when any instance changed what a tenant's public site shows
 * ({@code site_content_changed}, sent by triggers at commit) and drops this instance's cached
 * snapshots and pages of that tenant — the same as a change made here.
 */
@Component
class SiteChangeNotifications implements DatabaseNotifications.Subscriber {

	private final ApplicationEventPublisher events;

	SiteChangeNotifications(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Override
	public String channel() {
		return "site_content_changed";
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

	/** Beteiligungsverfahren are announced on the start page; the participation module's tables notify too. */
	@Component
	static class ParticipationNotifications implements DatabaseNotifications.Subscriber {

		private final SiteChangeNotifications site;

		ParticipationNotifications(SiteChangeNotifications site) {
			this.site = site;
		}

		@Override
		public String channel() {
			return "participation_process_changed";
		}

		@Override
		public void notified(String payload) {
			site.notified(payload);
		}

		@Override
		public void listening(boolean listening) {
			// The site's own channel resets the caches already.
		}
	}

	/** The contact office (on the start page, the contact and legal pages) is the platform's; it notifies too. */
	@Component
	static class ContactOfficeNotifications implements DatabaseNotifications.Subscriber {

		private final SiteChangeNotifications site;

		ContactOfficeNotifications(SiteChangeNotifications site) {
			this.site = site;
		}

		@Override
		public String channel() {
			return "contact_office_changed";
		}

		@Override
		public void notified(String payload) {
			site.notified(payload);
		}

		@Override
		public void listening(boolean listening) {
			// The site's own channel resets the caches already.
		}
	}
}
