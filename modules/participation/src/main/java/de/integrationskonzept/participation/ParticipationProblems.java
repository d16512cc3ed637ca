package de.integrationskonzept.participation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;

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

	/** The current phase does not allow the action (e.g. an idea outside the Ideensammlung). */
	public static class PhaseClosed extends ProblemException {
		public PhaseClosed(String detail) {
			super(HttpStatus.CONFLICT, "In dieser Phase nicht möglich", detail);
		}
	}

	/** Input breaks one or more rules; {@link #fieldErrors()} maps each field to its message (key {@code ""}: the whole form). */
	public static class Invalid extends ProblemException {

		private final Map<String, String> fieldErrors;

		public Invalid(Map<String, String> fieldErrors) {
			super(HttpStatus.UNPROCESSABLE_ENTITY, "Eingabe ungültig", fieldErrors.size() == 1 ? fieldErrors.values().iterator().next()
					: fieldErrors.size() + " Probleme gefunden; nichts wurde gespeichert.", List.copyOf(fieldErrors.values()));
			this.fieldErrors = new LinkedHashMap<>(fieldErrors);
		}

		public Map<String, String> fieldErrors() {
			return java.util.Collections.unmodifiableMap(fieldErrors);
		}
	}

	/** The action is done already (a second support or report by the same person). */
	public static class AlreadyDone extends ProblemException {
		public AlreadyDone(String detail) {
			super(HttpStatus.CONFLICT, "Bereits geschehen", detail);
		}
	}

	/** The action is not possible for this item (e.g. supporting one's own idea, commenting a hidden one). */
	public static class NotPossible extends ProblemException {
		public NotPossible(String detail) {
			super(HttpStatus.CONFLICT, "Nicht möglich", detail);
		}
	}

	/** The person has used up an abuse limit (ideas per day, comments per hour). */
	public static class TooMany extends ProblemException {
		public TooMany(String detail) {
			super(HttpStatus.TOO_MANY_REQUESTS, "Zu viele Beiträge", detail);
		}
	}

	public static class IdeaNotFound extends ProblemException {
		public IdeaNotFound(UUID id) {
			super(HttpStatus.NOT_FOUND, "Beitrag nicht gefunden", "Es gibt keine Idee und keinen Kommentar " + id + " in dieser Kommune.");
		}
	}
}
