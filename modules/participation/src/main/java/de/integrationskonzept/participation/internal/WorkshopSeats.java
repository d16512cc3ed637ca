package de.integrationskonzept.participation.internal;

import static de.integrationskonzept.participation.internal.db.Tables.WORKSHOP_REGISTRATION;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Record2;
import org.springframework.stereotype.Component;

import de.integrationskonzept.participation.ParticipationProblems;
import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.participation.RegistrationStatus;
import de.integrationskonzept.participation.Workshop;
import de.integrationskonzept.participation.Workshops.Registration;
import de.integrationskonzept.platform.tenancy.TenantContext;

/**
 * Seats and the waiting list of a workshop. Callers run inside a transaction and lock the
 * workshop row first ({@link WorkshopRows#lock}); every method assumes that lock.
 */
@Component
class WorkshopSeats {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy 'um' HH:mm 'Uhr'").withZone(ParticipationProcess.ZONE);

	private final DSLContext dsl;
	private final WorkshopMails mails;

	WorkshopSeats(DSLContext dsl, WorkshopMails mails) {
		this.dsl = dsl;
		this.mails = mails;
	}

	Registration register(Workshop workshop, UUID account) {
		requireNotBegun(workshop, "Anmeldungen sind nicht mehr möglich.");
		Optional<Registration> existing = of(workshop.id(), account);
		if (existing.isPresent()) {
			throw new ParticipationProblems.AlreadyDone(existing.get().status() == RegistrationStatus.CONFIRMED
					? "Sie sind für diesen Workshop bereits angemeldet." : "Sie stehen für diesen Workshop bereits auf der Warteliste.");
		}
		RegistrationStatus status = workshop.confirmed() < workshop.capacity() ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING;
		dsl.insertInto(WORKSHOP_REGISTRATION)
			.set(WORKSHOP_REGISTRATION.TENANT_ID, TenantContext.require().value())
			.set(WORKSHOP_REGISTRATION.ID, UUID.randomUUID())
			.set(WORKSHOP_REGISTRATION.WORKSHOP_ID, workshop.id())
			.set(WORKSHOP_REGISTRATION.ACCOUNT_ID, account)
			.set(WORKSHOP_REGISTRATION.STATUS, status.name())
			.execute();
		Registration registration = of(workshop.id(), account).orElseThrow();
		mails.registered(account, workshop, status, registration.waitingPosition());
		return registration;
	}

	/** Removes the registration and gives freed seats to the waiting list. */
	void cancel(Workshop workshop, UUID account) {
		requireNotBegun(workshop, "Eine Abmeldung ist nicht mehr möglich.");
		int removed = dsl.deleteFrom(WORKSHOP_REGISTRATION)
			.where(WORKSHOP_REGISTRATION.WORKSHOP_ID.eq(workshop.id()), WORKSHOP_REGISTRATION.ACCOUNT_ID.eq(account)).execute();
		if (removed == 0) {
			throw new ParticipationProblems.NotRegistered();
		}
		fillFreeSeats(workshop);
	}

	/** Moves the first on the waiting list up while seats are free (after a cancellation or more capacity), mailing each. */
	void fillFreeSeats(Workshop workshop) {
		int confirmed = dsl.fetchCount(WORKSHOP_REGISTRATION, WORKSHOP_REGISTRATION.WORKSHOP_ID.eq(workshop.id()),
				WORKSHOP_REGISTRATION.STATUS.eq(RegistrationStatus.CONFIRMED.name()));
		List<Record2<UUID, UUID>> next = dsl.select(WORKSHOP_REGISTRATION.ID, WORKSHOP_REGISTRATION.ACCOUNT_ID)
			.from(WORKSHOP_REGISTRATION)
			.where(WORKSHOP_REGISTRATION.WORKSHOP_ID.eq(workshop.id()), WORKSHOP_REGISTRATION.STATUS.eq(RegistrationStatus.WAITING.name()))
			.orderBy(WORKSHOP_REGISTRATION.REGISTERED_AT, WORKSHOP_REGISTRATION.ID)
			.limit(Math.max(0, workshop.capacity() - confirmed))
			.fetch();
		for (Record2<UUID, UUID> promoted : next) {
			dsl.update(WORKSHOP_REGISTRATION).set(WORKSHOP_REGISTRATION.STATUS, RegistrationStatus.CONFIRMED.name())
				.where(WORKSHOP_REGISTRATION.ID.eq(promoted.value1())).execute();
			mails.promoted(promoted.value2(), workshop);
		}
	}

	/** The person's registration with their place on the waiting list (1 = next to move up). */
	Optional<Registration> of(UUID workshopId, UUID account) {
		var mine = dsl.selectFrom(WORKSHOP_REGISTRATION)
			.where(WORKSHOP_REGISTRATION.WORKSHOP_ID.eq(workshopId), WORKSHOP_REGISTRATION.ACCOUNT_ID.eq(account)).fetchOptional();
		return mine.map(row -> {
			RegistrationStatus status = RegistrationStatus.valueOf(row.getStatus());
			Integer position = status == RegistrationStatus.CONFIRMED ? null
					: dsl.fetchCount(WORKSHOP_REGISTRATION, WORKSHOP_REGISTRATION.WORKSHOP_ID.eq(workshopId),
							WORKSHOP_REGISTRATION.STATUS.eq(RegistrationStatus.WAITING.name()),
							org.jooq.impl.DSL.row(WORKSHOP_REGISTRATION.REGISTERED_AT, WORKSHOP_REGISTRATION.ID)
								.le(row.getRegisteredAt(), row.getId()));
			return new Registration(workshopId, status, position);
		});
	}

	private static void requireNotBegun(Workshop workshop, String consequence) {
		if (workshop.hasBegunAt(HistoricalRecords.now())) {
			throw new ParticipationProblems.PhaseClosed("Der Workshop hat am " + WHEN.format(workshop.startsAt()) + " begonnen. " + consequence);
		}
	}
}
