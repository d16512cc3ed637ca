package de.integrationskonzept.concepts.internal;

import static de.integrationskonzept.concepts.internal.db.Tables.CHANGE_LOG;

import java.time.OffsetDateTime;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;

import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.concepts.HistoryEntry;
import de.integrationskonzept.concepts.ItemChange;
import de.integrationskonzept.platform.tenancy.TenantContext;

/** The append-only history of an edition: who changed which item when, before and after. */
@Repository
public class ChangeLog {

	private final DSLContext dsl;

	ChangeLog(DSLContext dsl) {
		this.dsl = dsl;
	}

	public void record(EditionId edition, String actor, List<ItemChange> changes) {
		OffsetDateTime now = OffsetDateTime.now();
		for (ItemChange change : changes) {
			dsl.insertInto(CHANGE_LOG)
				.set(CHANGE_LOG.TENANT_ID, TenantContext.require().value())
				.set(CHANGE_LOG.EDITION_ID, edition.value())
				.set(CHANGE_LOG.OCCURRED_AT, now)
				.set(CHANGE_LOG.ACTOR, actor)
				.set(CHANGE_LOG.ACTION, change.action().name())
				.set(CHANGE_LOG.ITEM_TYPE, change.itemType())
				.set(CHANGE_LOG.ITEM_ID, change.itemId())
				.set(CHANGE_LOG.BEFORE, change.before() == null ? null : JSONB.valueOf(change.before()))
				.set(CHANGE_LOG.AFTER, change.after() == null ? null : JSONB.valueOf(change.after()))
				.execute();
		}
	}

	public List<HistoryEntry> of(EditionId edition) {
		return dsl.selectFrom(CHANGE_LOG).where(CHANGE_LOG.EDITION_ID.eq(edition.value()))
			.orderBy(CHANGE_LOG.OCCURRED_AT.desc(), CHANGE_LOG.ITEM_TYPE, CHANGE_LOG.ITEM_ID)
			.fetch(row -> new HistoryEntry(row.getOccurredAt().toInstant(), row.getActor(), ItemChange.Action.valueOf(row.getAction()),
					row.getItemType(), row.getItemId(), row.getBefore() == null ? null : row.getBefore().data(),
					row.getAfter() == null ? null : row.getAfter().data()));
	}
}
