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

	/** The consent text changed after the form was shown: the author has to read and agree to the new one. */
	public static class ConsentOutdated extends ProblemException {
		public ConsentOutdated(String current) {
			super(HttpStatus.CONFLICT, "Einwilligungstext geändert", "Der Text der Einwilligung wurde inzwischen geändert (Fassung " + current
					+ "). Bitte lesen Sie ihn und stimmen Sie erneut zu; Ihr Beitrag wurde noch nicht gespeichert.");
		}
	}

	/** The action is no longer possible in this state (e.g. changing the vote items after the first vote). */
	public static class Locked extends ProblemException {
		public Locked(String detail) {
			super(HttpStatus.CONFLICT, "Nicht mehr änderbar", detail);
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
}
