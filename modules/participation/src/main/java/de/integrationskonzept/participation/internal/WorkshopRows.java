package de.integrationskonzept.participation.internal;

import static de.integrationskonzept.participation.internal.db.Tables.WORKSHOP;
import static de.integrationskonzept.participation.internal.db.Tables.WORKSHOP_REGISTRATION;
import static de.integrationskonzept.platform.persistence.ValueLists.anyOf;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.selectCount;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.springframework.stereotype.Component;

import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.participation.RegistrationStatus;
import de.integrationskonzept.participation.Workshop;

/** Reads workshops with their seat counts (one query, counts as subqueries). */
@Component
class WorkshopRows {

	private static final Field<Integer> CONFIRMED = count(RegistrationStatus.CONFIRMED).as("confirmed");
	private static final Field<Integer> WAITING = count(RegistrationStatus.WAITING).as("waiting");

	private final DSLContext dsl;

	WorkshopRows(DSLContext dsl) {
		this.dsl = dsl;
	}

	List<Workshop> of(UUID processId) {
		return dsl.select(WORKSHOP.fields()).select(CONFIRMED, WAITING).from(WORKSHOP).where(WORKSHOP.PROCESS_ID.eq(processId))
			.orderBy(WORKSHOP.STARTS_AT, WORKSHOP.ID).fetch(WorkshopRows::toWorkshop);
	}

	List<Workshop> upcoming(java.util.Collection<UUID> processIds, int limit) {
		return dsl.select(WORKSHOP.fields()).select(CONFIRMED, WAITING).from(WORKSHOP)
			.where(anyOf(WORKSHOP.PROCESS_ID, processIds), WORKSHOP.STARTS_AT.gt(org.jooq.impl.DSL.currentOffsetDateTime()))
			.orderBy(WORKSHOP.STARTS_AT, WORKSHOP.ID).limit(limit).fetch(WorkshopRows::toWorkshop);
	}

	Optional<Workshop> find(UUID processId, UUID workshopId) {
		return dsl.select(WORKSHOP.fields()).select(CONFIRMED, WAITING).from(WORKSHOP).where(matches(processId, workshopId))
			.fetchOptional(WorkshopRows::toWorkshop);
	}

	/**
	 * Locks the workshop row until the transaction ends: every change of its seats goes through
	 * here first, so two registrations for the last seat are decided one after the other.
	 */
	boolean lock(UUID processId, UUID workshopId) {
		return dsl.select(WORKSHOP.ID).from(WORKSHOP).where(matches(processId, workshopId)).forUpdate().fetchOptional().isPresent();
	}

	static Condition matches(UUID processId, UUID workshopId) {
		return WORKSHOP.ID.eq(workshopId).and(WORKSHOP.PROCESS_ID.eq(processId));
	}

	private static Field<Integer> count(RegistrationStatus status) {
		return field(selectCount().from(WORKSHOP_REGISTRATION).where(WORKSHOP_REGISTRATION.WORKSHOP_ID.eq(WORKSHOP.ID),
				WORKSHOP_REGISTRATION.STATUS.eq(status.name())));
	}

	private static Workshop toWorkshop(Record row) {
		ZonedDateTime start = row.get(WORKSHOP.STARTS_AT).atZoneSameInstant(ParticipationProcess.ZONE);
		ZonedDateTime end = row.get(WORKSHOP.ENDS_AT).atZoneSameInstant(ParticipationProcess.ZONE);
		var documentedAt = row.get(WORKSHOP.DOCUMENTED_AT);
		return new Workshop(row.get(WORKSHOP.ID), row.get(WORKSHOP.PROCESS_ID), row.get(WORKSHOP.TITLE), row.get(WORKSHOP.FIELD),
				row.get(WORKSHOP.DESCRIPTION), start.toLocalDate(), start.toLocalTime(), end.toLocalTime(), row.get(WORKSHOP.PLACE),
				row.get(WORKSHOP.ONLINE_LINK), row.get(WORKSHOP.CAPACITY), row.get(CONFIRMED), row.get(WAITING), row.get(WORKSHOP.DOCUMENTATION),
				documentedAt == null ? null : documentedAt.toInstant());
	}
}
