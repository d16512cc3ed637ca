package de.integrationskonzept.monitoring;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;

import de.integrationskonzept.platform.web.InvalidFields;
import de.integrationskonzept.platform.web.ProblemException;

/** Why a monitoring operation was refused. Each refusal changes nothing. */
public final class MonitoringProblems {

	private MonitoringProblems() {
	}

	public static class IndicatorNotFound extends ProblemException {
		public IndicatorNotFound(UUID id) {
			super(HttpStatus.NOT_FOUND, "Indikator nicht gefunden", "Es gibt keinen Indikator " + id + " im Integrationskonzept dieser Kommune.");
		}
	}

	/** Input breaks one or more rules; {@link #fieldErrors()} maps each field to its German message. */
	public static class Invalid extends InvalidFields {
		public Invalid(Map<String, String> fieldErrors) {
			super(fieldErrors);
		}
	}

	/** An import with at least one rejected row: nothing was imported; every rejected row is listed. */
	public static class ImportRejected extends ProblemException {

		private final MeasurementImports.Preview preview;

		public ImportRejected(MeasurementImports.Preview preview) {
			super(HttpStatus.UNPROCESSABLE_ENTITY, "Import abgelehnt", preview.rejectedCount() + " von " + preview.rows().size()
					+ " Zeilen sind fehlerhaft; es wurde nichts importiert.", preview.rows().stream().filter(row -> row.outcome()
						== MeasurementImports.Outcome.ABGELEHNT).map(row -> "Zeile " + row.line() + ": " + row.reason()).toList());
			this.preview = preview;
		}

		public MeasurementImports.Preview preview() {
			return preview;
		}
	}

	/** Values of an edition the concepts module has not published cannot be released to the public. */
	public static class NotPublished extends ProblemException {
		public NotPublished(Object editionId) {
			super(HttpStatus.CONFLICT, "Konzept nicht veröffentlicht", "Die Fassung " + editionId
					+ " ist nicht veröffentlicht; ihre Werte können erst nach der Veröffentlichung des Konzepts freigegeben werden.");
		}
	}

	public static class MeasureNotFound extends ProblemException {
		public MeasureNotFound(UUID id) {
			super(HttpStatus.NOT_FOUND, "Maßnahme nicht gefunden", "Es gibt keine Maßnahme " + id + " im Integrationskonzept dieser Kommune.");
		}
	}

	/** A measure import with at least one rejected row: nothing was imported; every rejected row is listed. */
	public static class MeasureImportRejected extends ProblemException {

		private final MeasureImports.Preview preview;

		public MeasureImportRejected(MeasureImports.Preview preview) {
			super(HttpStatus.UNPROCESSABLE_ENTITY, "Import abgelehnt", preview.count(MeasureImports.Outcome.ABGELEHNT) + " von "
					+ preview.rows().size() + " Zeilen sind fehlerhaft; es wurde nichts importiert.", preview.rows().stream()
						.filter(row -> row.outcome() == MeasureImports.Outcome.ABGELEHNT).map(row -> "Zeile " + row.line() + ": " + row.reason())
						.toList());
			this.preview = preview;
		}

		public MeasureImports.Preview preview() {
			return preview;
		}
	}

	public static class MilestoneNotFound extends ProblemException {
		public MilestoneNotFound(UUID id) {
			super(HttpStatus.NOT_FOUND, "Meilenstein nicht gefunden", "Es gibt keinen Meilenstein " + id + " bei dieser Maßnahme.");
		}
	}

	public static class ProjectNotFound extends ProblemException {
		public ProjectNotFound(UUID id) {
			super(HttpStatus.NOT_FOUND, "Förderprojekt nicht gefunden", "Es gibt kein Förderprojekt " + id + " in diesem Integrationskonzept.");
		}
	}

	public static class ReportNotFound extends ProblemException {
		public ReportNotFound(int year) {
			super(HttpStatus.NOT_FOUND, "Bericht nicht gefunden", "Für " + year + " gibt es keinen Jahresbericht zu diesem Integrationskonzept.");
		}
	}

	/** The report's state does not allow the change (a report for the year exists, it is frozen, or not frozen yet). */
	public static class ReportConflict extends ProblemException {
		public ReportConflict(String detail) {
			super(HttpStatus.CONFLICT, "Bericht nicht änderbar", detail);
		}
	}
}
