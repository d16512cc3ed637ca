package de.integrationskonzept.publishing.internal.news;

import static de.integrationskonzept.publishing.internal.db.Tables.NEWS_ITEM;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import de.integrationskonzept.platform.tenancy.TenantContext;
import de.integrationskonzept.publishing.internal.db.tables.records.NewsItemRecord;

/** News of the bound tenant (row-level security). */
@Repository
class NewsRepository {

	private final DSLContext dsl;

	NewsRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** Published items, newest first. */
	List<NewsItem> published(int limit) {
		return dsl.selectFrom(NEWS_ITEM)
			.where(NEWS_ITEM.STATUS.eq(NewsItem.Status.PUBLISHED.name()))
			.orderBy(NEWS_ITEM.PUBLISHED_AT.desc(), NEWS_ITEM.ID)
			.limit(limit)
			.fetch(NewsRepository::toItem);
	}

	Optional<NewsItem> publishedItem(UUID id) {
		return dsl.selectFrom(NEWS_ITEM)
			.where(NEWS_ITEM.ID.eq(id), NEWS_ITEM.STATUS.eq(NewsItem.Status.PUBLISHED.name()))
			.fetchOptional(NewsRepository::toItem);
	}

	/** Every item for the staff list: drafts (newest change first) above published ones. */
	List<NewsItem> all() {
		return dsl.selectFrom(NEWS_ITEM)
			.orderBy(DSL.when(NEWS_ITEM.STATUS.eq(NewsItem.Status.DRAFT.name()), 0).otherwise(1), NEWS_ITEM.PUBLISHED_AT.desc().nullsFirst(),
					NEWS_ITEM.UPDATED_AT.desc())
			.fetch(NewsRepository::toItem);
	}

	Optional<NewsItem> find(UUID id) {
		return dsl.selectFrom(NEWS_ITEM).where(NEWS_ITEM.ID.eq(id)).fetchOptional(NewsRepository::toItem);
	}

	void insert(UUID id, NewsForm form, String actor) {
		dsl.insertInto(NEWS_ITEM)
			.set(NEWS_ITEM.TENANT_ID, TenantContext.require().value())
			.set(NEWS_ITEM.ID, id)
			.set(NEWS_ITEM.TITLE, form.normalisedTitle())
			.set(NEWS_ITEM.SUMMARY, form.normalisedSummary())
			.set(NEWS_ITEM.BODY, form.normalisedBody())
			.set(NEWS_ITEM.AUTHOR, form.normalisedAuthor())
			.set(NEWS_ITEM.UPDATED_BY, actor)
			.execute();
	}

	/** False when the item changed since {@code form.version} (or is gone). */
	boolean update(UUID id, NewsForm form, String actor) {
		return dsl.update(NEWS_ITEM)
			.set(NEWS_ITEM.TITLE, form.normalisedTitle())
			.set(NEWS_ITEM.SUMMARY, form.normalisedSummary())
			.set(NEWS_ITEM.BODY, form.normalisedBody())
			.set(NEWS_ITEM.AUTHOR, form.normalisedAuthor())
			.set(NEWS_ITEM.VERSION, NEWS_ITEM.VERSION.plus(1))
			.set(NEWS_ITEM.UPDATED_AT, OffsetDateTime.now())
			.set(NEWS_ITEM.UPDATED_BY, actor)
			.where(NEWS_ITEM.ID.eq(id), NEWS_ITEM.VERSION.eq(form.getVersion()))
			.execute() == 1;
	}

	/** Publishes or withdraws; the first publication fixes {@code published_at}. False on a version conflict. */
	boolean changeStatus(UUID id, NewsItem.Status status, int expectedVersion, String actor) {
		return dsl.update(NEWS_ITEM)
			.set(NEWS_ITEM.STATUS, status.name())
			.set(NEWS_ITEM.PUBLISHED_AT, status == NewsItem.Status.PUBLISHED
					? DSL.coalesce(NEWS_ITEM.PUBLISHED_AT, DSL.currentOffsetDateTime()) : NEWS_ITEM.PUBLISHED_AT)
			.set(NEWS_ITEM.VERSION, NEWS_ITEM.VERSION.plus(1))
			.set(NEWS_ITEM.UPDATED_AT, OffsetDateTime.now())
			.set(NEWS_ITEM.UPDATED_BY, actor)
			.where(NEWS_ITEM.ID.eq(id), NEWS_ITEM.VERSION.eq(expectedVersion))
			.execute() == 1;
	}

	boolean delete(UUID id, int expectedVersion) {
		return dsl.deleteFrom(NEWS_ITEM).where(NEWS_ITEM.ID.eq(id), NEWS_ITEM.VERSION.eq(expectedVersion)).execute() == 1;
	}

	private static NewsItem toItem(NewsItemRecord row) {
		return new NewsItem(row.getId(), row.getTitle(), row.getSummary(), row.getBody(), row.getAuthor(),
				NewsItem.Status.valueOf(row.getStatus()), row.getPublishedAt() == null ? null : row.getPublishedAt().toInstant(),
				row.getUpdatedAt().toInstant(), row.getVersion());
	}
}
