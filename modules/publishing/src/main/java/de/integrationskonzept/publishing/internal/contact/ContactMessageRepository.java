package de.integrationskonzept.publishing.internal.contact;

import static de.integrationskonzept.publishing.internal.db.Tables.CONTACT_MESSAGE;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import de.integrationskonzept.platform.tenancy.TenantContext;
import de.integrationskonzept.publishing.internal.db.tables.records.ContactMessageRecord;

/** Contact messages of the bound tenant (row-level security). */
@Repository
class ContactMessageRepository {

	private final DSLContext dsl;

	ContactMessageRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	void insert(UUID id, ContactForm form) {
		dsl.insertInto(CONTACT_MESSAGE)
			.set(CONTACT_MESSAGE.TENANT_ID, TenantContext.require().value())
			.set(CONTACT_MESSAGE.ID, id)
			.set(CONTACT_MESSAGE.SENDER_NAME, form.senderName())
			.set(CONTACT_MESSAGE.EMAIL, form.address())
			.set(CONTACT_MESSAGE.SUBJECT, form.cleanSubject())
			.set(CONTACT_MESSAGE.MESSAGE, form.cleanMessage())
			.set(CONTACT_MESSAGE.CONSENT_AT, OffsetDateTime.now())
			.execute();
	}

	/** Open messages first, each group newest first. */
	List<ContactMessage> all() {
		return dsl.selectFrom(CONTACT_MESSAGE)
			.orderBy(CONTACT_MESSAGE.HANDLED_AT.isNull().desc(), CONTACT_MESSAGE.RECEIVED_AT.desc())
			.fetch(ContactMessageRepository::toMessage);
	}

	boolean markHandled(UUID id, String actor) {
		return dsl.update(CONTACT_MESSAGE)
			.set(CONTACT_MESSAGE.HANDLED_AT, OffsetDateTime.now())
			.set(CONTACT_MESSAGE.HANDLED_BY, actor)
			.where(CONTACT_MESSAGE.ID.eq(id), CONTACT_MESSAGE.HANDLED_AT.isNull())
			.execute() == 1;
	}

	int deleteHandledBefore(Instant cutoff) {
		return dsl.deleteFrom(CONTACT_MESSAGE)
			.where(CONTACT_MESSAGE.HANDLED_AT.lt(OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC)))
			.execute();
	}

	private static ContactMessage toMessage(ContactMessageRecord row) {
		return new ContactMessage(row.getId(), row.getSenderName(), row.getEmail(), row.getSubject(), row.getMessage(),
				row.getReceivedAt().toInstant(), row.getHandledAt() == null ? null : row.getHandledAt().toInstant(), row.getHandledBy());
	}
}
