package de.integrationskonzept.concepts;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;

import de.integrationskonzept.platform.web.ProblemException;

/**
 * Why an operation on the shared templates, the indicator catalogue or an adoption was refused.
 * Each refusal changes nothing.
 */
public final class TemplateProblems {

	private TemplateProblems() {
	}

	public static class TemplateNotFound extends ProblemException {
		public TemplateNotFound(String code) {
			super(HttpStatus.NOT_FOUND, "Vorlage nicht gefunden", "Es gibt keine Handlungsfeld-Vorlage „" + code + "“.");
		}

		public TemplateNotFound(String code, int version) {
			super(HttpStatus.NOT_FOUND, "Vorlage nicht gefunden", "Die Vorlage „" + code + "“ hat keine Version " + version + ".");
		}
	}

	public static class IndicatorNotFound extends ProblemException {
		public IndicatorNotFound(String code) {
			super(HttpStatus.NOT_FOUND, "Indikator nicht gefunden", "Der Indikatorenkatalog enthält keinen Eintrag „" + code + "“.");
		}
	}

	public static class AlreadyExists extends ProblemException {
		public AlreadyExists(String what, String code) {
			super(HttpStatus.CONFLICT, "Existiert bereits", what + " „" + code + "“ gibt es bereits.");
		}
	}

	/** Someone else published or changed in between. */
	public static class VersionConflict extends ProblemException {
		public VersionConflict(String code, int expected, int actual) {
			super(HttpStatus.PRECONDITION_FAILED, "Zwischenzeitlich geändert", "„" + code + "“ liegt inzwischen in Version " + actual
					+ " vor, nicht in Version " + expected + ". Bitte laden Sie neu und übertragen Sie Ihre Änderungen.");
		}
	}

	public static class Invalid extends ProblemException {
		public Invalid(List<String> problems) {
			super(HttpStatus.UNPROCESSABLE_ENTITY, "Eingabe ungültig",
					problems.size() == 1 ? problems.get(0) : problems.size() + " Probleme gefunden; nichts wurde geändert.", problems);
		}
	}

	public static class AlreadyAdopted extends ProblemException {
		public AlreadyAdopted(String code) {
			super(HttpStatus.CONFLICT, "Vorlage bereits übernommen",
					"Diese Ausgabe hat schon ein Handlungsfeld aus der Vorlage „" + code + "“.");
		}
	}

	public static class FieldNotAdopted extends ProblemException {
		public FieldNotAdopted(UUID field) {
			super(HttpStatus.NOT_FOUND, "Handlungsfeld nicht gefunden",
					"Diese Ausgabe hat kein aus einer Vorlage übernommenes Handlungsfeld " + field + ".");
		}
	}

	public static class NoOpenChange extends ProblemException {
		public NoOpenChange(String key) {
			super(HttpStatus.CONFLICT, "Keine offene Änderung",
					"Zum vorgeschlagenen Ziel „" + key + "“ gibt es keine offene Änderung der Vorlage.");
		}
	}

	/** The tenant edited the goal since adoption; its wording stays unless the editor chooses to overwrite. */
	public static class EditedByTenant extends ProblemException {
		public EditedByTenant(String goal, String whatWouldHappen) {
			super(HttpStatus.CONFLICT, "Ziel wurde angepasst", "Das Ziel „" + goal + "“ wurde seit der Übernahme bearbeitet und bleibt "
					+ "unverändert. Wählen Sie „überschreiben“, wenn es trotzdem " + whatWouldHappen
					+ ", oder verwerfen Sie die übrigen Änderungen der Vorlage.");
		}
	}

	/** A goal the template no longer suggests is kept while the concept still builds on it. */
	public static class GoalInUse extends ProblemException {
		public GoalInUse(String goal) {
			super(HttpStatus.CONFLICT, "Ziel wird verwendet", "Das Ziel „" + goal + "“ bleibt erhalten, weil Maßnahmen, Indikatoren "
					+ "oder Handlungsziele daran hängen. Lösen Sie diese zuerst oder verwerfen Sie die übrigen Änderungen der Vorlage.");
		}
	}
}
