package de.integrationskonzept.participation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * A workshop of a Beteiligungsverfahren as the public sees it: when, where (a place or an online
 * link), how many seats and how many are taken — counts only, never who registered.
 *
 * @param field         name of the Handlungsfeld the workshop works on (optional)
 * @param date          day of the workshop (Europe/Berlin), with its start and end time
 * @param confirmed     registrations holding a seat
 * @param waiting       registrations on the waiting list
 * @param documentation the editors' results text, written afterwards ({@code null} until then)
 */
public record Workshop(UUID id, UUID processId, String title, String field, String description, LocalDate date, LocalTime startTime,
		LocalTime endTime, String place, String onlineLink, int capacity, int confirmed, int waiting, String documentation,
		Instant documentedAt) {

	public Instant startsAt() {
		return ZonedDateTime.of(date, startTime, ParticipationProcess.ZONE).toInstant();
	}

	public int freeSeats() {
		return Math.max(0, capacity - confirmed);
	}

	/** Registration and cancellation close when the workshop begins. */
	public boolean hasBegunAt(Instant now) {
		return !now.isBefore(startsAt());
	}

	public boolean isDocumented() {
		return documentation != null;
	}
}
