package de.integrationskonzept.publishing.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import de.integrationskonzept.monitoring.MonitoringEvents.ValuesReleased;

/**
 * Released monitoring values appear on the public pages: a release or withdrawal drops this instance's cached
 * pages of the tenant at commit, as a publication does. Other instances hear of it through the table's NOTIFY
 * ({@code monitoring_release_changed}, see {@link SiteChangeNotifications}).
 */
@Component
class MonitoringReleases {

	private final ApplicationEventPublisher events;

	MonitoringReleases(ApplicationEventPublisher events) {
		this.events = events;
	}

	@EventListener
	void on(ValuesReleased event) {
		events.publishEvent(new SiteContentChanged(event.tenantId()));
	}
}
