package de.integrationskonzept.publishing.internal;

import static de.integrationskonzept.publishing.internal.db.Tables.PUBLISHED_EDITION;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.platform.tenancy.TenantContext;
import de.integrationskonzept.platform.tenancy.TenantId;

/**
 * Published snapshots in {@code publishing.published_edition}. Snapshots never change, so each
 * tenant's list is parsed once and kept until something of that tenant is published again.
 */
@Repository
@Transactional(readOnly = true)
class JooqPublishedEditions implements PublishedEditions {

	private final DSLContext dsl;
	private final ConceptEditions editions;
	private final Map<TenantId, List<PublishedEdition>> byTenant = new ConcurrentHashMap<>();

	JooqPublishedEditions(DSLContext dsl, ConceptEditions editions) {
		this.dsl = dsl;
		this.editions = editions;
	}

	@Override
	public Optional<PublishedEdition> current() {
		return all().stream().findFirst();
	}

	@Override
	public List<PublishedEdition> all() {
		return byTenant.computeIfAbsent(TenantContext.require(), tenant -> load());
	}

	@Override
	public Optional<PublishedEdition> find(EditionId id) {
		return all().stream().filter(published -> published.editionId().equals(id)).findFirst();
	}

	/** Stores a snapshot; false when this edition was published before (snapshots are taken once). */
	@Transactional
	boolean insert(Edition edition, String document) {
		int inserted = dsl.insertInto(PUBLISHED_EDITION)
			.set(PUBLISHED_EDITION.TENANT_ID, TenantContext.require().value())
			.set(PUBLISHED_EDITION.EDITION_ID, edition.id().value())
			.set(PUBLISHED_EDITION.TITLE, edition.title().german())
			.set(PUBLISHED_EDITION.PERIOD_FROM, edition.periodFrom())
			.set(PUBLISHED_EDITION.PERIOD_TO, edition.periodTo())
			.set(PUBLISHED_EDITION.DOCUMENT, JSONB.valueOf(document))
			.onConflictDoNothing()
			.execute();
		return inserted == 1;
	}

	// After commit, so that a reader cannot cache what the committing transaction replaced.
	@EventListener
	@Transactional(propagation = Propagation.SUPPORTS)
	void on(SiteContentChanged event) {
		AfterCommit.run(() -> byTenant.remove(event.tenantId()));
	}

	@EventListener
	@Transactional(propagation = Propagation.SUPPORTS)
	void on(SiteCachesReset event) {
		AfterCommit.run(byTenant::clear);
	}

	private List<PublishedEdition> load() {
		TenantId tenant = TenantContext.require();
		var rows = dsl.select(PUBLISHED_EDITION.EDITION_ID, PUBLISHED_EDITION.PUBLISHED_AT, PUBLISHED_EDITION.DOCUMENT)
			.from(PUBLISHED_EDITION)
			.orderBy(PUBLISHED_EDITION.PUBLISHED_AT.desc(), PUBLISHED_EDITION.EDITION_ID)
			.fetch();
		List<PublishedEdition> published = new ArrayList<>(rows.size());
		for (var row : rows) {
			Instant publishedAt = row.value2().toInstant();
			Edition edition = editions.readJson(row.value3().data());
			published.add(new PublishedEdition(tenant, new EditionId(row.value1()), publishedAt, published.isEmpty(), edition));
		}
		return List.copyOf(published);
	}
}
