package de.integrationskonzept.concepts;

import java.util.List;

import org.springframework.http.HttpStatus;

import de.integrationskonzept.platform.web.ProblemException;

/**
 * Why an operation on an edition was refused. Each refusal changes nothing.
 */
public final class EditionProblems {

	private EditionProblems() {
	}

	public static class NotFound extends ProblemException {
		public NotFound(EditionId id) {
			super(HttpStatus.NOT_FOUND, "Ausgabe nicht gefunden", "Es gibt keine Ausgabe " + id + " in dieser Kommune.");
		}
	}

	/** The edition's content is frozen (submitted to or adopted by the council). */
	public static class Frozen extends ProblemException {
		public Frozen(EditionStatus status) {
			super(HttpStatus.CONFLICT, "Ausgabe ist festgeschrieben", "Eine Ausgabe im Status „" + status.label()
					+ "“ kann nicht mehr geändert werden. Für Änderungen an einer beschlossenen Ausgabe legen Sie eine Fortschreibung an.");
		}
	}

	/** Someone else saved the edition since the editor loaded it. */
	public static class VersionConflict extends ProblemException {
		public VersionConflict(int expected, int actual) {
			super(HttpStatus.PRECONDITION_FAILED, "Zwischenzeitlich geändert", "Die Ausgabe wurde inzwischen geändert (Version "
					+ actual + " statt " + expected + "). Bitte laden Sie sie neu und übertragen Sie Ihre Änderungen.");
		}
	}

	public static class InvalidTransition extends ProblemException {
		public InvalidTransition(EditionStatus from, EditionStatus to) {
			super(HttpStatus.CONFLICT, "Statuswechsel nicht möglich",
					"Von „" + from.label() + "“ geht es nicht zu „" + to.label() + "“.");
		}
	}

	/** The document breaks one or more rules; every problem is listed. */
	public static class Invalid extends ProblemException {
		public Invalid(List<String> problems) {
			super(HttpStatus.UNPROCESSABLE_ENTITY, "Ausgabe ungültig",
					problems.size() == 1 ? problems.get(0) : problems.size() + " Probleme gefunden; nichts wurde geändert.", problems);
		}
	}

	public static class AlreadyExists extends ProblemException {
		public AlreadyExists(EditionId id) {
			super(HttpStatus.CONFLICT, "Ausgabe existiert bereits", "Eine Ausgabe mit der ID " + id + " gibt es bereits.");
		}
	}
}
