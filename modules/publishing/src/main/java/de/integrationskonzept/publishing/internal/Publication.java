package de.integrationskonzept.publishing.internal;

import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.EditionEvents.EditionPublished;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.SystemActor;
import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;

/**
 * Takes the snapshot when an edition is published: the edition's document as it is at that
 * moment, indexed for search. Delivered through the event publication registry, so a crash
 * between the publication and the snapshot is retried; a second delivery changes nothing.
 */
@Component
class Publication {

	private static final Logger LOG = LoggerFactory.getLogger(Publication.class);

	private final ConceptEditions editions;
	private final JooqPublishedEditions published;
	private final SearchIndex searchIndex;
	private final TenantScope tenantScope;
	private final ApplicationEventPublisher events;

	Publication(ConceptEditions editions, JooqPublishedEditions published, SearchIndex searchIndex, TenantScope tenantScope,
			ApplicationEventPublisher events) {
		this.editions = editions;
		this.published = published;
		this.searchIndex = searchIndex;
		this.tenantScope = tenantScope;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(EditionPublished event) {
		tenantScope.runAs(event.tenantId(), () -> SystemActor.callAs("system:publishing",
				List.of(TenantAuthority.of(event.tenantId(), TenantRole.CONTRIBUTOR)), () -> {
					String document = editions.exportJson(event.editionId());
					Edition edition = editions.readJson(document);
					if (published.insert(edition, document)) {
						// This instance at commit; the others through the table's NOTIFY (SiteChangeNotifications).
						events.publishEvent(new SiteContentChanged(event.tenantId()));
						searchIndex.index(new PublishedEdition(event.tenantId(), edition.id(), Instant.now(), true, edition));
						LOG.info("Published edition {} ({})", edition.id().value(), edition.title().german());
					}
					return null;
				}));
	}
}
