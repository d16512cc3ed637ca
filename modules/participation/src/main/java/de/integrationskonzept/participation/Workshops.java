package de.integrationskonzept.participation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * Workshops of a Beteiligungsverfahren (as Frankenthal's 2023 series) with registration, waiting
 * list and, afterwards, a documentation with photos and files. Reading is public; registering
 * needs a signed-in member ({@code CITIZEN} and up); planning, the list of names and the
 * documentation need {@code EDITOR}.
 * <p>
 * Registration is possible until the workshop begins, independent of the process's phases (a
 * series of workshops may run beside other phases); afterwards {@link ParticipationProblems.PhaseClosed}.
 * Changes to seats happen with the workshop row locked, so concurrent registrations never overbook.
 */
public interface Workshops {

	/** The process's workshops in the order they take place. */
	List<Workshop> of(UUID processId);

	/** The next {@code limit} workshops still to begin in any of the given processes, soonest first (one query, for the start page). */
	List<Workshop> upcoming(java.util.Collection<UUID> processIds, int limit);

	Workshop get(UUID processId, UUID workshopId);

	Workshop create(UUID processId, Details details);

	/** Changes the plan; more seats move people up from the waiting list, fewer than are taken are refused. */
	Workshop update(UUID processId, UUID workshopId, Details details);

	/**
	 * Registers the signed-in person: a seat while one is free, otherwise the end of the waiting
	 * list. A confirmation mail follows the commit. Twice: {@link ParticipationProblems.AlreadyDone}.
	 */
	Registration register(UUID processId, UUID workshopId);

	/**
	 * Cancels the signed-in person's registration; a freed seat goes to the first person on the
	 * waiting list, who is told by mail. {@link ParticipationProblems.NotRegistered} without one.
	 */
	void cancelMine(UUID processId, UUID workshopId);

	/** The signed-in person's registration, if any (anonymous callers have none). */
	java.util.Optional<Registration> mine(UUID processId, UUID workshopId);

	/** Who registered, in order (editors only; a deleted account appears as "gelöschter Nutzer"). */
	List<Participant> participants(UUID processId, UUID workshopId);

	/** Writes or replaces the documentation (results text) shown on the public documentation page. */
	Workshop document(UUID processId, UUID workshopId, String documentation);

	/** Adds a photo or file to the documentation; {@code caption} is the alt text of a photo (required for images). */
	DocumentationFile addFile(UUID processId, UUID workshopId, Upload upload, String caption);

	void removeFile(UUID processId, UUID workshopId, UUID fileId);

	/** Photos and files of the documentation (public). */
	List<DocumentationFile> files(UUID processId, UUID workshopId);

	/**
	 * What editors plan. Exactly as entered; the service reports every problem at once.
	 *
	 * @param place      address or room (this or {@code onlineLink} is required)
	 * @param onlineLink https link of an online workshop
	 */
	record Details(String title, String field, String description, LocalDate date, LocalTime startTime, LocalTime endTime, String place,
			String onlineLink, Integer capacity) {
	}

	/** @param waitingPosition 1 for the first on the waiting list; {@code null} with a seat */
	record Registration(UUID workshopId, RegistrationStatus status, Integer waitingPosition) {
	}

	/** @param name display name of the account, {@code null} once the account was deleted or holds no role in the municipality any more */
	record Participant(String name, RegistrationStatus status, Instant registeredAt) {
	}

	/** A file as uploaded: its name and type as the browser sent them. */
	record Upload(String fileName, String contentType, byte[] content) {
	}

	record DocumentationFile(UUID id, String fileName, String contentType, long size, String caption) {

		public boolean isImage() {
			return contentType.startsWith("image/");
		}
	}
}
