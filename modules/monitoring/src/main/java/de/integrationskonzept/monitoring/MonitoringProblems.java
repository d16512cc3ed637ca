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
}
