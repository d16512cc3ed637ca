package de.integrationskonzept.participation;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;

import de.integrationskonzept.platform.web.InvalidFields;
import de.integrationskonzept.platform.web.ProblemException;

/**
 * Why a participation operation was refused. Each refusal changes nothing.
 */
public final class ParticipationProblems {

	private ParticipationProblems() {
	}

	public static class ProcessNotFound extends ProblemException {
		public ProcessNotFound(UUID id) {
			super(HttpStatus.NOT_FOUND, "Beteiligungsverfahren nicht gefunden", "Es gibt kein Beteiligungsverfahren " + id + " in dieser Kommune.");
		}
	}

	public static class WorkshopNotFound extends ProblemException {
		public WorkshopNotFound(UUID id) {
			super(HttpStatus.NOT_FOUND, "Workshop nicht gefunden", "Es gibt keinen Workshop " + id + " in diesem Beteiligungsverfahren.");
		}
	}

	/** The person already did this once (registered for the workshop, supported or reported, answered); nothing changed. */
	public static class AlreadyDone extends ProblemException {
		public AlreadyDone(String detail) {
			super(HttpStatus.CONFLICT, "Bereits erledigt", detail);
		}
	}

	/** The signed-in person has no registration to cancel. */
	public static class NotRegistered extends ProblemException {
		public NotRegistered() {
			super(HttpStatus.NOT_FOUND, "Keine Anmeldung", "Sie sind für diesen Workshop nicht angemeldet.");
		}
	}

	/** A file of a workshop's documentation (or another attachment) that does not exist here. */
	public static class FileNotFound extends ProblemException {
		public FileNotFound(UUID id) {
			super(HttpStatus.NOT_FOUND, "Datei nicht gefunden", "Es gibt keine Datei " + id + " an dieser Stelle.");
		}
	}

	/** The current phase does not allow the action (e.g. an idea outside the Ideensammlung). */
	public static class PhaseClosed extends ProblemException {
		public PhaseClosed(String detail) {
			super(HttpStatus.CONFLICT, "In dieser Phase nicht möglich", detail);
		}
	}

	/** The consent text changed after the form was shown: the author has to read and agree to the new one. */
	public static class ConsentOutdated extends ProblemException {
		public ConsentOutdated(String current) {
			super(HttpStatus.CONFLICT, "Einwilligungstext geändert", "Der Text der Einwilligung wurde inzwischen geändert (Fassung " + current
					+ "). Bitte lesen Sie ihn und stimmen Sie erneut zu; Ihr Beitrag wurde noch nicht gespeichert.");
		}
	}

	public static class QuestionnaireNotFound extends ProblemException {
		public QuestionnaireNotFound(UUID id) {
			super(HttpStatus.NOT_FOUND, "Fragebogen nicht gefunden", "Es gibt keinen Fragebogen " + id + " in dieser Kommune.");
		}
	}

	/** A client (address or person) used up an abuse limit (anonymous responses, ideas per day, comments per hour); nothing was stored. */
	public static class TooMany extends ProblemException {
		public TooMany(String detail) {
			super(HttpStatus.TOO_MANY_REQUESTS, "Zu viele Anfragen", detail);
		}
	}

	/** The action is no longer possible in this state (e.g. changing the vote items after the first vote). */
	public static class Locked extends ProblemException {
		public Locked(String detail) {
			super(HttpStatus.CONFLICT, "Nicht mehr änderbar", detail);
		}
	}

	/** Input breaks one or more rules; {@link #fieldErrors()} maps each field to its German message. */
	public static class Invalid extends InvalidFields {
		public Invalid(Map<String, String> fieldErrors) {
			super(fieldErrors);
		}
	}

	/** The action is not possible for this item (e.g. supporting one's own idea, commenting a hidden one). */
	public static class NotPossible extends ProblemException {
		public NotPossible(String detail) {
			super(HttpStatus.CONFLICT, "Nicht möglich", detail);
		}
	}

	public static class IdeaNotFound extends ProblemException {
		public IdeaNotFound(UUID id) {
			super(HttpStatus.NOT_FOUND, "Beitrag nicht gefunden", "Es gibt keine Idee und keinen Kommentar " + id + " in dieser Kommune.");
		}
	}

	// Working groups (Arbeitsgruppen)

	/** A working group, meeting or goal suggestion that does not exist in this tenant. */
	public static class NotFound extends ProblemException {
		public NotFound(String title, String detail) {
			super(HttpStatus.NOT_FOUND, title, detail);
		}
	}

	/** The process's edition can no longer take new goals (submitted to or adopted by the council). */
	public static class EditionNotDraft extends ProblemException {
		public EditionNotDraft(String detail) {
			super(HttpStatus.CONFLICT, "Ausgabe nicht mehr im Entwurf", detail);
		}
	}
}
